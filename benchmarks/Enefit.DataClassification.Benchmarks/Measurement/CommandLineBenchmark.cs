using System.Globalization;
using Enefit.DataClassification.Benchmarks.Components;
using Enefit.DataClassification.Benchmarks.Report;
using Enefit.DataClassification.Benchmarks.Synthetic;

namespace Enefit.DataClassification.Benchmarks.Measurement;

/// <summary>
/// Measures one size through the SDK's command-line compiler (<c>--command-line</c>), beside the in-process figures:
/// the in-process harness charges every analyzer for the driver's own copy of the compilation, which a real build
/// does not pay. Warm-up rounds, then timed rounds each running A B D E F G as child processes, one at a time, every
/// other round in reverse order; reports medians. Each size is built twice this way: every build in a compiler process
/// of its own, which pays the compiler's start-up and jitting every time, and every build through one compiler server
/// kept warm across them, as <c>dotnet build</c> builds. Every run must compile: a failed build would be a measurement
/// of nothing.
/// </summary>
public sealed class CommandLineBenchmark
{
    /// <summary>
    /// The variants a command line can express (C's do-nothing analyzers of our shape exist only in this process), and
    /// two it adds: F, any analyzer at all, and G, our generator without our analyzers.
    /// </summary>
    public static readonly IReadOnlyList<Variant> Variants =
        [Variant.Baseline, Variant.Ours, Variant.Peer, Variant.OursWithoutRuntime, Variant.AnyAnalyzer, Variant.OursGeneratorOnly];

    private readonly BenchmarkSettings _settings;
    private readonly OurComponents _ours;
    private readonly PeerAnalyzer _peer;
    private readonly TextWriter _log;

    public CommandLineBenchmark(BenchmarkSettings settings, OurComponents ours, PeerAnalyzer peer, TextWriter log)
    {
        _settings = settings;
        _ours = ours;
        _peer = peer;
        _log = log;
    }

    /// <summary>Writes the inputs of one size under <c>&lt;output&gt;/command-line/&lt;lines&gt;</c>, for both ways of building.</summary>
    public CommandLineBuild Prepare(SyntheticCodebase codebase, SyntheticCodebase lookalike)
        => CommandLineBuild.Write(
            Path.Combine(_settings.OutputDirectory, "command-line", codebase.LineCount.ToString(CultureInfo.InvariantCulture)),
            codebase,
            lookalike,
            _ours,
            _peer);

    /// <summary>
    /// Builds every variant of <paramref name="build"/> in rounds: each build in a compiler process of its own, or,
    /// with <paramref name="throughServer"/>, through one compiler server kept for all of them (<see cref="CompilerServer"/>).
    /// </summary>
    /// <param name="inProcessEdc0006">EDC0006 reports of the in-process run on the same code, put beside csc's in the summary.</param>
    public (CommandLineSummary Summary, IReadOnlyList<CommandLineRun> Runs) Run(CommandLineBuild build, bool throughServer, int? inProcessEdc0006)
    {
        var compiler = CommandLineCompiler.Find();
        using var server = throughServer ? CompilerServer.Start(compiler) : null;
        var warmup = throughServer ? _settings.ServerWarmup : _settings.Warmup;
        Func<Variant, CommandLineRun> compile = server is null
            ? variant => compiler.Run(variant, build.ResponseFile(variant))
            : variant => server.Run(variant, build.ResponseFile(variant));
        var roundName = server is null ? "csc" : "server";
        _log.WriteLine($"command line{(server is null ? "" : $", through a compiler server (pipe {server.PipeName})")}: {compiler.CompilerPath}, " +
            $"inputs in {build.Directory}; {warmup} warm-up and {_settings.Iterations} timed rounds of " +
            $"{string.Join(" ", Variants.Select(SizeBenchmark.Letter))}, every other round in reverse order");

        var timedRounds = new List<IReadOnlyList<CommandLineRun>>();
        for (var round = 0; round < warmup + _settings.Iterations; round++)
        {
            var runs = OrderOfRound(round).Select(variant => EnsureCompiled(compile(variant))).ToList();
            if (round >= warmup)
            {
                timedRounds.Add(runs);
            }

            _log.WriteLine($"  {roundName} round {round + 1}{(round < warmup ? " (warm-up)" : "")}: " +
                string.Join("  ", runs.Select(r => $"{SizeBenchmark.Letter(r.Variant)} {r.ElapsedMs:F0} ms")));
        }

        return (Summarize(compiler, build, timedRounds, throughServer, warmup, inProcessEdc0006), timedRounds.SelectMany(round => round).ToList());
    }

    /// <summary>The variants in the order round <paramref name="round"/> builds them (<see cref="RoundOrder"/>).</summary>
    public static IEnumerable<Variant> OrderOfRound(int round) => RoundOrder.Of(Variants, round);

    private static CommandLineRun EnsureCompiled(CommandLineRun run)
    {
        if (!run.Compiled)
        {
            throw new InvalidOperationException(
                $"csc failed in variant {SizeBenchmark.Letter(run.Variant)} (exit code {run.ExitCode}): the measurement would be of a failed build.\n{run.Output}");
        }

        if (!run.ComponentsRan)
        {
            throw new InvalidOperationException(
                $"csc did not run every analyzer or generator in variant {SizeBenchmark.Letter(run.Variant)}: the measurement would be of less than the variant.\n{run.Output}");
        }

        return run;
    }

    private CommandLineSummary Summarize(
        CommandLineCompiler compiler, CommandLineBuild build, List<IReadOnlyList<CommandLineRun>> timedRounds, bool throughServer, int warmup, int? inProcessEdc0006)
    {
        var timed = timedRounds.SelectMany(round => round).ToList();
        double Wall(Variant v) => SizeBenchmark.Median(timed.Where(r => r.Variant == v).Select(r => r.ElapsedMs));
        double? Cpu(Variant v)
        {
            var values = timed.Where(r => r.Variant == v).Select(r => r.CpuMs).ToList();
            return values.Any(c => c is null) ? null : SizeBenchmark.Median(values.Select(c => c!.Value));
        }

        // Null when a round lacks the figure (the CPU time where it cannot be read).
        IReadOnlyDictionary<string, double>? SpreadOf(Func<CommandLineRun, double?> figure) => timed.Any(r => figure(r) is null)
            ? null
            : Variants.ToDictionary(v => v.Key(), v => SizeBenchmark.SpreadPct(timed.Where(r => r.Variant == v).Select(r => figure(r)!.Value)));

        // Null where this machine cannot read a child's CPU time; the round-by-round CPU shares follow it.
        var cpuSpread = SpreadOf(r => r.CpuMs);

        static double Pct(double value, double reference) => Math.Round(100.0 * (value - reference) / reference, 2);
        static double? CpuPct(double? value, double? reference) => value is { } v && reference is { } r ? Pct(v, r) : null;
        static double? Rounded(double? ms) => ms is { } v ? Math.Round(v, 1) : null;

        var last = Variants.ToDictionary(v => v, v => timed.Last(r => r.Variant == v));
        var notes = build.Notes.ToList();
        if (CommandLineCompiler.CpuTimeUnavailableReason is { } reason)
        {
            notes.Add(reason);
        }

        var exceptions = timed.Sum(r => r.Count("AD0001"));
        if (exceptions > 0)
        {
            notes.Add($"csc printed {exceptions} analyzer exceptions (AD0001): the analyzer that threw did less work than it should.");
        }

        return new CommandLineSummary
        {
            BaselineMs = Math.Round(Wall(Variant.Baseline), 1),
            OursMs = Math.Round(Wall(Variant.Ours), 1),
            Ma0153Ms = Math.Round(Wall(Variant.Peer), 1),
            OursNoReferenceMs = Math.Round(Wall(Variant.OursWithoutRuntime), 1),
            AnyAnalyzerMs = Math.Round(Wall(Variant.AnyAnalyzer), 1),
            GeneratorOnlyMs = Math.Round(Wall(Variant.OursGeneratorOnly), 1),
            AnyAnalyzerOverheadPct = Pct(Wall(Variant.AnyAnalyzer), Wall(Variant.Baseline)),
            GeneratorOnlyOverheadPct = Pct(Wall(Variant.OursGeneratorOnly), Wall(Variant.Baseline)),
            OverheadPct = Pct(Wall(Variant.Ours), Wall(Variant.Baseline)),
            Ma0153OverheadPct = Pct(Wall(Variant.Peer), Wall(Variant.Baseline)),
            NoReferenceOverheadPct = Pct(Wall(Variant.OursWithoutRuntime), Wall(Variant.Baseline)),
            CpuBaselineMs = Rounded(Cpu(Variant.Baseline)),
            CpuOursMs = Rounded(Cpu(Variant.Ours)),
            CpuMa0153Ms = Rounded(Cpu(Variant.Peer)),
            CpuOursNoReferenceMs = Rounded(Cpu(Variant.OursWithoutRuntime)),
            CpuOverheadPct = CpuPct(Cpu(Variant.Ours), Cpu(Variant.Baseline)),
            CpuMa0153OverheadPct = CpuPct(Cpu(Variant.Peer), Cpu(Variant.Baseline)),
            CpuNoReferenceOverheadPct = CpuPct(Cpu(Variant.OursWithoutRuntime), Cpu(Variant.Baseline)),
            CpuAnyAnalyzerMs = Rounded(Cpu(Variant.AnyAnalyzer)),
            CpuGeneratorOnlyMs = Rounded(Cpu(Variant.OursGeneratorOnly)),
            CpuAnyAnalyzerOverheadPct = CpuPct(Cpu(Variant.AnyAnalyzer), Cpu(Variant.Baseline)),
            CpuGeneratorOnlyOverheadPct = CpuPct(Cpu(Variant.OursGeneratorOnly), Cpu(Variant.Baseline)),
            WallSpreadPct = SpreadOf(r => r.ElapsedMs)!,
            CpuSpreadPct = cpuSpread,
            WallPairedOverheadPct = PairedOverhead.Of(timedRounds, Variants, r => r.Variant, r => r.ElapsedMs),
            CpuPairedOverheadPct = cpuSpread is null ? null : PairedOverhead.Of(timedRounds, Variants, r => r.Variant, r => r.CpuMs),
            Edc0006Diagnostics = last[Variant.Ours].Count(OurComponents.LogLeakRule),
            Edc0006DiagnosticsInProcess = inProcessEdc0006,
            Ma0153Diagnostics = last[Variant.Peer].Count(PeerAnalyzer.RuleId),
            Diagnostics = last.ToDictionary(p => p.Key.Key(), p => p.Value.Diagnostics),
            CscPath = compiler.CompilerPath,
            CompilerServer = throughServer,
            Rounds = _settings.Iterations,
            WarmupRounds = warmup,
            Notes = notes,
        };
    }
}
