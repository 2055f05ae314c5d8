using Enefit.DataClassification.Benchmarks.Measurement;
using Enefit.DataClassification.Benchmarks.Report;

namespace Enefit.DataClassification.Benchmarks.Tests;

/// <summary>Each variant's overhead is taken over the A of its own round, then summed up as median, lowest and highest.</summary>
public sealed class PairedOverheadTests
{
    private static CompileRun Run(Variant variant, double cpuMs) => new(variant, ElapsedMs: 2 * cpuMs, cpuMs, 0, 0, 0);

    [Fact]
    public void A_variant_is_compared_with_the_baseline_of_its_own_round()
    {
        // The machine is twice as slow in the second round: every variant's share over A stays what it was.
        IReadOnlyList<CompileRun>[] rounds =
        [
            [Run(Variant.Baseline, 1_000), Run(Variant.Ours, 1_200), Run(Variant.Peer, 1_100)],
            [Run(Variant.Peer, 2_300), Run(Variant.Ours, 2_500), Run(Variant.Baseline, 2_000)],
            [Run(Variant.Baseline, 1_500), Run(Variant.Ours, 1_650), Run(Variant.Peer, 1_500)],
        ];

        var paired = PairedOverhead.Of(rounds, SizeBenchmark.InProcessVariants, run => run.CpuMs);

        Assert.Equal(["ours", "peer"], paired.Keys);
        Assert.Equal(new PairedOverhead(20, 10, 25), paired["ours"]);
        Assert.Equal(new PairedOverhead(10, 0, 15), paired["peer"]);
    }

    [Fact]
    public void The_pairs_take_out_what_the_machine_s_speed_between_rounds_puts_into_the_medians()
    {
        // The machine runs at another speed in each round, and in the third B ran at a slow moment (+50 %): the ratio
        // of the two medians mixes rounds (B's second round over A's third, 1,760 over 1,300) and reads +35.4 %; two of the
        // three pairs read +10 %, and so does their median.
        IReadOnlyList<CompileRun>[] rounds =
        [
            [Run(Variant.Baseline, 1_000), Run(Variant.Ours, 1_100)],
            [Run(Variant.Ours, 1_760), Run(Variant.Baseline, 1_600)],
            [Run(Variant.Baseline, 1_300), Run(Variant.Ours, 1_950)],
        ];

        var paired = PairedOverhead.Of(rounds, SizeBenchmark.InProcessVariants, run => run.CpuMs)["ours"];

        Assert.Equal(new PairedOverhead(10, 10, 50), paired);
        Assert.Equal(35.38, Math.Round(100 * (SizeBenchmark.Median([1_100, 1_760, 1_950]) / SizeBenchmark.Median([1_000, 1_600, 1_300]) - 1), 2));
    }

    [Fact]
    public void A_round_without_a_baseline_that_measured_something_is_left_out()
    {
        IReadOnlyList<CompileRun>[] rounds =
        [
            [Run(Variant.Ours, 5_000)],
            [Run(Variant.Baseline, 0), Run(Variant.Ours, 5_000)],
            [Run(Variant.Baseline, 1_000), Run(Variant.Ours, 1_050)],
        ];

        var paired = PairedOverhead.Of(rounds, SizeBenchmark.InProcessVariants, run => run.CpuMs);

        Assert.Equal(new PairedOverhead(5, 5, 5), Assert.Single(paired).Value);
        Assert.Empty(PairedOverhead.Of([], SizeBenchmark.InProcessVariants, run => run.CpuMs));
    }

    [Fact]
    public void A_build_whose_figure_could_not_be_read_is_left_out_and_so_is_its_round_when_it_is_A()
    {
        // Runs of another kind (the command line's): which variant each built, and a CPU time that may be missing.
        IReadOnlyList<(Variant Variant, double? CpuMs)>[] rounds =
        [
            [(Variant.Baseline, null), (Variant.Ours, 9_000)],
            [(Variant.Baseline, 1_000), (Variant.Ours, null), (Variant.Peer, 1_200)],
            [(Variant.Peer, 1_300), (Variant.Ours, 1_100), (Variant.Baseline, 1_000)],
        ];

        var paired = PairedOverhead.Of(rounds, CommandLineBenchmark.Variants, run => run.Variant, run => run.CpuMs);

        Assert.Equal(["ours", "peer"], paired.Keys);
        Assert.Equal(new PairedOverhead(10, 10, 10), paired["ours"]);
        Assert.Equal(new PairedOverhead(25, 20, 30), paired["peer"]);
    }

    [Fact]
    public void The_wall_clock_pairs_read_the_wall_clock_figure()
    {
        IReadOnlyList<CompileRun>[] rounds = [[new CompileRun(Variant.Baseline, 100, 1_000, 0, 0, 0), new CompileRun(Variant.Floor, 130, 1_000, 0, 0, 0)]];

        Assert.Equal(new PairedOverhead(30, 30, 30), PairedOverhead.Of(rounds, SizeBenchmark.InProcessVariants, run => run.ElapsedMs)["floor"]);
    }

    [Theory]
    [InlineData(10.0, 20.0, 21.0, 30.0, true)]
    [InlineData(21.0, 30.0, 10.0, 20.0, true)]
    [InlineData(10.0, 20.0, 20.0, 30.0, false)]
    [InlineData(10.0, 40.0, 20.0, 30.0, false)]
    public void Two_ranges_tell_their_medians_apart_only_when_they_share_no_value(double low, double high, double otherLow, double otherHigh, bool apart)
    {
        var range = new PairedOverhead((low + high) / 2, low, high);
        var other = new PairedOverhead((otherLow + otherHigh) / 2, otherLow, otherHigh);

        Assert.Equal(apart, range.IsApartFrom(other));
        Assert.Equal(apart, other.IsApartFrom(range));
    }

    [Theory]
    [InlineData(20.0, 30.0, 31.0, 40.0, "CPU round by round +25.0 % [+20.0 % .. +30.0 %] -> +35.5 % [+31.0 % .. +40.0 %] (the ranges are apart)")]
    [InlineData(20.0, 30.0, 25.0, 40.0, "CPU round by round +25.0 % [+20.0 % .. +30.0 %] -> +32.5 % [+25.0 % .. +40.0 %] (the ranges overlap: the rounds cannot tell the two apart)")]
    public void The_growth_target_says_whether_the_two_sizes_ranges_tell_them_apart(double smallLow, double smallHigh, double largeLow, double largeHigh, string expected)
    {
        static SizeSummary Size(int lines, double low, double high) => new()
        {
            Lines = lines,
            CpuPairedOverheadPct = new Dictionary<string, PairedOverhead> { ["ours"] = new((low + high) / 2, low, high) },
        };
        var output = new StringWriter();

        ConsoleReport.WriteTargets(output, [Size(20_000, smallLow, smallHigh), Size(200_000, largeLow, largeHigh)]);

        var growth = Assert.Single(output.ToString().Split('\n'), line => line.Contains("overhead no worse at the largest size", StringComparison.Ordinal));
        Assert.EndsWith(expected, growth.TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Fact]
    public void The_overhead_target_gives_each_builds_round_by_round_share_of_B_where_its_CPU_time_was_read()
    {
        var size = new SizeSummary
        {
            Lines = 200_000,
            CommandLine = new CommandLineSummary
            {
                CpuOverheadPct = 9.4,
                CpuMa0153OverheadPct = 28.0,
                CpuAnyAnalyzerOverheadPct = -4.7,
                CpuGeneratorOnlyOverheadPct = 2.6,
                CpuPairedOverheadPct = new Dictionary<string, PairedOverhead> { ["ours"] = new(15.6, -5.0, 48.2) },
            },
            CompilerServer = new CommandLineSummary(),
        };
        var output = new StringWriter();

        ConsoleReport.WriteTargets(output, [size]);

        var overhead = Assert.Single(output.ToString().Split('\n'), line => line.Contains("overhead_pct <= 5", StringComparison.Ordinal));
        Assert.EndsWith(
            "; through csc +9.4 % CPU (round by round +15.6 % [-5.0 % .. +48.2 %]), MA0153 +28.0 %, any analyzer -4.7 %, our generator alone +2.6 %" +
            "; through a warm compiler server n/a CPU, MA0153 n/a, any analyzer n/a, our generator alone n/a",
            overhead.TrimEnd('\r'),
            StringComparison.Ordinal);
    }
}
