using System.Text.Json.Serialization;

namespace Enefit.DataClassification.Benchmarks.Report;

/// <summary>
/// The figures of one size, under the field names of the issue (first block), then the leak counts the issue asks to
/// be counted, then figures that explain them. Times are medians in milliseconds of wall-clock time; null where a
/// figure cannot be had (no merged analyzer reports EDC0006, no generator merged yet): see <see cref="Notes"/>.
/// </summary>
public sealed record SizeSummary
{
    [JsonPropertyName("lines")] public int Lines { get; init; }
    [JsonPropertyName("baseline_ms")] public double BaselineMs { get; init; }
    [JsonPropertyName("ours_ms")] public double OursMs { get; init; }
    [JsonPropertyName("floor_ms")] public double FloorMs { get; init; }
    [JsonPropertyName("ma0153_ms")] public double Ma0153Ms { get; init; }
    [JsonPropertyName("overhead_pct")] public double OverheadPct { get; init; }
    [JsonPropertyName("no_reference_overhead_pct")] public double NoReferenceOverheadPct { get; init; }
    [JsonPropertyName("edc0006_ms")] public double? Edc0006Ms { get; init; }
    [JsonPropertyName("ma0153_only_ms")] public double Ma0153OnlyMs { get; init; }
    [JsonPropertyName("allocated_mb_baseline")] public double AllocatedMbBaseline { get; init; }
    [JsonPropertyName("allocated_mb_ours")] public double AllocatedMbOurs { get; init; }
    [JsonPropertyName("generator_first_ms")] public double? GeneratorFirstMs { get; init; }
    [JsonPropertyName("generator_unrelated_edit_ms")] public double? GeneratorUnrelatedEditMs { get; init; }
    [JsonPropertyName("generator_member_edit_ms")] public double? GeneratorMemberEditMs { get; init; }
    [JsonPropertyName("generator_cached_steps_pct")] public double? GeneratorCachedStepsPct { get; init; }

    [JsonPropertyName("edc0006_leaks")] public int? Edc0006Leaks { get; init; }
    [JsonPropertyName("ma0153_leaks")] public int Ma0153Leaks { get; init; }
    [JsonPropertyName("ma0153_leaks_missed_by_edc0006")] public int? Ma0153LeaksMissedByEdc0006 { get; init; }
    [JsonPropertyName("ma0153_subset_of_edc0006")] public bool? Ma0153SubsetOfEdc0006 { get; init; }
    [JsonPropertyName("planted_leaks")] public IReadOnlyDictionary<string, int> PlantedLeaks { get; init; } = new Dictionary<string, int>();

    [JsonPropertyName("files")] public int Files { get; init; }
    [JsonPropertyName("classified_entities")] public int ClassifiedEntities { get; init; }
    [JsonPropertyName("ours_no_reference_ms")] public double OursNoReferenceMs { get; init; }
    [JsonPropertyName("ours_no_reference_analyzer_ms")] public double OursNoReferenceAnalyzerMs { get; init; }
    [JsonPropertyName("floor_overhead_pct")] public double FloorOverheadPct { get; init; }
    [JsonPropertyName("ma0153_overhead_pct")] public double Ma0153OverheadPct { get; init; }
    [JsonPropertyName("cpu_overhead_pct")] public double CpuOverheadPct { get; init; }
    [JsonPropertyName("cpu_no_reference_overhead_pct")] public double CpuNoReferenceOverheadPct { get; init; }
    [JsonPropertyName("wall_ms")] public IReadOnlyDictionary<string, double> WallMs { get; init; } = new Dictionary<string, double>();
    [JsonPropertyName("cpu_ms")] public IReadOnlyDictionary<string, double> CpuMs { get; init; } = new Dictionary<string, double>();
    [JsonPropertyName("allocated_mb")] public IReadOnlyDictionary<string, double> AllocatedMb { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// Per variant, how far its timed rounds lie apart: (largest − smallest) / median, in percent, of the wall-clock and
    /// of the CPU time. A difference between two variants smaller than their spreads is within what the machine's load moved.
    /// </summary>
    [JsonPropertyName("wall_spread_pct")] public IReadOnlyDictionary<string, double> WallSpreadPct { get; init; } = new Dictionary<string, double>();

    [JsonPropertyName("cpu_spread_pct")] public IReadOnlyDictionary<string, double> CpuSpreadPct { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// Per variant but A, its wall-clock time over A's of the same round, round by round: median, lowest and highest
    /// (<see cref="PairedOverhead"/>). Less moved by the machine's load than the ratio of medians in <c>overhead_pct</c>.
    /// </summary>
    [JsonPropertyName("wall_paired_overhead_pct")] public IReadOnlyDictionary<string, PairedOverhead> WallPairedOverheadPct { get; init; } = new Dictionary<string, PairedOverhead>();

    /// <summary>The same in CPU time (<see cref="PairedOverhead"/>).</summary>
    [JsonPropertyName("cpu_paired_overhead_pct")] public IReadOnlyDictionary<string, PairedOverhead> CpuPairedOverheadPct { get; init; } = new Dictionary<string, PairedOverhead>();
    [JsonPropertyName("our_analyzer_ms")] public IReadOnlyDictionary<string, double> OurAnalyzerMs { get; init; } = new Dictionary<string, double>();
    [JsonPropertyName("our_diagnostics")] public IReadOnlyDictionary<string, int> OurDiagnostics { get; init; } = new Dictionary<string, int>();
    [JsonPropertyName("generator_member_edit_cached_steps_pct")] public double? GeneratorMemberEditCachedStepsPct { get; init; }
    [JsonPropertyName("generator_cached_steps_pct_with_roslyn_steps")] public double? GeneratorAllStepsCachedPct { get; init; }
    [JsonPropertyName("edc0006_with_all_ours_ms")] public double? Edc0006WithAllOursMs { get; init; }

    /// <summary>Variant H: the build with the EDC0006 analyzer alone (wall-clock median), beside <see cref="Ma0153Ms"/>.</summary>
    [JsonPropertyName("edc0006_alone_ms")] public double? Edc0006AloneMs { get; init; }

    /// <summary>CPU time of variant H over A, in percent: what EDC0006 by itself adds to a build.</summary>
    [JsonPropertyName("cpu_edc0006_alone_overhead_pct")] public double? CpuEdc0006AloneOverheadPct { get; init; }

    /// <summary>CPU time of variant D over A, in percent: what MA0153 adds to a build.</summary>
    [JsonPropertyName("cpu_ma0153_overhead_pct")] public double CpuMa0153OverheadPct { get; init; }

    /// <summary>CPU time of variant F over A, in percent: what attaching an analyzer that registers nothing costs.</summary>
    [JsonPropertyName("cpu_any_analyzer_overhead_pct")] public double CpuAnyAnalyzerOverheadPct { get; init; }

    /// <summary>CPU time of variant G over A, in percent: what our generator and the code it writes cost, no analyzer attached.</summary>
    [JsonPropertyName("cpu_generator_only_overhead_pct")] public double CpuGeneratorOnlyOverheadPct { get; init; }

    /// <summary>
    /// What is left of B's CPU time over A once the floor (C, analyzers of our shape that do nothing) and the generator
    /// (G) are taken out, (B − C − G + A) / A, in percent: our rules' own work, as far as a difference of four medians
    /// can tell it (compare it with the spreads).
    /// </summary>
    [JsonPropertyName("cpu_rules_own_pct")] public double CpuRulesOwnPct { get; init; }

    /// <summary>
    /// The CPU time EDC0006 adds to a build (H − A) over the CPU time MA0153 adds (D − A): the two rules' whole costs
    /// compared, where <c>edc0006_ms</c> and <c>ma0153_only_ms</c> compare the time inside their callbacks only.
    /// </summary>
    [JsonPropertyName("edc0006_to_ma0153_added_cpu")] public double? Edc0006ToMa0153AddedCpu { get; init; }

    [JsonPropertyName("ma0153_in_peer_run_ms")] public double Ma0153InPeerRunMs { get; init; }
    [JsonPropertyName("generator_floor_first_ms")] public double? GeneratorFloorFirstMs { get; init; }
    [JsonPropertyName("generator_floor_unrelated_edit_ms")] public double? GeneratorFloorUnrelatedEditMs { get; init; }
    [JsonPropertyName("rounds")] public int Rounds { get; init; }
    [JsonPropertyName("notes")] public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What analysing one file after an edit costs, as the IDE does after a keystroke.</summary>
    [JsonPropertyName("editor")] public EditorSummary? Editor { get; init; }

    /// <summary>The same code built by the SDK's csc.dll as a child process; null unless <c>--command-line</c> was given.</summary>
    [JsonPropertyName("command_line")] public CommandLineSummary? CommandLine { get; init; }

    /// <summary>
    /// The same builds through one compiler server kept warm across them, as <c>dotnet build</c> builds; null unless
    /// <c>--command-line</c> was given.
    /// </summary>
    [JsonPropertyName("compiler_server")] public CommandLineSummary? CompilerServer { get; init; }
}

/// <summary>The whole of summary.json.</summary>
public sealed record BenchmarkSummary
{
    [JsonPropertyName("date_utc")] public string DateUtc { get; init; } = "";
    [JsonPropertyName("command")] public string Command { get; init; } = "";
    [JsonPropertyName("machine")] public IReadOnlyDictionary<string, string> Machine { get; init; } = new Dictionary<string, string>();
    [JsonPropertyName("roslyn")] public string Roslyn { get; init; } = "";
    [JsonPropertyName("our_analyzers")] public IReadOnlyDictionary<string, string> OurAnalyzers { get; init; } = new Dictionary<string, string>();
    [JsonPropertyName("our_generators")] public IReadOnlyList<string> OurGenerators { get; init; } = [];
    [JsonPropertyName("peer_analyzer")] public string PeerAnalyzer { get; init; } = "";
    [JsonPropertyName("warmup_rounds")] public int WarmupRounds { get; init; }
    [JsonPropertyName("sizes")] public IReadOnlyList<SizeSummary> Sizes { get; init; } = [];
}
