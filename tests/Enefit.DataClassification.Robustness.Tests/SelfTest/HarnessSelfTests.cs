using Enefit.DataClassification.Robustness.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Robustness.Tests.SelfTest;

/// <summary>The harness fails on exactly what it looks for: without these, a green robustness suite would prove nothing.</summary>
public sealed class HarnessSelfTests
{
    private const string Source = """
        using Enefit.DataClassification;

        public partial class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData] public string Email { get; set; } = "";
        }
        """;

    [Fact]
    public void A_throwing_analyzer_is_reported_with_its_exception()
    {
        var run = new ComponentHarness([new ThrowingAnalyzer()], []).Run(Source);

        var failure = Assert.Single(run.Failures);
        Assert.Equal(nameof(ThrowingAnalyzer), failure.Component);
        Assert.Equal("test analyzer failure", failure.Exception.Message);
        Assert.False(run.IsClean);
        var error = Assert.Throws<HarnessFailureException>(() => run.AssertClean("the case"));
        Assert.StartsWith("the case", error.Message, StringComparison.Ordinal);
        Assert.Contains("ThrowingAnalyzer threw System.InvalidOperationException: test analyzer failure", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_analyzer_exception_turned_into_AD0001_is_a_problem_of_its_own()
    {
        var run = new ComponentHarness([new ThrowingAnalyzer()], []).Run(Source);

        Assert.Equal("AD0001", Assert.Single(run.Failures).ShownAs?.Id);
        Assert.Contains(run.Problems, p => p.StartsWith("AD0001: Analyzer 'Enefit.DataClassification.Robustness.Tests.SelfTest.ThrowingAnalyzer' threw", StringComparison.Ordinal));
    }

    [Fact]
    public void A_throwing_generator_is_reported_with_its_exception()
    {
        var run = new ComponentHarness([], [new ThrowingGenerator()]).Run(Source);

        var failure = Assert.Single(run.Failures);
        Assert.Equal(nameof(ThrowingGenerator), failure.Component);
        Assert.Equal("test generator failure", failure.Exception.Message);
        Assert.Contains(run.Problems, p => p.StartsWith("CS8785: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_diagnostic_located_outside_the_compilation_is_reported()
    {
        var run = new ComponentHarness([new ForeignLocationAnalyzer()], []).Run(Source);

        Assert.False(run.IsClean);
        Assert.Contains(run.Problems, p => p.Contains("Elsewhere.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void The_product_runs_clean_beside_the_test_components_so_a_failure_names_only_the_culprit()
    {
        var run = ComponentHarness.Product.With(new ThrowingAnalyzer()).Run(Source);

        Assert.Equal([nameof(ThrowingAnalyzer)], run.Failures.Select(f => f.Component).Distinct());
    }

    [Fact]
    public void Concurrent_analysis_reports_a_throwing_analyzer_too()
    {
        var run = new ComponentHarness([new ThrowingAnalyzer()], [])
            .Run([Source], HarnessOptions.Default with { ConcurrentAnalysis = true });

        Assert.Equal(nameof(ThrowingAnalyzer), Assert.Single(run.Failures).Component);
    }
}
