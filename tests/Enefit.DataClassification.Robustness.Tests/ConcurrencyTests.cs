using System.Collections.Concurrent;
using Enefit.DataClassification.Robustness.Tests.Fuzzing;
using Enefit.DataClassification.Robustness.Tests.Harness;
using Enefit.DataClassification.Robustness.Tests.SelfTest;

namespace Enefit.DataClassification.Robustness.Tests;

/// <summary>
/// The analyzers give the same diagnostics whether the driver runs them on one thread or many, and whether one
/// compilation or many are analyzed at once by the same instances, because no analyzer keeps state in its fields.
/// </summary>
public sealed class ConcurrencyTests
{
    // At most this many corpus sources, evenly spread, beside every fixture: the time stays flat as the corpus grows.
    private const int CorpusSample = 150;

    /// <summary>Every fixture and a spread of corpus sources, whole.</summary>
    private static IReadOnlyList<(string Name, string[] Sources)> Programs { get; } =
    [
        .. FuzzFixtures.All,
        .. SourceCorpus.All
            .Where((_, i) => i % Math.Max(1, (int)Math.Ceiling(SourceCorpus.All.Length / (double)CorpusSample)) == 0)
            .Select(s => (s.Origin, new[] { s.Text })),
    ];

    /// <summary>Each program's diagnostics analyzed alone, one thread: the baseline both tests compare with.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Sequential = new(() => Programs.ToDictionary(
        p => p.Name,
        p =>
        {
            var run = ComponentHarness.Product.Run(p.Sources, HarnessOptions.Default);
            run.AssertClean(p.Name);
            return run.DiagnosticFingerprints;
        }));

    [Fact]
    public void The_corpus_gives_the_same_diagnostics_with_concurrent_execution_on_and_off()
    {
        foreach (var (name, sources) in Programs)
        {
            var concurrent = ComponentHarness.Product.Run(sources, HarnessOptions.Default with { ConcurrentAnalysis = true });

            concurrent.AssertClean(name + ", concurrent execution");
            Assert.Equal(Sequential.Value[name], concurrent.DiagnosticFingerprints);
        }
    }

    [Fact]
    public void The_same_instances_analyzing_many_compilations_at_once_give_each_the_diagnostics_it_gets_alone()
    {
        var together = new ConcurrentDictionary<string, IReadOnlyList<string>>();

        Parallel.ForEach(
            Programs,
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            p =>
            {
                var run = ComponentHarness.Product.Run(p.Sources, HarnessOptions.Default with { ConcurrentAnalysis = true });
                run.AssertClean(p.Name + ", among many");
                together[p.Name] = run.DiagnosticFingerprints;
            });

        Assert.Equal(Sequential.Value.Keys.Order(), together.Keys.Order());
        Assert.All(together, pair => Assert.Equal(Sequential.Value[pair.Key], pair.Value));
        Assert.Contains(together.Values, fingerprints => fingerprints.Count > 0);
    }

    [Fact]
    public void No_analyzer_or_generator_of_the_product_keeps_state_in_its_fields()
    {
        var components = ProductComponents.AllAnalyzerClasses.Concat(ProductComponents.AllGeneratorClasses).ToList();

        Assert.NotEmpty(components);
        Assert.Empty(components.SelectMany(StateFields.InComponent));
    }

    [Fact]
    public void No_type_of_the_product_keeps_mutable_state_in_static_fields()
        => Assert.Empty(StateFields.StaticIn(ProductComponents.Assembly));

    [Fact]
    public void The_state_check_finds_mutable_fields_per_compilation_objects_and_mutable_collections()
    {
        Assert.Equal(
            [
                $"{typeof(StatefulAnalyzer).FullName}: field <LastSeen>k__BackingField (ISymbol) is not readonly",
                $"{typeof(StatefulAnalyzer).FullName}: field _byTree (ConditionalWeakTable`2) holds SyntaxTree objects, which belong to one compilation",
                $"{typeof(StatefulAnalyzer).FullName}: field _counts (Dictionary`2) is a mutable collection: make it in the compilation start action, or use an immutable one",
                $"{typeof(StatefulAnalyzer).FullName}: field _last (Compilation) is not readonly",
                $"{typeof(StatefulAnalyzer).FullName}: field _seen (List`1) holds ISymbol objects, which belong to one compilation",
                $"{typeof(StatefulAnalyzer).FullName}: static field s_latest (ConcurrentDictionary`2) holds Compilation objects, which belong to one compilation",
                $"{typeof(StatefulAnalyzer).FullName}: static field s_remembered (ConcurrentDictionary`2) is a mutable collection: make it in the compilation start action, or use an immutable one",
                $"{typeof(StatefulAnalyzer).FullName}: static field s_runs (Int32) is not readonly",
                $"{typeof(StatefulAnalyzer).FullName}: static field s_symbolsByTree (ConditionalWeakTable`2) holds SyntaxTree objects, which belong to one compilation",
            ],
            StateFields.InComponent(typeof(StatefulAnalyzer)).Order(StringComparer.Ordinal));
        Assert.Empty(StateFields.InComponent(typeof(StatelessAnalyzer)));
    }
}
