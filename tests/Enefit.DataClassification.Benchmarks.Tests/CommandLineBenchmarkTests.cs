using System.Diagnostics;
using Enefit.DataClassification.Benchmarks.Components;
using Enefit.DataClassification.Benchmarks.Measurement;
using Enefit.DataClassification.Benchmarks.Report;
using Enefit.DataClassification.Benchmarks.Synthetic;

namespace Enefit.DataClassification.Benchmarks.Tests;

/// <summary>
/// The command-line measurement (<c>--command-line</c>) on a small codebase, one round, no warm-up: the SDK's csc.dll
/// builds every variant (A B D E and the command line's own F and G), in its own process and through a compiler server,
/// and our analyzers, run by csc's own driver, report what they report in process. No timing is asserted.
/// </summary>
public sealed class CommandLineBenchmarkTests : IDisposable
{
    private const int Lines = 3_000;

    private readonly string _output = Path.Combine(Path.GetTempPath(), "edc-csc-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public void Csc_builds_every_variant_and_prints_each_planted_leak_once()
    {
        var codebase = SyntheticCodebase.Generate(Lines);

        var (summary, runs) = Build(codebase, throughServer: false, inProcessEdc0006: 7);

        Assert.Equal(
            [Variant.Baseline, Variant.Ours, Variant.Peer, Variant.OursWithoutRuntime, Variant.AnyAnalyzer, Variant.OursGeneratorOnly],
            runs.Select(r => r.Variant));
        Assert.All(runs, run => Assert.True(run.Compiled, run.Output));

        // B: EDC0006 reports every planted leak, whatever its form, as it does in process.
        var planted = codebase.PlantedLeaks.Values.Sum();
        Assert.True(codebase.PlantedLeaks.Values.All(n => n > 0), "the small codebase plants leaks of every form");
        Assert.Equal(planted, summary.Edc0006Diagnostics);
        Assert.Equal(7, summary.Edc0006DiagnosticsInProcess);

        // D: MA0153, the only rule of the package left on, reports exactly the direct leaks.
        Assert.Equal(codebase.PlantedLeaks[LeakForm.Direct], summary.Ma0153Diagnostics);
        Assert.DoesNotContain(summary.Diagnostics["peer"].Keys, id => id.StartsWith("MA", StringComparison.Ordinal) && id != PeerAnalyzer.RuleId);

        // E: without the runtime library our analyzers register nothing, so csc prints none of our rules.
        Assert.DoesNotContain(summary.Diagnostics["ours_without_runtime"].Keys, id => id.StartsWith("EDC", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Diagnostics["baseline"].Keys, id => id.StartsWith("EDC", StringComparison.Ordinal));

        // F: the do-nothing analyzer loads, runs and reports nothing; G: our rules off, so nothing of ours is printed.
        Assert.DoesNotContain(summary.Diagnostics["any_analyzer"].Keys, id => id.StartsWith("EDC", StringComparison.Ordinal) || id == AnyAnalyzerAssembly.RuleId);
        Assert.DoesNotContain(summary.Diagnostics["ours_generator_only"].Keys, id => id.StartsWith("EDC", StringComparison.Ordinal));

        Assert.EndsWith(Path.Combine("Roslyn", "bincore", "csc.dll"), summary.CscPath, StringComparison.Ordinal);
        Assert.Equal(1, summary.Rounds);
        Assert.False(summary.CompilerServer);
        Assert.All(runs, run => Assert.Null(run.ServerCpuMs));

        // One round per variant: no spread between rounds, for every variant, in wall-clock and (where it is read) CPU time.
        Assert.Equal(CommandLineBenchmark.Variants.Select(v => v.Key()), summary.WallSpreadPct.Keys);
        Assert.All(summary.WallSpreadPct.Values, spread => Assert.Equal(0, spread));
        Assert.Equal(CommandLineCompiler.CpuTimeUnavailableReason is null, summary.CpuSpreadPct is not null);
        Assert.All(summary.CpuSpreadPct?.Values ?? [], spread => Assert.Equal(0, spread));

        // And each variant but A over that round's A: one share, so lowest, median and highest are the same number.
        var others = CommandLineBenchmark.Variants.Where(v => v != Variant.Baseline).Select(v => v.Key());
        Assert.Equal(others, summary.WallPairedOverheadPct.Keys);
        Assert.All(summary.WallPairedOverheadPct, p => Assert.Equal(new PairedOverhead(p.Value.MedianPct, p.Value.MedianPct, p.Value.MedianPct), p.Value));
        var wall = runs.ToDictionary(r => r.Variant, r => r.ElapsedMs);
        Assert.Equal(Math.Round(100 * (wall[Variant.Ours] - wall[Variant.Baseline]) / wall[Variant.Baseline], 2), summary.WallPairedOverheadPct["ours"].MedianPct);
        Assert.Equal(CommandLineCompiler.CpuTimeUnavailableReason is null, summary.CpuPairedOverheadPct is not null);
        Assert.Equal(summary.CpuPairedOverheadPct is null ? [] : others, summary.CpuPairedOverheadPct?.Keys ?? []);
    }

    /// <summary>
    /// Two rounds, so that the server compiles each variant twice: the second compilation of a project in one process is
    /// where the analyzers find the earlier one's names, and where comparing the command-line compiler's options once made
    /// every body rule throw (AD0001) and report nothing.
    /// </summary>
    [Fact]
    public void A_compiler_server_kept_across_the_builds_compiles_every_variant_and_prints_what_csc_prints()
    {
        var codebase = SyntheticCodebase.Generate(Lines);

        var (summary, runs) = Build(codebase, throughServer: true, inProcessEdc0006: null);

        Assert.True(summary.CompilerServer);
        Assert.Equal(1, summary.WarmupRounds);
        Assert.Equal(CommandLineBenchmark.Variants.Reverse(), runs.Select(r => r.Variant));
        Assert.All(runs, run => Assert.True(run.Compiled, run.Output));

        // The server compiled every build: it spent CPU time on each, and more than the client (else the run is refused).
        Assert.All(runs, run => Assert.True(run.ServerCpuMs > 0, $"{run.Variant}: the server spent {run.ServerCpuMs} ms"));
        Assert.All(runs.Where(run => run.CpuMs is not null), run => Assert.True(run.ServerCpuMs >= run.CpuMs - run.ServerCpuMs));

        // Through the server the analyzers report what they report in a compiler process of their own, the second time too.
        Assert.All(runs, run => Assert.Equal(0, run.Count("AD0001")));
        Assert.Equal(codebase.PlantedLeaks.Values.Sum(), summary.Edc0006Diagnostics);
        Assert.Equal(codebase.PlantedLeaks[LeakForm.Direct], summary.Ma0153Diagnostics);
        Assert.DoesNotContain(summary.Diagnostics["ours_without_runtime"].Keys, id => id.StartsWith("EDC", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Diagnostics["ours_generator_only"].Keys, id => id.StartsWith("EDC", StringComparison.Ordinal));
    }

    [Fact]
    public void The_compiler_server_listens_on_a_pipe_of_its_own_and_is_gone_once_disposed()
    {
        var server = CompilerServer.Start(CommandLineCompiler.Find());
        var id = server.ProcessId;
        try
        {
            Assert.StartsWith("edc-bench-", server.PipeName, StringComparison.Ordinal);
            Assert.False(Process.GetProcessById(id).HasExited);
        }
        finally
        {
            server.Dispose();
        }

        Assert.Throws<ArgumentException>(() => Process.GetProcessById(id));
    }

    [Theory]
    [InlineData(9_000.0, 120.0, 9_120.0)]
    [InlineData(450.0, 450.0, 900.0)]
    public void A_build_through_the_server_costs_the_client_s_cpu_time_and_the_server_s(double server, double client, double total)
    {
        var run = CompilerServer.Attribute(new CommandLineRun(Variant.Ours, 1_000, client, 0, "", new Dictionary<string, int>()), server);

        Assert.Equal(total, run.CpuMs);
        Assert.Equal(server, run.ServerCpuMs);
    }

    [Theory]
    [InlineData(30.0, 20_000.0, "it spent 30 ms of CPU time while the client spent 20000")]
    [InlineData(0.0, null, "it spent 0 ms of CPU time while the client spent an unknown amount")]
    public void A_build_the_client_made_by_itself_is_refused(double server, double? client, string expected)
    {
        var run = new CommandLineRun(Variant.Peer, 1_000, client, 0, "", new Dictionary<string, int>());

        var refused = Assert.Throws<InvalidOperationException>(() => CompilerServer.Attribute(run, server));

        Assert.Contains("The compiler server did not compile variant D: " + expected, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 10.0, 12.0, 11.0 }, 18.2)]
    [InlineData(new[] { 200.0, 100.0, 150.0, 120.0 }, 74.1)]
    [InlineData(new[] { 5.0 }, 0.0)]
    public void A_variant_s_spread_is_its_largest_round_less_its_smallest_over_its_median(double[] rounds, double expected)
        => Assert.Equal(expected, SizeBenchmark.SpreadPct(rounds));

    [Theory]
    [InlineData(13_000.0, 12_000.0, 10_000.0, 1.5)]
    [InlineData(10_500.0, 13_000.0, 10_000.0, 0.17)]
    [InlineData(9_000.0, 12_000.0, 10_000.0, -0.5)]
    public void What_one_rule_adds_is_compared_with_what_the_other_adds_over_the_same_baseline(double rule, double peer, double baseline, double expected)
        => Assert.Equal(expected, SizeBenchmark.AddedRatio(rule, peer, baseline));

    [Theory]
    [InlineData(13_000.0, 12_000.0, 10_500.0, 10_000.0, 5.0)]
    [InlineData(12_000.0, 12_000.0, 11_000.0, 10_000.0, -10.0)]
    [InlineData(10_000.0, 10_000.0, 10_000.0, 10_000.0, 0.0)]
    public void The_rules_own_share_is_B_over_A_less_what_the_floor_and_the_generator_add(double ours, double floor, double generatorOnly, double baseline, double expected)
        => Assert.Equal(expected, SizeBenchmark.RulesOwnPct(ours, floor, generatorOnly, baseline));

    [Theory]
    [InlineData(12_000.0, 10_000.0, 10_000.0)]
    [InlineData(12_000.0, 9_500.0, 10_000.0)]
    public void A_peer_that_adds_nothing_measurable_gives_no_ratio(double rule, double peer, double baseline)
        => Assert.Null(SizeBenchmark.AddedRatio(rule, peer, baseline));

    [Fact]
    public void Every_other_round_runs_the_variants_in_reverse_order()
    {
        Assert.Equal(CommandLineBenchmark.Variants, CommandLineBenchmark.OrderOfRound(0));
        Assert.Equal(CommandLineBenchmark.Variants.Reverse(), CommandLineBenchmark.OrderOfRound(1));
        Assert.Equal(CommandLineBenchmark.Variants, CommandLineBenchmark.OrderOfRound(4));
    }

    [Fact]
    public void Every_other_in_process_round_runs_the_variants_in_reverse_order()
    {
        Assert.Equal(
            [
                Variant.Baseline, Variant.Ours, Variant.Floor, Variant.Peer, Variant.OursWithoutRuntime, Variant.AnyAnalyzer,
                Variant.OursGeneratorOnly, Variant.LogLeakRuleAlone,
            ],
            SizeBenchmark.OrderOfRound(0));
        Assert.Equal(
            [
                Variant.LogLeakRuleAlone, Variant.OursGeneratorOnly, Variant.AnyAnalyzer, Variant.OursWithoutRuntime, Variant.Peer,
                Variant.Floor, Variant.Ours, Variant.Baseline,
            ],
            SizeBenchmark.OrderOfRound(3));
        Assert.Equal(SizeBenchmark.InProcessVariants, SizeBenchmark.OrderOfRound(6));
    }

    [Fact]
    public void Every_other_editor_round_makes_its_analyses_in_reverse_order()
    {
        (Variant, EditorBenchmark.EditKind)[] forward =
        [
            (Variant.Baseline, EditorBenchmark.EditKind.Body), (Variant.Baseline, EditorBenchmark.EditKind.Declaration),
            (Variant.Ours, EditorBenchmark.EditKind.Body), (Variant.Ours, EditorBenchmark.EditKind.Declaration),
            (Variant.Peer, EditorBenchmark.EditKind.Body), (Variant.Peer, EditorBenchmark.EditKind.Declaration),
        ];

        Assert.Equal(forward, EditorBenchmark.OrderOfRound(0));
        Assert.Equal(forward.Reverse(), EditorBenchmark.OrderOfRound(1));
        Assert.Equal(forward, EditorBenchmark.OrderOfRound(2));
    }

    [Fact]
    public void Inputs_on_disk_leave_the_runtime_out_of_E_and_every_peer_rule_but_MA0153_off()
    {
        var peer = PeerAnalyzer.Load();
        var directory = Path.Combine(_output, "inputs");

        var build = CommandLineBuild.Write(
            directory, SyntheticCodebase.Generate(300), SyntheticCodebase.Generate(300, runtimeReferenced: false), OurComponents.Discover(), peer);

        var runtime = "/reference:\"" + typeof(MarketingConsent).Assembly.Location + "\"";
        Assert.Contains(runtime, File.ReadAllLines(build.ResponseFile(Variant.Ours)));
        Assert.DoesNotContain(runtime, File.ReadAllLines(build.ResponseFile(Variant.OursWithoutRuntime)));
        Assert.Contains(File.ReadAllLines(build.ResponseFile(Variant.OursWithoutRuntime)), line => line.EndsWith("LookalikeTypes.cs\"", StringComparison.Ordinal));
        Assert.DoesNotContain(File.ReadAllLines(build.ResponseFile(Variant.Baseline)), line => line.StartsWith("/analyzer", StringComparison.Ordinal));
        Assert.DoesNotContain(File.ReadAllLines(build.ResponseFile(Variant.Peer)), line => line.StartsWith("/shared", StringComparison.Ordinal));

        var anyAnalyzer = Path.Combine(directory, "any-analyzer", "AnyAnalyzer.dll");
        Assert.Contains("/analyzer:\"" + anyAnalyzer + "\"", File.ReadAllLines(build.ResponseFile(Variant.AnyAnalyzer)));
        Assert.Contains(runtime, File.ReadAllLines(build.ResponseFile(Variant.AnyAnalyzer)));
        Assert.Contains("/analyzer:\"" + OurComponents.AnalyzerAssembly.Location + "\"", File.ReadAllLines(build.ResponseFile(Variant.OursGeneratorOnly)));
        var ourRules = OurComponents.Discover().Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(
            ourRules.Select(id => $"dotnet_diagnostic.{id}.severity = none").Prepend("is_global = true"),
            File.ReadAllLines(Path.Combine(directory, "generator-only.globalconfig")));

        var peerConfig = File.ReadAllLines(Path.Combine(directory, "peer.globalconfig"));
        Assert.Equal("is_global = true", peerConfig[0]);
        Assert.Equal(
            peer.Suppressions.Keys.Order(StringComparer.Ordinal).Select(id => $"dotnet_diagnostic.{id}.severity = none"),
            peerConfig.Skip(1));
        Assert.DoesNotContain(PeerAnalyzer.RuleId, peer.Suppressions.Keys);
        Assert.Empty(build.Notes);
    }

    [Fact]
    public void Diagnostics_are_counted_by_id_from_the_compiler_output()
    {
        const string output = """
            /src/A.cs(3,9): warning EDC0006: 'Email' holds communication data and reaches a log unredacted
            /src/A.cs(4,9): warning EDC0006: 'Phone' holds communication data and reaches a log unredacted
            /src/B.cs(1,1): info MA0153: Do not log symbols decorated with DataClassificationAttribute directly
            /src/C.cs(2,5): error CS0103: The name 'x' does not exist in the current context
            warning EDC0006 in prose, without a colon after the ID, is not a diagnostic
            """;

        var counts = CommandLineCompiler.CountDiagnostics(output);

        Assert.Equal(new Dictionary<string, int> { ["CS0103"] = 1, ["EDC0006"] = 2, ["MA0153"] = 1 }, counts);
    }

    [Theory]
    [InlineData(0, "/src/A.cs(3,9): warning CS0649: Field 'A.b' is never assigned to", true, true)]
    [InlineData(1, "/src/A.cs(3,9): error CS0103: The name 'x' does not exist in the current context", false, true)]
    [InlineData(0, "warning CS8032: An instance of analyzer X cannot be created from /a.dll: Could not load file or assembly", true, false)]
    [InlineData(0, "warning CS8785: Generator 'G' failed to generate source.", true, false)]
    public void A_run_counts_only_when_it_compiled_with_every_component(int exitCode, string output, bool compiled, bool componentsRan)
    {
        var run = new CommandLineRun(Variant.Ours, 1, 1, exitCode, output, CommandLineCompiler.CountDiagnostics(output));

        Assert.Equal(compiled, run.Compiled);
        Assert.Equal(componentsRan, run.ComponentsRan);
    }

    [Fact]
    public void The_compiler_is_that_of_the_newest_sdk_that_has_one()
    {
        var sdks = Path.Combine(_output, "sdk");
        foreach (var (version, hasCompiler) in new[]
        {
            ("9.0.300", true), ("10.0.100-rc.2.25502.107", true), ("10.0.100", true), ("10.0.200", false), ("NuGetFallbackFolder", true),
        })
        {
            var bincore = Directory.CreateDirectory(Path.Combine(sdks, version, "Roslyn", "bincore"));
            if (hasCompiler)
            {
                File.WriteAllText(Path.Combine(bincore.FullName, "csc.dll"), "");
            }
        }

        Assert.Equal(Path.Combine(sdks, "10.0.100", "Roslyn", "bincore", "csc.dll"), CommandLineCompiler.NewestCompilerUnder(sdks));
        Assert.Null(CommandLineCompiler.NewestCompilerUnder(Path.Combine(_output, "no-sdk")));
    }

    [Theory]
    [InlineData(new string[0], 1, 3)]
    [InlineData(new[] { "--warmup", "0" }, 0, 3)]
    [InlineData(new[] { "--warmup", "5" }, 5, 5)]
    [InlineData(new[] { "--quick" }, 1, 1)]
    public void The_compiler_server_is_warmed_up_over_at_least_three_rounds_but_in_the_quick_run(string[] args, int warmup, int serverWarmup)
    {
        var settings = BenchmarkSettings.Parse(args);

        Assert.Equal(warmup, settings.Warmup);
        Assert.Equal(serverWarmup, settings.ServerWarmup);
    }

    [Theory]
    [InlineData(new[] { "--lines", "1000" }, false)]
    [InlineData(new[] { "--quick", "--command-line" }, true)]
    public void Command_line_measurement_runs_only_when_asked(string[] args, bool expected)
        => Assert.Equal(expected, BenchmarkSettings.Parse(args).CommandLine);

    /// <summary>
    /// The codebase's inputs written out and every variant built: one timed round, no warm-up in a compiler process of
    /// its own, one warm-up round through the server (so that it compiles each project twice).
    /// </summary>
    private (Report.CommandLineSummary Summary, IReadOnlyList<CommandLineRun> Runs) Build(SyntheticCodebase codebase, bool throughServer, int? inProcessEdc0006)
    {
        var settings = new BenchmarkSettings { Iterations = 1, Warmup = 0, ServerWarmup = 1, OutputDirectory = _output };
        var benchmark = new CommandLineBenchmark(settings, OurComponents.Discover(), PeerAnalyzer.Load(), TextWriter.Null);
        var build = benchmark.Prepare(codebase, SyntheticCodebase.Generate(Lines, runtimeReferenced: false));
        return benchmark.Run(build, throughServer, inProcessEdc0006);
    }
}
