using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Enefit.DataClassification.CodeFixes.Tests.Verifiers;

/// <summary>
/// Runs one analyzer and one code fix over test code with <c>{|EDC0012:…|}</c> markup, against .NET 10 and the runtime
/// library (the references of the analyzer tests), and compares the fixed code, one fix at a time and fixed all at once.
/// </summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    /// <summary>Expects the diagnostics of the markup in <paramref name="source"/> and, after every fix, <paramref name="fixedSource"/>.</summary>
    public static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// The full test, for what <see cref="VerifyAsync"/> does not set: <c>CodeActionEquivalenceKey</c> or
    /// <c>CodeActionIndex</c> to pick one of several actions, <c>NumberOfFixAllIterations</c>, several documents
    /// in <c>TestState.Sources</c> and <c>FixedState.Sources</c>, or <see cref="WithoutRuntime"/>.
    /// </summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
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
