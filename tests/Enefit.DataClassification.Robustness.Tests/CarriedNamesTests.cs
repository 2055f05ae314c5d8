using System.Reflection;
using Enefit.DataClassification.Robustness.Tests.Fuzzing;
using Enefit.DataClassification.Robustness.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Enefit.DataClassification.Robustness.Tests;

/// <summary>
/// The names a compilation carries over from its project's earlier compilation (Bodies/EarlierNames.cs in the
/// analyzers) give exactly the diagnostics that names built afresh give, on valid code and on the broken code of every
/// keystroke: a program typed into a file a few characters at a time, and the corpus taken as one file's successive
/// versions. Each version is analysed twice: in the compilation made from the one before by changing the file's text,
/// as the IDE makes it, and in a compilation of its own under an assembly name no other compilation has.
/// </summary>
public sealed class CarriedNamesTests
{
    // At most this many corpus sources, evenly spread: the time stays flat as the corpus grows.
    private const int CorpusSample = 60;

    // How many versions each typed region is split into.
    private const int Keystrokes = 12;

    /// <summary>The analyzers alone: the generator's output would add files that change from version to version.</summary>
    private static readonly ComponentHarness Analyzers = new(ProductComponents.CreateAnalyzers(), []);

    // The third file of the fixture declares a delegate: no edit to it is taken in, the names are built every time.
    [Theory]
    [InlineData("Customer+Checks+OddShapes", 0, Keystrokes / 2)]
    [InlineData("Customer+Checks+OddShapes", 1, Keystrokes / 2)]
    [InlineData("Customer+Checks+OddShapes", 2, 0)]
    [InlineData("Impostor", 0, Keystrokes / 2)]
    public async Task Typing_a_region_of_a_fixture_gives_at_each_keystroke_the_diagnostics_of_a_fresh_compilation(string fixture, int file, int leastCarriedOver)
    {
        var sources = FuzzFixtures.All.Single(f => f.Name == fixture).Sources;
        var text = sources[file];
        var (start, end) = (text.Length * 2 / 5, text.Length * 4 / 5);
        var versions = Enumerable.Range(0, Keystrokes + 1)
            .Select(k => text[..(start + ((end - start) * k / Keystrokes))] + text[end..])
            .ToList();

        var carriedOver = await CompareVersionsAsync($"Typing-{fixture}-{file}", sources, file, versions);

        // The first version is built; of the others, as many as the edit allows carry the names over.
        Assert.True(carriedOver >= leastCarriedOver, $"{carriedOver} of {Keystrokes} versions carried the names over");
    }

    [Fact]
    public async Task The_corpus_as_one_file_s_successive_versions_gives_each_version_the_diagnostics_of_a_fresh_compilation()
    {
        var step = Math.Max(1, SourceCorpus.All.Length / CorpusSample);
        var versions = SourceCorpus.All.Where((_, i) => i % step == 0).Select(s => s.Text).ToList();

        var carriedOver = await CompareVersionsAsync("Corpus", [versions[0]], 0, versions);

        Assert.True(carriedOver > 0, "no version carried the names over: the comparison would test nothing");
    }

    /// <summary>
    /// Analyses each of <paramref name="versions"/> of file <paramref name="file"/> of <paramref name="sources"/> both
    /// ways, asserts the same diagnostics and no failure, and counts the versions whose names were carried over.
    /// </summary>
    private static async Task<int> CompareVersionsAsync(string project, string[] sources, int file, IReadOnlyList<string> versions)
    {
        var carriedOver = 0;
        CSharpCompilation? previous = null;
        for (var v = 0; v < versions.Count; v++)
        {
            var files = sources.ToArray();
            files[file] = versions[v];
            var current = previous is null
                ? CompilationFactory.Create(files, withRuntime: true).WithAssemblyName(project)
                : WithFileText(previous, file, versions[v]);
            carriedOver += NamesCarriedOver(current) ? 1 : 0;
            var fresh = CompilationFactory.Create(files, withRuntime: true).WithAssemblyName($"{project}-fresh-{v}");

            var incremental = await Analyzers.RunAsync(current, HarnessOptions.Default);
            var alone = await Analyzers.RunAsync(fresh, HarnessOptions.Default);

            incremental.AssertClean($"{project}, version {v}, carried on");
            alone.AssertClean($"{project}, version {v}, alone");
            Assert.True(
                alone.DiagnosticFingerprints.SequenceEqual(incremental.DiagnosticFingerprints),
                $"{project}, version {v}: alone {string.Join(" | ", alone.DiagnosticFingerprints)}; carried on {string.Join(" | ", incremental.DiagnosticFingerprints)}");
            previous = current;
        }

        return carriedOver;
    }

    private static CSharpCompilation WithFileText(CSharpCompilation compilation, int file, string text)
    {
        var tree = compilation.SyntaxTrees[file];
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text)));
    }

    /// <summary>
    /// Whether the names of <paramref name="compilation"/> were carried over rather than built: the product's internal
    /// <c>ClientDataNames.For(compilation).CarriedOver</c>, read by reflection as the harness finds the product's types.
    /// </summary>
    private static bool NamesCarriedOver(Compilation compilation)
    {
        var names = ProductComponents.Assembly.GetType("Enefit.DataClassification.Analyzers.Bodies.ClientDataNames", throwOnError: true)!;
        var of = names.GetMethod("For", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [compilation]);
        return of is not null && (bool)names.GetProperty("CarriedOver")!.GetValue(of)!;
    }
}
