using System;

namespace Enefit.DataClassification;

/// <summary>
/// Marks the member that identifies the data subject (the client) of a type. Consent proofs name the subject they
/// were checked for (§7.1.2); the generated accessors compare the two. A subject id is an identifier, not classified data.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class SubjectIdAttribute : Attribute
{
}
