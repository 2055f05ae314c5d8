namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>How the harness builds and analyzes one case.</summary>
internal sealed record HarnessOptions
{
    public static HarnessOptions Default { get; } = new();

    /// <summary>Reference the runtime library (and Microsoft's compliance abstractions); false for a project without the package.</summary>
    public bool WithRuntime { get; init; } = true;

    /// <summary>Let the analyzer driver run analyzers that enable concurrent execution on several threads.</summary>
    public bool ConcurrentAnalysis { get; init; }
}
