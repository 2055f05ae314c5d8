using System.Text.Json.Serialization;

namespace Enefit.DataClassification.Benchmarks.Report;

/// <summary>
/// What analysing one file after an edit costs, as the IDE does after a keystroke (<c>EditorBenchmark</c>): medians
/// in milliseconds per variant (<c>baseline</c>, <c>ours</c>, <c>peer</c>), of this process's CPU time and of wall-clock time.
/// </summary>
public sealed record EditorSummary
{
    [JsonPropertyName("body_edit_cpu_ms")] public IReadOnlyDictionary<string, double> BodyEditCpuMs { get; init; } = new Dictionary<string, double>();
    [JsonPropertyName("declaration_edit_cpu_ms")] public IReadOnlyDictionary<string, double> DeclarationEditCpuMs { get; init; } = new Dictionary<string, double>();
    [JsonPropertyName("body_edit_ms")] public IReadOnlyDictionary<string, double> BodyEditMs { get; init; } = new Dictionary<string, double>();
    [JsonPropertyName("declaration_edit_ms")] public IReadOnlyDictionary<string, double> DeclarationEditMs { get; init; } = new Dictionary<string, double>();
    [JsonPropertyName("rounds")] public int Rounds { get; init; }
}
