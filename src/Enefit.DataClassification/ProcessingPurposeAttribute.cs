using System;

namespace Enefit.DataClassification;

/// <summary>
/// Declares the purpose the code runs under (§3.1: data is used only for the purpose it was collected for).
/// The innermost declaration counts: lambda or local function, accessor, member, containing types, then assembly or module.
/// </summary>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property
    | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface
    | AttributeTargets.Assembly | AttributeTargets.Module,
    AllowMultiple = false,
    Inherited = true)]
public sealed class ProcessingPurposeAttribute : Attribute
{
    /// <summary>Declares <paramref name="purpose"/> as the purpose in force.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/> is not a defined <see cref="Enefit.DataClassification.Purpose"/>.</exception>
    public ProcessingPurposeAttribute(Purpose purpose)
    {
        Guard.Defined(purpose, nameof(purpose));
        Purpose = purpose;
    }

    /// <summary>The purpose in force.</summary>
    public Purpose Purpose { get; }
}
