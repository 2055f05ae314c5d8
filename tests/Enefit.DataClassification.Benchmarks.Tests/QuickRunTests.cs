using System.Text.Json;
using Enefit.DataClassification.Benchmarks.Components;

namespace Enefit.DataClassification.Benchmarks.Tests;

/// <summary>
/// The CI smoke test: the whole harness runs with --quick, in-process, and writes a summary with every field of the
/// issue. It asserts what the run must hold whatever the machine's speed, never a timing.
/// </summary>
public sealed class QuickRunTests : IDisposable
{
    private static readonly string[] IssueFields =
    [
        "lines", "baseline_ms", "ours_ms", "floor_ms", "ma0153_ms", "overhead_pct", "no_reference_overhead_pct", "edc0006_ms",
        "ma0153_only_ms", "allocated_mb_baseline", "allocated_mb_ours", "generator_first_ms", "generator_unrelated_edit_ms",
        "generator_member_edit_ms", "generator_cached_steps_pct",
    ];

    private static readonly string[] NeverNullTimes =
        ["baseline_ms", "ours_ms", "floor_ms", "ma0153_ms", "ma0153_only_ms", "allocated_mb_baseline", "allocated_mb_ours"];

    /// <summary>The in-process variants by their keys in summary.json, in ordinal order.</summary>
    private static readonly string[] InProcessVariantKeys =
        ["any_analyzer", "baseline", "floor", "log_leak_rule_alone", "ours", "ours_generator_only", "ours_without_runtime", "peer"];

    private readonly string _output = Path.Combine(Path.GetTempPath(), "edc-bench-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public async Task Quick_run_writes_a_summary_with_every_field_present_and_sane()
    {
        var console = new StringWriter();

        var exitCode = await BenchmarkProgram.RunAsync(["--quick", "--output", _output], console);

        Assert.True(exitCode == 0, console.ToString());
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_output, BenchmarkProgram.SummaryFileName)));
        var size = Assert.Single(summary.RootElement.GetProperty("sizes").EnumerateArray());
        foreach (var field in IssueFields)
        {
            Assert.True(size.TryGetProperty(field, out _), $"summary.json lacks {field}");
        }

        Assert.InRange(size.GetProperty("lines").GetInt32(), 20_000, 20_300);
        foreach (var field in NeverNullTimes)
        {
            Assert.True(size.GetProperty(field).GetDouble() > 0, $"{field} = {size.GetProperty(field)}");
        }

        var ours = OurComponents.Discover();
        var noLogLeakRule = OurComponents.Reporting(ours.Analyzers, "EDC0006") is null;
        AssertNullExactlyWhen(size, "edc0006_ms", noLogLeakRule);
        AssertNullExactlyWhen(size, "edc0006_leaks", noLogLeakRule);
        AssertNullExactlyWhen(size, "edc0006_alone_ms", noLogLeakRule);
        // The generator's floor explains its figures: measured exactly when there is a generator to compare it with.
        foreach (var field in IssueFields.Where(f => f.StartsWith("generator_", StringComparison.Ordinal))
            .Concat(["generator_floor_first_ms", "generator_floor_unrelated_edit_ms"]))
        {
            AssertNullExactlyWhen(size, field, ours.Generators.IsEmpty);
        }

        // The editor figures: one file analysed after each edit, in each of its variants. The process's CPU time moves
        // in clock ticks, so a short analysis may read 0 CPU milliseconds; its wall-clock time cannot.
        var editor = size.GetProperty("editor");
        foreach (var (edit, least) in new[] { ("body_edit_ms", 0.0), ("declaration_edit_ms", 0.0), ("body_edit_cpu_ms", -1.0), ("declaration_edit_cpu_ms", -1.0) })
        {
            Assert.Equal(["baseline", "ours", "peer"], editor.GetProperty(edit).EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.All(editor.GetProperty(edit).EnumerateObject(), p => Assert.True(p.Value.GetDouble() > least, $"editor.{edit}.{p.Name} = {p.Value}"));
        }

        // Each in-process variant's spread between its rounds, in wall-clock and CPU time: a share, never negative.
        foreach (var spread in new[] { "wall_spread_pct", "cpu_spread_pct" })
        {
            Assert.Equal(InProcessVariantKeys, size.GetProperty(spread).EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.All(size.GetProperty(spread).EnumerateObject(), p => Assert.True(p.Value.GetDouble() >= 0, $"{spread}.{p.Name} = {p.Value}"));
        }

        Assert.Contains("spread between rounds", console.ToString(), StringComparison.Ordinal);

        // Each variant but A over the A of its own round, summed up as median, lowest and highest.
        foreach (var paired in new[] { "wall_paired_overhead_pct", "cpu_paired_overhead_pct" })
        {
            Assert.Equal(InProcessVariantKeys.Where(key => key != "baseline"), size.GetProperty(paired).EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.All(size.GetProperty(paired).EnumerateObject(), p =>
            {
                var (low, median, high) = (p.Value.GetProperty("lowest_pct").GetDouble(), p.Value.GetProperty("median_pct").GetDouble(), p.Value.GetProperty("highest_pct").GetDouble());
                Assert.True(low <= median && median <= high, $"{paired}.{p.Name} = {p.Value}");
            });
        }

        Assert.Contains("CPU over A round by round", console.ToString(), StringComparison.Ordinal);

        // B taken apart: the rules' own share is what is left of B over A once the floor (C) and the generator (G) are out.
        var cpu = size.GetProperty("cpu_ms");
        Assert.Equal(InProcessVariantKeys, cpu.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(InProcessVariantKeys, size.GetProperty("wall_ms").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        double Cpu(string variant) => cpu.GetProperty(variant).GetDouble();
        var rulesOwn = 100 * (Cpu("ours") - Cpu("floor") - Cpu("ours_generator_only") + Cpu("baseline")) / Cpu("baseline");
        Assert.InRange(size.GetProperty("cpu_rules_own_pct").GetDouble(), rulesOwn - 0.1, rulesOwn + 0.1);
        var anyAnalyzer = 100 * (Cpu("any_analyzer") - Cpu("baseline")) / Cpu("baseline");
        Assert.InRange(size.GetProperty("cpu_any_analyzer_overhead_pct").GetDouble(), anyAnalyzer - 0.1, anyAnalyzer + 0.1);
        Assert.Contains("F any analyzer (registers nothing)", console.ToString(), StringComparison.Ordinal);
        Assert.Contains("G our generator alone (no rules)", console.ToString(), StringComparison.Ordinal);
        Assert.Contains("B's CPU over A, taken apart", console.ToString(), StringComparison.Ordinal);

        // MA0153 reports a classified member passed straight to a log: exactly the direct leaks the synthetic code plants.
        Assert.Equal(size.GetProperty("planted_leaks").GetProperty("direct").GetInt32(), size.GetProperty("ma0153_leaks").GetInt32());
        Assert.Contains("A baseline (no analyzers)", console.ToString(), StringComparison.Ordinal);
        Assert.Contains("H EDC0006 alone (no generator)", console.ToString(), StringComparison.Ordinal);
        Assert.Contains("targets of issue 7", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_command_line_prints_the_usage_and_measures_nothing()
    {
        var console = new StringWriter();

        var exitCode = await BenchmarkProgram.RunAsync(["--lines", "many", "--output", _output], console);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("--lines needs a whole number, not 'many'.", console.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));
    }

    private static void AssertNullExactlyWhen(JsonElement size, string field, bool absent)
    {
        var value = size.GetProperty(field);
        if (absent)
        {
            Assert.Equal(JsonValueKind.Null, value.ValueKind);
        }
        else
        {
            Assert.Equal(JsonValueKind.Number, value.ValueKind);
            Assert.True(value.GetDouble() >= 0, $"{field} = {value}");
        }
    }
}
