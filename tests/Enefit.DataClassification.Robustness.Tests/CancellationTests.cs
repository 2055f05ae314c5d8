using System.Collections.Concurrent;
using Enefit.DataClassification.Robustness.Tests.Fuzzing;
using Enefit.DataClassification.Robustness.Tests.Harness;
using Enefit.DataClassification.Robustness.Tests.Hooks;

namespace Enefit.DataClassification.Robustness.Tests;

/// <summary>
/// A cancelled analysis stops with <see cref="OperationCanceledException"/>, as the IDE expects on every keystroke, and
/// never turns the cancellation into an analyzer exception (AD0001). No timing is asserted: the token is cancelled
/// from inside the run, by a hook that fires in the middle of the product's work.
/// </summary>
public sealed class CancellationTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_token_cancelled_in_the_middle_of_the_analysis_of_a_huge_method_stops_it(bool concurrent)
    {
        using var source = new CancellationTokenSource();
        var canceller = new CancellingAnalyzer(source, operations: 2_000);
        var harness = ComponentHarness.Product.With(canceller);
        var failures = new ConcurrentQueue<ComponentFailure>();
        var options = HarnessOptions.Default with { ConcurrentAnalysis = concurrent, OnFailure = failures.Enqueue };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Task.Run(() => harness.RunAsync([ExtremeSources.LongMethod(10_000)], options, source.Token)));

        Assert.True(canceller.Cancelled);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_token_cancelled_before_the_run_stops_it_before_any_component_fails()
    {
        var failures = new ConcurrentQueue<ComponentFailure>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ComponentHarness.Product.RunAsync(
                [FuzzFixtures.Customer, FuzzFixtures.Checks],
                HarnessOptions.Default with { OnFailure = failures.Enqueue },
                new CancellationToken(canceled: true)));

        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_token_cancelled_while_the_generators_run_stops_the_run()
    {
        using var source = new CancellationTokenSource();
        var harness = new ComponentHarness(
            ComponentHarness.Product.Analyzers,
            [new CancellingGenerator(source), .. ComponentHarness.Product.Generators]);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => harness.RunAsync([FuzzFixtures.Customer], HarnessOptions.Default, source.Token));

        Assert.True(source.IsCancellationRequested);
    }
}
