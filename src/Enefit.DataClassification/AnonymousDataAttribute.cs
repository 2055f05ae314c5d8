using System;

namespace Enefit.DataClassification;

/// <summary>
/// Marks a type as anonymous data (§2.3): it holds nothing that identifies a client, neither a classified member,
/// nor a member whose type holds one, nor a <see cref="SubjectIdAttribute"/> member (EDC0009).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class AnonymousDataAttribute : Attribute
{
}
