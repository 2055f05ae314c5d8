using Enefit.DataClassification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Compliance.Classification;

namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>
/// Builds the compilations the harness runs on: .NET 10 (Basic.Reference.Assemblies, nothing downloaded), the runtime
/// library and Microsoft.Extensions.Compliance.Abstractions, or the framework alone as in a project without the package.
/// </summary>
internal static class CompilationFactory
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(MarketingConsent).Assembly.Location);

    public static MetadataReference ComplianceAbstractions { get; } =
        MetadataReference.CreateFromFile(typeof(DataClassificationAttribute).Assembly.Location);

    // One empty compilation per reference set: compilations made from it share its reference symbols, which keeps
    // thousands of fuzz cases fast.
    private static readonly Lazy<CSharpCompilation> WithRuntimeBase = new(() => Empty(withRuntime: true));
    private static readonly Lazy<CSharpCompilation> WithoutRuntimeBase = new(() => Empty(withRuntime: false));

    public static CSharpCompilation Create(IEnumerable<string> sources, bool withRuntime)
        => Create(sources.Select((text, i) => Parse(text, $"Source{i}.cs")), withRuntime);

    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees, bool withRuntime)
        => (withRuntime ? WithRuntimeBase : WithoutRuntimeBase).Value.AddSyntaxTrees(trees);

    public static SyntaxTree Parse(string text, string path = "Source0.cs")
        => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    private static CSharpCompilation Empty(bool withRuntime)
    {
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToList();
        if (withRuntime)
        {
            references.Add(Runtime);
            references.Add(ComplianceAbstractions);
        }

        return CSharpCompilation.Create(
            "RobustnessCase",
            syntaxTrees: [],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}
