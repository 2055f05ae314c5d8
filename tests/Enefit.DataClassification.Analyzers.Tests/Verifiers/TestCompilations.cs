using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Enefit.DataClassification.Analyzers.Tests.Verifiers;

/// <summary>A compilation of test sources against .NET 10, the runtime library and the compliance abstractions, checked to have no errors.</summary>
internal static class TestCompilations
{
    public static CSharpCompilation WithRuntime(string assemblyName, IEnumerable<MetadataReference> extraReferences, params string[] sources)
        => WithRuntime(assemblyName, extraReferences, sources.Select(source => CSharpSyntaxTree.ParseText(source)).ToArray());

    /// <summary>The same, of trees parsed by the caller (with a file path, for a test that finds a file by it).</summary>
    public static CSharpCompilation WithRuntime(string assemblyName, IEnumerable<MetadataReference> extraReferences, params SyntaxTree[] trees)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            TestReferences.Framework.Append(TestReferences.Runtime).Append(TestReferences.ComplianceAbstractions).Concat(extraReferences),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }

    public static CSharpCompilation WithRuntime(string assemblyName, params string[] sources) => WithRuntime(assemblyName, [], sources);
}
