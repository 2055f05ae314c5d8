using System.Diagnostics;
using Enefit.DataClassification.Robustness.Tests.Fuzzing;
using Enefit.DataClassification.Robustness.Tests.Harness;
using Xunit.Abstractions;

namespace Enefit.DataClassification.Robustness.Tests;

/// <summary>
/// Sizes and depths far past real code go through every generator and analyzer on 2 MB stacks without a stack
/// overflow (which would crash the test host: no unbounded recursion over syntax or the control-flow graph) and
/// without an exception.
/// </summary>
public sealed class ExtremeInputTests(ITestOutputHelper output)
{
    public static TheoryData<string> Extremes => new(ExtremeSources.All.Select(e => e.Name));

    [Fact]
    public async Task Every_thread_of_the_test_host_has_a_small_stack_thread_pool_workers_included()
    {
        Assert.Equal(SmallStack.Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture), AppContext.GetData("System.Threading.DefaultStackSize")?.ToString());
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(SmallStack.Bytes, await Task.Run(ThreadStack.CurrentSize));
            Assert.Equal(SmallStack.Bytes, SmallStack.Run(ThreadStack.CurrentSize));
        }
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public void An_extreme_program_compiles_and_runs_clean_on_a_small_stack(string name)
    {
        var source = ExtremeSources.All.Single(e => e.Name == name).Source();
        var clock = Stopwatch.StartNew();

        var run = SmallStack.Run(() => ComponentHarness.Product.Run([source], HarnessOptions.Default with { ConcurrentAnalysis = true }));

        output.WriteLine($"{name}: {source.Length} characters, {clock.Elapsed.TotalSeconds:F1} s");
        run.AssertClean(name);
        Assert.Empty(run.CompilerErrors);
    }

    [Fact]
    public void A_recursion_once_per_statement_would_exhaust_the_small_stack_on_the_long_method()
    {
        var probe = new SelfTest.RecursionProbeAnalyzer();

        var run = SmallStack.Run(() => new ComponentHarness([probe], []).Run(ExtremeSources.LongMethod(10_000)));

        output.WriteLine($"the probe recursed {probe.Deepest} statements deep before the stack ran short");
        Assert.True(run.IsClean, run.Describe("the recursion probe"));
        Assert.True(probe.WouldHaveOverflowed);
    }
}
