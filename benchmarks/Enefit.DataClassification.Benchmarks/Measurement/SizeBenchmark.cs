using System.Collections.Immutable;
using Enefit.DataClassification.Benchmarks.Components;
using Enefit.DataClassification.Benchmarks.Report;
using Enefit.DataClassification.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Benchmarks.Measurement;

/// <summary>
/// Measures one size: warm-up rounds, then timed rounds each running A B C D E F G H in that order, every other
/// round in reverse (so drift in the machine's load falls on every variant alike), then telemetry rounds for B, D and
/// E, then the generator sequences. Reports medians. Nothing here is tuned to a target: the same code runs for every variant.
/// </summary>
public sealed class SizeBenchmark
{
    private readonly BenchmarkSettings _settings;
    private readonly OurComponents _ours;
    private readonly PeerAnalyzer _peer;
    private readonly TextWriter _log;

    public SizeBenchmark(BenchmarkSettings settings, OurComponents ours, PeerAnalyzer peer, TextWriter log)
    {
        _settings = settings;
        _ours = ours;
        _peer = peer;
        _log = log;
    }

    public async Task<(SizeSummary Summary, Workload Workload)> RunAsync(int lines)
    {
        var codebase = SyntheticCodebase.Generate(lines, _settings.Seed);
        var lookalike = SyntheticCodebase.Generate(lines, _settings.Seed, runtimeReferenced: false);
        var workload = new Workload(codebase, lookalike, _ours, _peer);
        _log.WriteLine($"{codebase.LineCount:N0} lines in {codebase.Files.Length:N0} files; {_settings.Warmup} warm-up and {_settings.Iterations} timed rounds of {string.Join(" ", InProcessVariants.Select(Letter))}, every other round in reverse order");

        var timedRounds = new List<IReadOnlyList<CompileRun>>();
        for (var round = 0; round < _settings.Warmup + _settings.Iterations; round++)
        {
            var runs = new List<CompileRun>();
            foreach (var variant in OrderOfRound(round))
            {
                var run = await workload.RunAsync(variant);
                EnsureCompiles(run);
                runs.Add(run);
            }

            var isWarmup = round < _settings.Warmup;
            if (!isWarmup)
            {
                timedRounds.Add(runs);
            }

            _log.WriteLine($"  round {round + 1}{(isWarmup ? " (warm-up)" : "")}: " +
                string.Join("  ", isWarmup ? ["done"] : runs.Select(r => $"{Letter(r.Variant)} {r.ElapsedMs:F0} ms")));
        }

        var telemetry = new List<TelemetryRun>();
        for (var round = 0; round < _settings.TelemetryRounds; round++)
        {
            telemetry.Add(await workload.TelemetryAsync(Variant.Ours));
            telemetry.Add(await workload.TelemetryAsync(Variant.Peer));
            telemetry.Add(await workload.TelemetryAsync(Variant.OursWithoutRuntime));
        }

        var alone = await MeasureAloneAsync(workload);
        var (generator, generatorFloor) = MeasureGenerator(workload);
        var summary = Summarize(codebase, timedRounds, telemetry, alone, generator, generatorFloor) with
        {
            Editor = await new EditorBenchmark(workload).RunAsync(_settings.Warmup, _settings.Iterations),
        };
        if (_settings.CommandLine)
        {
            var commandLine = new CommandLineBenchmark(_settings, _ours, _peer, _log);
            var build = commandLine.Prepare(codebase, lookalike);
            summary = summary with
            {
                CommandLine = commandLine.Run(build, throughServer: false, summary.Edc0006Leaks).Summary,
                CompilerServer = commandLine.Run(build, throughServer: true, summary.Edc0006Leaks).Summary,
            };
        }

        return (summary, workload);
    }

    /// <summary>
    /// The variants this process compiles, A to H. F and G split B's cost over A: what attaching any analyzer costs (F),
    /// what our analyzers' shape adds to that (C over F), what the generator's code costs (G), and the rest, our rules'
    /// own work.
    /// </summary>
    public static readonly IReadOnlyList<Variant> InProcessVariants =
    [
        Variant.Baseline, Variant.Ours, Variant.Floor, Variant.Peer, Variant.OursWithoutRuntime, Variant.AnyAnalyzer, Variant.OursGeneratorOnly,
        Variant.LogLeakRuleAlone,
    ];

    /// <summary>The in-process variants in the order round <paramref name="round"/> runs them (<see cref="RoundOrder"/>).</summary>
    public static IEnumerable<Variant> OrderOfRound(int round) => RoundOrder.Of(InProcessVariants, round);

    public static char Letter(Variant variant) => (char)('A' + (int)variant);

    private static void EnsureCompiles(CompileRun run)
    {
        if (run.CompilerErrors > 0)
        {
            throw new InvalidOperationException(
                $"The synthetic code has {run.CompilerErrors} compiler errors in variant {run.Variant}: the measurement would be of broken code.");
        }
    }

    /// <summary>
    /// EDC0006 and MA0153 each alone, interleaved, the driver's log of each: how much each rule costs by itself. In the
    /// full runs the first analyzer to touch a symbol pays for binding its attributes, and the analyzers' callbacks take
    /// turns on two cores, so a rule's share there moves with the others.
    /// </summary>
    private async Task<(List<double> Edc0006, List<double> Ma0153)> MeasureAloneAsync(Workload workload)
    {
        var logLeakAnalyzer = _ours.LogLeakAnalyzer;
        var ma0153 = OurComponents.Reporting(_peer.Analyzers, PeerAnalyzer.RuleId);
        var (edc0006Times, ma0153Times) = (new List<double>(), new List<double>());
        for (var round = 0; round < _settings.AloneTelemetryRounds; round++)
        {
            if (logLeakAnalyzer is not null)
            {
                edc0006Times.Add((await workload.AloneTelemetryAsync(logLeakAnalyzer, Variant.Ours)).TotalMilliseconds);
            }

            if (ma0153 is not null)
            {
                ma0153Times.Add((await workload.AloneTelemetryAsync(ma0153, Variant.Peer)).TotalMilliseconds);
            }
        }

        return (edc0006Times, ma0153Times);
    }

    /// <summary>
    /// Our generators' sequences, and the same sequences of <see cref="FloorGenerator"/> interleaved with them: what
    /// Roslyn charges any generator that starts from the same attributes.
    /// </summary>
    private (List<GeneratorRun> Ours, List<GeneratorRun> Floor) MeasureGenerator(Workload workload)
    {
        if (_ours.Generators.IsEmpty)
        {
            return ([], []);
        }

        ImmutableArray<ISourceGenerator> floor = [new FloorGenerator().AsSourceGenerator()];
        GeneratorTimer.Run(workload, _ours.Generators); // warm-up, thrown away
        GeneratorTimer.Run(workload, floor);
        var ours = new List<GeneratorRun>();
        var floors = new List<GeneratorRun>();
        for (var i = 0; i < _settings.GeneratorRepeats; i++)
        {
            ours.Add(GeneratorTimer.Run(workload, _ours.Generators));
            floors.Add(GeneratorTimer.Run(workload, floor));
        }

        return (ours, floors);
    }

    private SizeSummary Summarize(
        SyntheticCodebase codebase,
        List<IReadOnlyList<CompileRun>> timedRounds,
        List<TelemetryRun> telemetry,
        (List<double> Edc0006, List<double> Ma0153) alone,
        List<GeneratorRun> generator,
        List<GeneratorRun> generatorFloor)
    {
        var timed = timedRounds.SelectMany(round => round).ToList();
        double Wall(Variant v) => Median(timed.Where(r => r.Variant == v).Select(r => r.ElapsedMs));
        double Cpu(Variant v) => Median(timed.Where(r => r.Variant == v).Select(r => r.CpuMs));
        double Mb(Variant v) => Median(timed.Where(r => r.Variant == v).Select(r => r.AllocatedBytes / 1024.0 / 1024.0));
        IReadOnlyDictionary<string, double> Spread(Func<CompileRun, double> figure)
            => InProcessVariants.ToDictionary(v => v.Key(), v => SpreadPct(timed.Where(r => r.Variant == v).Select(figure)));
        double Pct(double value, double reference) => Math.Round(100.0 * (value - reference) / reference, 2);

        var notes = new List<string>();
        var oursRuns = telemetry.Where(r => r.Variant == Variant.Ours).ToList();
        var withoutRuntimeRuns = telemetry.Where(r => r.Variant == Variant.OursWithoutRuntime).ToList();
        var peerRuns = telemetry.Where(r => r.Variant == Variant.Peer).ToList();
        var logLeakAnalyzer = _ours.LogLeakAnalyzer;
        if (logLeakAnalyzer is null)
        {
            notes.Add($"No merged analyzer supports {OurComponents.LogLeakRule}: edc0006_ms, edc0006_leaks, the subset check and variant H's figures are null.");
        }

        if (_ours.Generators.IsEmpty)
        {
            notes.Add("No [Generator] in the analyzer assembly yet: the generator figures are null.");
        }

        var exceptions = timed.Sum(r => r.AnalyzerExceptions) + telemetry.SelectMany(r => r.AnalyzerDiagnostics).Count(d => d.Id == "AD0001");
        if (exceptions > 0)
        {
            notes.Add($"{exceptions} analyzer exceptions (AD0001) were reported: the analyzer that threw did less work than it should.");
        }

        var peerDiagnostics = peerRuns.LastOrDefault()?.AnalyzerDiagnostics ?? [];
        var ourDiagnostics = oursRuns.LastOrDefault()?.AnalyzerDiagnostics ?? [];
        var leaks = LeakComparison.Compare(logLeakAnalyzer is null ? null : ourDiagnostics, peerDiagnostics);

        return new SizeSummary
        {
            Lines = codebase.LineCount,
            BaselineMs = Math.Round(Wall(Variant.Baseline), 1),
            OursMs = Math.Round(Wall(Variant.Ours), 1),
            FloorMs = Math.Round(Wall(Variant.Floor), 1),
            Ma0153Ms = Math.Round(Wall(Variant.Peer), 1),
            OverheadPct = Pct(Wall(Variant.Ours), Wall(Variant.Baseline)),
            CpuOverheadPct = Pct(Cpu(Variant.Ours), Cpu(Variant.Baseline)),
            CpuNoReferenceOverheadPct = Pct(Cpu(Variant.OursWithoutRuntime), Cpu(Variant.Baseline)),
            NoReferenceOverheadPct = Pct(Wall(Variant.OursWithoutRuntime), Wall(Variant.Baseline)),
            Edc0006Ms = logLeakAnalyzer is null ? null : Math.Round(Median(alone.Edc0006), 1),
            Ma0153OnlyMs = Math.Round(Median(alone.Ma0153), 1),
            Edc0006WithAllOursMs = logLeakAnalyzer is null ? null : Math.Round(AnalyzerMedian(oursRuns, [logLeakAnalyzer]), 1),
            Edc0006AloneMs = logLeakAnalyzer is null ? null : Math.Round(Wall(Variant.LogLeakRuleAlone), 1),
            CpuEdc0006AloneOverheadPct = logLeakAnalyzer is null ? null : Pct(Cpu(Variant.LogLeakRuleAlone), Cpu(Variant.Baseline)),
            CpuMa0153OverheadPct = Pct(Cpu(Variant.Peer), Cpu(Variant.Baseline)),
            CpuAnyAnalyzerOverheadPct = Pct(Cpu(Variant.AnyAnalyzer), Cpu(Variant.Baseline)),
            CpuGeneratorOnlyOverheadPct = Pct(Cpu(Variant.OursGeneratorOnly), Cpu(Variant.Baseline)),
            CpuRulesOwnPct = RulesOwnPct(Cpu(Variant.Ours), Cpu(Variant.Floor), Cpu(Variant.OursGeneratorOnly), Cpu(Variant.Baseline)),
            Edc0006ToMa0153AddedCpu = logLeakAnalyzer is null ? null : AddedRatio(Cpu(Variant.LogLeakRuleAlone), Cpu(Variant.Peer), Cpu(Variant.Baseline)),
            Ma0153InPeerRunMs = Math.Round(AnalyzerMedian(peerRuns, _peer.Analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == PeerAnalyzer.RuleId))), 1),
            AllocatedMbBaseline = Math.Round(Mb(Variant.Baseline), 1),
            AllocatedMbOurs = Math.Round(Mb(Variant.Ours), 1),
            GeneratorFirstMs = GeneratorMedian(generator, g => g.FirstMs),
            GeneratorUnrelatedEditMs = GeneratorMedian(generator, g => g.UnrelatedEditMs),
            GeneratorMemberEditMs = GeneratorMedian(generator, g => g.MemberEditMs),
            GeneratorCachedStepsPct = GeneratorMedian(generator, g => g.UnrelatedEditCachedPct),
            GeneratorMemberEditCachedStepsPct = GeneratorMedian(generator, g => g.MemberEditCachedPct),
            GeneratorAllStepsCachedPct = GeneratorMedian(generator, g => g.AllStepsUnrelatedEditCachedPct),
            GeneratorFloorFirstMs = GeneratorMedian(generatorFloor, g => g.FirstMs),
            GeneratorFloorUnrelatedEditMs = GeneratorMedian(generatorFloor, g => g.UnrelatedEditMs),
            Edc0006Leaks = leaks.Edc0006Leaks,
            Ma0153Leaks = leaks.Ma0153Leaks,
            Ma0153LeaksMissedByEdc0006 = leaks.Ma0153MissedByEdc0006,
            Ma0153SubsetOfEdc0006 = leaks.Ma0153SubsetOfEdc0006,
            PlantedLeaks = codebase.PlantedLeaks.ToDictionary(p => VariantNames.SnakeCase(p.Key.ToString()), p => p.Value),
            Files = codebase.Files.Length,
            ClassifiedEntities = codebase.EntityCount,
            OursNoReferenceMs = Math.Round(Wall(Variant.OursWithoutRuntime), 1),
            FloorOverheadPct = Pct(Wall(Variant.Floor), Wall(Variant.Baseline)),
            Ma0153OverheadPct = Pct(Wall(Variant.Peer), Wall(Variant.Baseline)),
            WallMs = InProcessVariants.ToDictionary(v => v.Key(), v => Math.Round(Wall(v), 1)),
            CpuMs = InProcessVariants.ToDictionary(v => v.Key(), v => Math.Round(Cpu(v), 1)),
            AllocatedMb = InProcessVariants.ToDictionary(v => v.Key(), v => Math.Round(Mb(v), 1)),
            WallSpreadPct = Spread(r => r.ElapsedMs),
            CpuSpreadPct = Spread(r => r.CpuMs),
            WallPairedOverheadPct = PairedOverhead.Of(timedRounds, InProcessVariants, r => r.ElapsedMs),
            CpuPairedOverheadPct = PairedOverhead.Of(timedRounds, InProcessVariants, r => r.CpuMs),
            OursNoReferenceAnalyzerMs = Math.Round(AnalyzerMedian(withoutRuntimeRuns, _ours.Analyzers), 1),
            OurAnalyzerMs = _ours.Analyzers.ToDictionary(a => a.GetType().Name, a => Math.Round(AnalyzerMedian(oursRuns, [a]), 1)),
            OurDiagnostics = ourDiagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Rounds = _settings.Iterations,
            Notes = notes,
        };
    }

    /// <summary>
    /// What <paramref name="value"/> adds to <paramref name="baseline"/> over what <paramref name="reference"/> adds, to
    /// two decimals; null when the reference adds nothing measurable (a ratio to noise).
    /// </summary>
    public static double? AddedRatio(double value, double reference, double baseline)
        => reference - baseline <= 0 ? null : Math.Round((value - baseline) / (reference - baseline), 2);

    /// <summary>
    /// What is left of <paramref name="ours"/> over <paramref name="baseline"/> once what the floor adds and what the
    /// generator adds are taken out, (B − A) − (C − A) − (G − A), in percent of A, to two decimals.
    /// </summary>
    public static double RulesOwnPct(double ours, double floor, double generatorOnly, double baseline)
        => Math.Round(100.0 * (ours - floor - generatorOnly + baseline) / baseline, 2);

    /// <summary>The median over runs of the execution time the driver logged for these analyzers together.</summary>
    private static double AnalyzerMedian(IEnumerable<TelemetryRun> runs, IEnumerable<DiagnosticAnalyzer> analyzers)
    {
        var set = analyzers.ToImmutableHashSet();
        return Median(runs.Select(r => r.AnalyzerTimes.Where(t => set.Contains(t.Key)).Sum(t => t.Value.TotalMilliseconds)));
    }

    private static double? GeneratorMedian(List<GeneratorRun> runs, Func<GeneratorRun, double> figure)
    {
        var values = runs.Select(figure).Where(v => !double.IsNaN(v)).ToList();
        return values.Count == 0 ? null : Math.Round(Median(values), 2);
    }

    /// <summary>
    /// How far the rounds of one variant lie apart: the largest minus the smallest, over the median, in percent, to one
    /// decimal; 0 for a single round. A difference between variants smaller than their spreads was not measured.
    /// </summary>
    public static double SpreadPct(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? double.NaN : Math.Round(100.0 * (list.Max() - list.Min()) / Median(list), 1);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
