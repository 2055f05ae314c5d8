using System.Diagnostics;
using Enefit.DataClassification.Robustness.Tests.Harness;
using Xunit.Abstractions;

namespace Enefit.DataClassification.Robustness.Tests;

/// <summary>
/// Half-typed code: every source of the other test projects and the samples, cut short at many places, goes through
/// every generator and analyzer of the product without an exception, an AD0001 or a diagnostic outside its tree.
/// </summary>
public sealed class TruncationFuzzTests(ITestOutputHelper output)
{
    // About this many cuts of the whole corpus, never finer than every 7th character: a couple of minutes on two cores.
    private const int CharacterCutBudget = 1500;
    private const int FinestStep = 7;
    private const int TokenBoundarySources = 3;
    private const int TokenCutBudget = 1200;

    [Fact]
    public void The_corpus_holds_the_sources_of_the_other_test_projects_with_their_markup_removed()
    {
        Assert.Contains(SourceCorpus.All, s => s.Origin.StartsWith("tests/Enefit.DataClassification.Analyzers.Tests/", StringComparison.Ordinal));
        Assert.DoesNotContain(SourceCorpus.All, s => s.Origin.StartsWith("tests/Enefit.DataClassification.Robustness.Tests/", StringComparison.Ordinal));
        Assert.DoesNotContain(SourceCorpus.All, s => s.Text.Contains("{|EDC", StringComparison.Ordinal) || s.Text.Contains("|}", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_source_cut_at_every_nth_character_runs_clean()
    {
        var step = TruncationFuzzer.StepFor(SourceCorpus.All, CharacterCutBudget, FinestStep);
        var cases = TruncationFuzzer.EveryNthCharacter(SourceCorpus.All, step).ToList();

        var failures = Timed(() => TruncationFuzzer.Run(ComponentHarness.Product, cases), $"{cases.Count} cuts, every {step}th character of {SourceCorpus.All.Length} sources");

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_richest_sources_cut_at_every_token_boundary_run_clean()
    {
        var cases = RichestSources().Select(s => TruncationFuzzer.EveryTokenBoundary(s).ToList())
            .Aggregate(new List<TruncationCase>(), (all, cuts) => all.Count == 0 || all.Count + cuts.Count <= TokenCutBudget ? [.. all, .. cuts] : all);

        var failures = Timed(() => TruncationFuzzer.Run(ComponentHarness.Product, cases), $"{cases.Count} cuts at token boundaries of {string.Join(", ", cases.Select(c => c.Source).Distinct())}");

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void A_component_that_throws_only_on_half_typed_code_is_caught_by_the_cuts()
    {
        var harness = ComponentHarness.Product.With(new SelfTest.ThrowsOnUnclosedClassAnalyzer());
        var source = RichestSources().First();

        var failures = TruncationFuzzer.Run(harness, TruncationFuzzer.EveryTokenBoundary(source), maxFailures: 1);

        var failure = Assert.IsType<string>(failures.FirstOrDefault());
        Assert.StartsWith($"{source.Origin} cut at ", failure, StringComparison.Ordinal);
        Assert.Contains("ThrowsOnUnclosedClassAnalyzer threw System.InvalidOperationException: test analyzer failure on an unclosed class", failure, StringComparison.Ordinal);
        Assert.Empty(ComponentHarness.Product.With(new SelfTest.ThrowsOnUnclosedClassAnalyzer()).Run(source.Text).Failures);
    }

    /// <summary>
    /// The sources that use the most of the package's attributes and types, so the cuts reach every rule; the first
    /// always, the next ones while the cuts stay within <see cref="TokenCutBudget"/>.
    /// </summary>
    private static IEnumerable<CorpusSource> RichestSources()
        => SourceCorpus.All
            .OrderByDescending(s => PackageNames.Count(name => s.Text.Contains(name, StringComparison.Ordinal)))
            .ThenBy(s => s.Origin, StringComparer.Ordinal)
            .Take(TokenBoundarySources);

    private static readonly string[] PackageNames =
    [
        "[MasterData", "[CommunicationData", "[MarketingOnly", "[AnonymousData", "[SubjectId", "[ProcessingPurpose",
        "[ConsentCheck", "[ElectronicMarketingCheck", "[ElectronicMarketingSend", "MarketingConsent", "ElectronicMarketingPermit",
        "IConsentRegistry", "partial ", "ILogger", "Console.Write",
    ];

    private T Timed<T>(Func<T> action, string what)
    {
        var clock = Stopwatch.StartNew();
        var result = action();
        output.WriteLine($"{what}: {clock.Elapsed.TotalSeconds:F1} s");
        return result;
    }
}
