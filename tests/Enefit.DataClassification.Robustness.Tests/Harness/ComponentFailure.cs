using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>
/// An exception an analyzer or generator threw, with the component that threw it and, for an analyzer, the AD0001
/// diagnostic the compiler would have shown the user instead.
/// </summary>
internal sealed record ComponentFailure(string Component, Exception Exception, Diagnostic? ShownAs = null)
{
    public override string ToString() => $"{Component} threw {Exception}";
}
