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
        => VerifyAsync(source, [("Shared.cs", shared)], expected);

    /// <summary>Like the other overload, with named files beside the test code (a generator's output, say).</summary>
    public static Task VerifyAsync(string source, IEnumerable<(string Name, string Text)> files, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.AddRange(files.Select(file => (file.Name, Microsoft.CodeAnalysis.Text.SourceText.From(file.Text))));
        TestReferences.AddTelemetryTo(test.TestState);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
