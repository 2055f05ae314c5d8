using System;

namespace Enefit.DataClassification;

/// <summary>
/// Marks a member whose <see langword="true"/> means "an electronic offer may be sent to this subject" (§8.1, §8.2):
/// the client consented or is a contact person, and did not opt out of the channel. Same shapes as
/// <see cref="ConsentCheckAttribute"/>, with an <c>out</c> <see cref="ElectronicMarketingPermit"/> for the Try-pattern.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class ElectronicMarketingCheckAttribute : Attribute
{
}
