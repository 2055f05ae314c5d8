namespace Enefit.DataClassification.Benchmarks.Measurement;

/// <summary>
/// The ways the same codebase is compiled: A to H in process, interleaved A B C D E F G H in every round; through
/// the command-line compiler A B D E F G.
/// </summary>
public enum Variant
{
    /// <summary>A: parse, bind (GetDiagnostics) and emit, no analyzers.</summary>
    Baseline,

    /// <summary>B: the same plus our generators and all our analyzers.</summary>
    Ours,

    /// <summary>C: the same plus do-nothing analyzers of the shape of ours.</summary>
    Floor,

    /// <summary>D: the same plus Meziantou.Analyzer with only MA0153 enabled.</summary>
    Peer,

    /// <summary>E: ours, on the same code compiled without the runtime library (against look-alike types).</summary>
    OursWithoutRuntime,

    /// <summary>
    /// F: an analyzer that registers nothing but an empty compilation start action: what attaching any analyzer costs a
    /// build, in process the cost of <c>CompilationWithAnalyzers</c> itself.
    /// </summary>
    AnyAnalyzer,

    /// <summary>
    /// G: ours with every rule of ours turned off: the generator and the code it writes (on the command line our
    /// analyzers stay attached with their rules off, which the compiler then leaves out; in process none is attached).
    /// </summary>
    OursGeneratorOnly,

    /// <summary>
    /// H (in process): A plus the analyzer that reports EDC0006, alone, no generator: what our log-leak rule adds to a
    /// build, beside D, what MA0153 adds. The driver's telemetry cannot compare the two: MA0153 registers operation
    /// actions, so the driver binds every body outside its callbacks, while EDC0006 binds the bodies it needs inside its
    /// own (benchmarks/README.md).
    /// </summary>
    LogLeakRuleAlone,
}

/// <summary>Names of variants in summary.json.</summary>
public static class VariantNames
{
    /// <summary>The variant in snake case: <c>OursWithoutRuntime</c> is <c>ours_without_runtime</c>.</summary>
    public static string Key(this Variant variant) => SnakeCase(variant.ToString());

    public static string SnakeCase(string name)
        => string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
