using System;

namespace Enefit.DataClassification;

/// <summary>
/// Marks a method that sends offers by e-mail, SMS or MMS. Whatever the consent, a client may forbid such offers
/// (§8.1), so every call must follow an electronic-marketing check for its subject (EDC0005).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ElectronicMarketingSendAttribute : Attribute
{
}
