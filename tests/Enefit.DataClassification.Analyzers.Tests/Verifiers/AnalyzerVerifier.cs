using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Enefit.DataClassification.Analyzers.Tests.Verifiers;

/// <summary>Runs one analyzer over test code with <c>{|EDC0001:…|}</c> markup, against .NET 8 and the runtime library.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.WithoutPackage;
            TestReferences.AddTo(TestState);
        }

        /// <summary>Leave the runtime library out, as in a project that does not use the package.</summary>
        public bool WithoutRuntime
        {
            set
            {
                if (value)
                {
                    TestState.AdditionalReferences.Remove(TestReferences.Runtime);
                    TestState.AdditionalReferences.Remove(TestReferences.ComplianceAbstractions);
                }
            }
        }
    }
}
