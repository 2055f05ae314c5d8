using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.Generator;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Enefit.DataClassification.Analyzers.Tests.Generator;

/// <summary>
/// Runs <see cref="DataClassificationGenerator"/> over test sources in a compilation set up as a strict user project:
/// nullable on, every warning wave, warnings as errors, documentation comments checked.
/// </summary>
internal static class GeneratorHarness
{
    public static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compile(params string[] sources)
        => CSharpCompilation.Create(
            "GeneratorTests" + Guid.NewGuid().ToString("N"),
            sources.Select((source, index) => Parse(source, $"Source{index}.cs")),
            TestReferences.Framework.Append(TestReferences.Runtime).Append(TestReferences.ComplianceAbstractions),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                generalDiagnosticOption: ReportDiagnostic.Error));

    public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    public static GeneratorDriver CreateDriver(CSharpParseOptions? parseOptions = null)
        => CSharpGeneratorDriver.Create(
            new[] { new DataClassificationGenerator().AsSourceGenerator() },
            parseOptions: parseOptions ?? ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; the output compilation holds the sources and the generated files.</summary>
    public static GeneratorRun Run(CSharpCompilation compilation, CSharpParseOptions? parseOptions = null)
    {
        var driver = CreateDriver(parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics, driver.GetRunResult().Results.Single());
    }

    public static GeneratorRun Run(params string[] sources) => Run(Compile(sources));

    /// <summary>
    /// Every warning or error of the compilation after generation, except missing documentation on the test's own
    /// public types (the generated members must document themselves, so CS1591 in a generated file still counts).
    /// </summary>
    public static ImmutableArray<Diagnostic> Problems(Compilation output)
        => output.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .Where(diagnostic => !(diagnostic.Id == "CS1591" && IsUserSource(diagnostic.Location.SourceTree)))
            .ToImmutableArray();

    private static bool IsUserSource(SyntaxTree? tree) => tree is not null && tree.FilePath.StartsWith("Source", StringComparison.Ordinal);
}

/// <summary>One run of the generator: the driver (for a second, incremental run), the compilation after it and its results.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    GeneratorRunResult Result)
{
    /// <summary>The generated files by hint name, in hint-name order.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources
        => Result.GeneratedSources
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .ToList();

    /// <summary>The text of the one generated file named <paramref name="hintName"/>.</summary>
    public string Text(string hintName) => Assert.Single(Sources, source => source.HintName == hintName).Text;
}
