using System.Text.Json.Serialization;

namespace Enefit.DataClassification.Benchmarks.Report;

/// <summary>
/// The figures of one size built by the SDK's command-line compiler (<c>--command-line</c>), in its own process or
/// through a compiler server: medians in milliseconds of the build's wall-clock and CPU time per variant, the overheads over A, and what the analyzers
/// reported through the compiler's own driver. The CPU figures are null where the child's CPU time cannot be read.
/// </summary>
public sealed record CommandLineSummary
{
    [JsonPropertyName("baseline_ms")] public double BaselineMs { get; init; }
    [JsonPropertyName("ours_ms")] public double OursMs { get; init; }
    [JsonPropertyName("ma0153_ms")] public double Ma0153Ms { get; init; }
    [JsonPropertyName("ours_no_reference_ms")] public double OursNoReferenceMs { get; init; }
    [JsonPropertyName("overhead_pct")] public double OverheadPct { get; init; }
    [JsonPropertyName("ma0153_overhead_pct")] public double Ma0153OverheadPct { get; init; }
    [JsonPropertyName("no_reference_overhead_pct")] public double NoReferenceOverheadPct { get; init; }

    /// <summary>F: an analyzer that registers nothing, what any analyzer costs; E's floor.</summary>
    [JsonPropertyName("any_analyzer_ms")] public double AnyAnalyzerMs { get; init; }

    /// <summary>G: our generator with every rule of ours off: the generator and the code it adds.</summary>
    [JsonPropertyName("generator_only_ms")] public double GeneratorOnlyMs { get; init; }

    [JsonPropertyName("any_analyzer_overhead_pct")] public double AnyAnalyzerOverheadPct { get; init; }
    [JsonPropertyName("generator_only_overhead_pct")] public double GeneratorOnlyOverheadPct { get; init; }

    [JsonPropertyName("cpu_baseline_ms")] public double? CpuBaselineMs { get; init; }
    [JsonPropertyName("cpu_ours_ms")] public double? CpuOursMs { get; init; }
    [JsonPropertyName("cpu_ma0153_ms")] public double? CpuMa0153Ms { get; init; }
    [JsonPropertyName("cpu_ours_no_reference_ms")] public double? CpuOursNoReferenceMs { get; init; }
    [JsonPropertyName("cpu_overhead_pct")] public double? CpuOverheadPct { get; init; }
    [JsonPropertyName("cpu_ma0153_overhead_pct")] public double? CpuMa0153OverheadPct { get; init; }
    [JsonPropertyName("cpu_no_reference_overhead_pct")] public double? CpuNoReferenceOverheadPct { get; init; }
    [JsonPropertyName("cpu_any_analyzer_ms")] public double? CpuAnyAnalyzerMs { get; init; }
    [JsonPropertyName("cpu_generator_only_ms")] public double? CpuGeneratorOnlyMs { get; init; }
    [JsonPropertyName("cpu_any_analyzer_overhead_pct")] public double? CpuAnyAnalyzerOverheadPct { get; init; }
    [JsonPropertyName("cpu_generator_only_overhead_pct")] public double? CpuGeneratorOnlyOverheadPct { get; init; }

    /// <summary>
    /// Per variant, how far its timed rounds lie apart: (largest − smallest) / median, in percent. A difference between
    /// two variants smaller than their spreads is within what the machine's load moved.
    /// </summary>
    [JsonPropertyName("wall_spread_pct")] public IReadOnlyDictionary<string, double> WallSpreadPct { get; init; } = new Dictionary<string, double>();

    /// <summary>The same for the CPU time; null where the child's CPU time cannot be read.</summary>
    [JsonPropertyName("cpu_spread_pct")] public IReadOnlyDictionary<string, double>? CpuSpreadPct { get; init; }

    /// <summary>Per variant but A, its wall-clock time over A's of the same round, round by round (<see cref="PairedOverhead"/>).</summary>
    [JsonPropertyName("wall_paired_overhead_pct")] public IReadOnlyDictionary<string, PairedOverhead> WallPairedOverheadPct { get; init; } = new Dictionary<string, PairedOverhead>();

    /// <summary>The same in CPU time; null where this machine cannot read a child process's CPU time, as <see cref="CpuSpreadPct"/>.</summary>
    [JsonPropertyName("cpu_paired_overhead_pct")] public IReadOnlyDictionary<string, PairedOverhead>? CpuPairedOverheadPct { get; init; }

    /// <summary>EDC0006 reports csc printed in variant B.</summary>
    [JsonPropertyName("edc0006_diagnostics")] public int Edc0006Diagnostics { get; init; }

    /// <summary>EDC0006 reports of the in-process telemetry round on the same code, to compare: null when no merged analyzer reports it.</summary>
    [JsonPropertyName("edc0006_diagnostics_in_process")] public int? Edc0006DiagnosticsInProcess { get; init; }

    /// <summary>MA0153 reports csc printed in variant D.</summary>
    [JsonPropertyName("ma0153_diagnostics")] public int Ma0153Diagnostics { get; init; }

    /// <summary>Per variant, the diagnostics csc printed in the last round, counted by ID.</summary>
    [JsonPropertyName("diagnostics")] public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Diagnostics { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, int>>();

    [JsonPropertyName("csc_path")] public string CscPath { get; init; } = "";

    /// <summary>
    /// Whether the builds went through one compiler server kept across them (the CPU figures then are the client's plus
    /// the server's), rather than each in a compiler process of its own.
    /// </summary>
    [JsonPropertyName("compiler_server")] public bool CompilerServer { get; init; }

    [JsonPropertyName("rounds")] public int Rounds { get; init; }
    [JsonPropertyName("warmup_rounds")] public int WarmupRounds { get; init; }
    [JsonPropertyName("notes")] public IReadOnlyList<string> Notes { get; init; } = [];
}
