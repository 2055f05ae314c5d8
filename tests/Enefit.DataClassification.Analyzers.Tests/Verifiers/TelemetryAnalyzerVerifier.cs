using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Enefit.DataClassification.Analyzers.Tests.Verifiers;

/// <summary>
/// <see cref="AnalyzerVerifier{TAnalyzer}"/> for code that logs, redacts and traces: the test code, a second file with
/// shared declarations (a model, fake libraries), and the <see cref="TestReferences.Telemetry"/> assemblies.
/// </summary>
internal static class TelemetryAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<TAnalyzer>.Diagnostic(id);

    public static Task VerifyAsync(string source, string shared, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.Add(("Shared.cs", shared));
        TestReferences.AddTelemetryTo(test.TestState);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
