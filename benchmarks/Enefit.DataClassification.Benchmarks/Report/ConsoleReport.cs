using System.Globalization;
using Enefit.DataClassification.Benchmarks.Measurement;

namespace Enefit.DataClassification.Benchmarks.Report;

/// <summary>The readable tables: one per size, then the issue's figures side by side, then the targets.</summary>
public static class ConsoleReport
{
    public static void WriteSize(TextWriter output, SizeSummary s)
    {
        output.WriteLine();
        output.WriteLine($"== {s.Lines:N0} lines, {s.Files:N0} files, {s.ClassifiedEntities:N0} classified entities; medians of {s.Rounds} rounds ==");
        output.WriteLine($"{"variant",-34}{"wall ms",10}{"vs A",9}{"cpu ms",10}{"vs A",9}{"alloc MB",10}");
        Row(output, "A baseline (no analyzers)", s.BaselineMs, null, Variant.Baseline, s);
        Row(output, "B ours (generator + analyzers)", s.OursMs, s.OverheadPct, Variant.Ours, s);
        Row(output, "C floor (do-nothing, same shape)", s.FloorMs, s.FloorOverheadPct, Variant.Floor, s);
        Row(output, "D peer (Meziantou, MA0153 only)", s.Ma0153Ms, s.Ma0153OverheadPct, Variant.Peer, s);
        Row(output, "E ours, runtime not referenced", s.OursNoReferenceMs, s.NoReferenceOverheadPct, Variant.OursWithoutRuntime, s);
        Row(output, "F any analyzer (registers nothing)", Variant.AnyAnalyzer, s);
        Row(output, "G our generator alone (no rules)", Variant.OursGeneratorOnly, s);
        if (s.Edc0006AloneMs is not null)
        {
            Row(output, "H EDC0006 alone (no generator)", Variant.LogLeakRuleAlone, s);
        }

        output.WriteLine($"CPU added to a build: EDC0006 alone (H) {Pct(s.CpuEdc0006AloneOverheadPct)}, MA0153 (D) {Pct(s.CpuMa0153OverheadPct)}; " +
            $"EDC0006's over MA0153's {Ratio(s.Edc0006ToMa0153AddedCpu)}");
        output.WriteLine($"B's CPU over A, taken apart: attaching any analyzer (F) {Signed(s.CpuAnyAnalyzerOverheadPct)}, analyzers of our shape doing nothing (C) " +
            $"{Signed(CpuOverBaseline(s, Variant.Floor))}, our generator and its code (G) {Signed(s.CpuGeneratorOnlyOverheadPct)}, what is left, our rules' own work " +
            $"(B - C - G + A) {Signed(s.CpuRulesOwnPct)}");
        output.WriteLine($"CPU over A round by round (over the same round's A; median [lowest .. highest]): {Paired(SizeBenchmark.InProcessVariants, s.CpuPairedOverheadPct)}");
        output.WriteLine($"spread between rounds ((largest - smallest) / median): wall {Spreads(SizeBenchmark.InProcessVariants, s.WallSpreadPct)}; cpu {Spreads(SizeBenchmark.InProcessVariants, s.CpuSpreadPct)}");
        output.WriteLine($"driver telemetry: alone, EDC0006 {Ms(s.Edc0006Ms)} and MA0153 {Ms(s.Ma0153OnlyMs)}; in the full runs EDC0006 {Ms(s.Edc0006WithAllOursMs)}, " +
            $"MA0153 {Ms(s.Ma0153InPeerRunMs)}, ours without the runtime {Ms(s.OursNoReferenceAnalyzerMs)}; ours by analyzer: " +
            (s.OurAnalyzerMs.Count == 0 ? "none" : string.Join(", ", s.OurAnalyzerMs.Select(a => $"{a.Key} {Ms(a.Value)}"))));
        output.WriteLine($"log leaks: planted {string.Join(", ", s.PlantedLeaks.Select(p => $"{p.Key} {p.Value}"))}; " +
            $"MA0153 reports {s.Ma0153Leaks}, EDC0006 reports {Count(s.Edc0006Leaks)}, MA0153's set inside EDC0006's: {YesNo(s.Ma0153SubsetOfEdc0006)}" +
            (s.Ma0153LeaksMissedByEdc0006 is > 0 ? $" ({s.Ma0153LeaksMissedByEdc0006} missed)" : ""));
        output.WriteLine($"our diagnostics: {(s.OurDiagnostics.Count == 0 ? "none" : string.Join(", ", s.OurDiagnostics.Select(d => $"{d.Key} {d.Value}")))}");
        output.WriteLine($"generator: first {Ms(s.GeneratorFirstMs)}, unrelated edit {Ms(s.GeneratorUnrelatedEditMs)} ({Pct(s.GeneratorCachedStepsPct)} of tracked step outputs cached), " +
            $"classified-member edit {Ms(s.GeneratorMemberEditMs)} ({Pct(s.GeneratorMemberEditCachedStepsPct)} cached); " +
            $"its floor (ForAttributeWithMetadataName alone): first {Ms(s.GeneratorFloorFirstMs)}, unrelated edit {Ms(s.GeneratorFloorUnrelatedEditMs)}");
        if (s.Editor is { } editor)
        {
            output.WriteLine($"editor, one file analysed after an edit (CPU ms): inside a body A {Ms(editor.BodyEditCpuMs, Variant.Baseline)}, " +
                $"B {Ms(editor.BodyEditCpuMs, Variant.Ours)}, D {Ms(editor.BodyEditCpuMs, Variant.Peer)}; to a classified member's attribute " +
                $"A {Ms(editor.DeclarationEditCpuMs, Variant.Baseline)}, B {Ms(editor.DeclarationEditCpuMs, Variant.Ours)}, D {Ms(editor.DeclarationEditCpuMs, Variant.Peer)}");
        }

        foreach (var note in s.Notes)
        {
            output.WriteLine("note: " + note);
        }

        if (s.CommandLine is { } commandLine)
        {
            CommandLineReport.Write(output, commandLine);
        }

        if (s.CompilerServer is { } server)
        {
            CommandLineReport.Write(output, server);
        }
    }

    public static void WriteTargets(TextWriter output, IReadOnlyList<SizeSummary> sizes)
    {
        output.WriteLine();
        output.WriteLine($"{"lines",9}{"base ms",10}{"ours ms",10}{"floor ms",10}{"MA0153 ms",11}{"ovh %",8}{"noref %",9}{"EDC0006",9}{"MA0153",8}{"gen 1st",9}{"gen edit",10}{"cached %",10}");
        foreach (var s in sizes)
        {
            output.WriteLine($"{s.Lines,9:N0}{s.BaselineMs,10:F0}{s.OursMs,10:F0}{s.FloorMs,10:F0}{s.Ma0153Ms,11:F0}{s.OverheadPct,8:F1}{s.NoReferenceOverheadPct,9:F2}" +
                $"{Num(s.Edc0006Ms),9}{s.Ma0153OnlyMs,8:F0}{Num(s.GeneratorFirstMs),9}{Num(s.GeneratorUnrelatedEditMs),10}{Pct(s.GeneratorCachedStepsPct),10}");
        }

        var largest = sizes.MaxBy(s => s.Lines)!;
        var smallest = sizes.MinBy(s => s.Lines)!;
        output.WriteLine();
        output.WriteLine("targets of issue 7 (reported, not asserted; timings on a shared machine are noisy):");
        Target(output, $"overhead_pct <= 5 at {largest.Lines:N0} lines", largest.OverheadPct <= 5,
            $"{largest.OverheadPct:F1} % wall ({largest.CpuOverheadPct:F1} % in CPU time; round by round {OursPairedText(largest)} CPU; " +
            $"the floor alone {largest.FloorOverheadPct:F1} % wall)" +
            BuildOverheads("through csc", largest.CommandLine) + BuildOverheads("through a warm compiler server", largest.CompilerServer));
        if (sizes.Count > 1)
        {
            Target(output, "overhead no worse at the largest size than at the smallest", largest.OverheadPct <= smallest.OverheadPct,
                $"{smallest.OverheadPct:F1} % -> {largest.OverheadPct:F1} %; CPU round by round {OursPairedText(smallest)} -> {OursPairedText(largest)}" +
                Growth(smallest, largest));
        }

        Target(output, "no_reference_overhead_pct <= 0.5", largest.NoReferenceOverheadPct <= 0.5,
            $"{largest.NoReferenceOverheadPct:F2} % wall ({largest.CpuNoReferenceOverheadPct:F2} % in CPU time)" +
            BuildNoReference("through csc", largest.CommandLine) + BuildNoReference("through a warm compiler server", largest.CompilerServer));
        Target(output, "edc0006_ms <= 1.5 x ma0153_only_ms", largest.Edc0006Ms is { } e ? e <= 1.5 * largest.Ma0153OnlyMs : null,
            $"{Ms(largest.Edc0006Ms)} vs {Ms(largest.Ma0153OnlyMs)} inside their callbacks; the CPU each adds to a build, EDC0006's over MA0153's: {Ratio(largest.Edc0006ToMa0153AddedCpu)}");
        Target(output, "EDC0006 reports every leak MA0153 reports", largest.Ma0153SubsetOfEdc0006, $"{Count(largest.Ma0153LeaksMissedByEdc0006)} missed");
        Target(output, "generator_unrelated_edit_ms < 1 % of generator_first_ms",
            largest is { GeneratorUnrelatedEditMs: { } u, GeneratorFirstMs: { } f } ? u < f / 100 : null,
            $"{Ms(largest.GeneratorUnrelatedEditMs)} vs {Ms(largest.GeneratorFirstMs)}; any generator of this shape pays {Ms(largest.GeneratorFloorUnrelatedEditMs)}");
        Target(output, "every tracked step cached on an unrelated edit",
            largest.GeneratorCachedStepsPct is { } c ? c >= 100 : null, Pct(largest.GeneratorCachedStepsPct));
    }

    /// <summary>Each of <paramref name="variants"/> that has one by its letter with its round-by-round share over A, for the in-process and the csc tables.</summary>
    internal static string Paired(IEnumerable<Variant> variants, IReadOnlyDictionary<string, PairedOverhead> byVariant) => string.Join(
        ", ", variants.Where(v => byVariant.ContainsKey(v.Key())).Select(v => $"{SizeBenchmark.Letter(v)} {Paired(byVariant[v.Key()])}"));

    private static string Paired(PairedOverhead paired)
        => $"{Signed(paired.MedianPct)} [{Signed(paired.LowestPct)} .. {Signed(paired.HighestPct)}]";

    /// <summary>B's round-by-round CPU share over A at one size, or null where it was not measured.</summary>
    private static PairedOverhead? OursPaired(SizeSummary s) => OursIn(s.CpuPairedOverheadPct);

    /// <summary>B's entry among round-by-round shares, or null where there is none (a build whose CPU time could not be read).</summary>
    private static PairedOverhead? OursIn(IReadOnlyDictionary<string, PairedOverhead>? byVariant) => byVariant?.GetValueOrDefault(Variant.Ours.Key());

    private static string OursPairedText(SizeSummary s) => OursPaired(s) is { } paired ? Paired(paired) : "n/a";

    /// <summary>Whether the two sizes' round-by-round ranges of B's CPU share tell their overheads apart.</summary>
    private static string Growth(SizeSummary smallest, SizeSummary largest) => (OursPaired(smallest), OursPaired(largest)) switch
    {
        ({ } small, { } large) => small.IsApartFrom(large) ? " (the ranges are apart)" : " (the ranges overlap: the rounds cannot tell the two apart)",
        _ => "",
    };

    /// <summary>
    /// The overhead target's figures from the builds of one way of building (<paramref name="how"/>), or nothing without
    /// them: the ratios of medians, and B's share round by round beside its own, as the in-process figure has it.
    /// </summary>
    private static string BuildOverheads(string how, CommandLineSummary? build) => build is null
        ? ""
        : $"; {how} {PctOrNa(build.CpuOverheadPct)} CPU{RoundByRound(OursIn(build.CpuPairedOverheadPct))}, MA0153 {PctOrNa(build.CpuMa0153OverheadPct)}, any analyzer " +
          $"{PctOrNa(build.CpuAnyAnalyzerOverheadPct)}, our generator alone {PctOrNa(build.CpuGeneratorOnlyOverheadPct)}";

    private static string RoundByRound(PairedOverhead? paired) => paired is null ? "" : $" (round by round {Paired(paired)})";

    /// <summary>The no-reference target's figures from the builds of one way of building, or nothing without them.</summary>
    private static string BuildNoReference(string how, CommandLineSummary? build) => build is null
        ? ""
        : $"; {how} {PctOrNa(build.CpuNoReferenceOverheadPct)} CPU, where an analyzer that registers nothing costs {PctOrNa(build.CpuAnyAnalyzerOverheadPct)}";

    /// <summary>Each of <paramref name="variants"/> by its letter with its spread between rounds, for the in-process and the csc tables.</summary>
    internal static string Spreads(IEnumerable<Variant> variants, IReadOnlyDictionary<string, double> spreads) => string.Join(
        " ", variants.Select(v => $"{SizeBenchmark.Letter(v)} {spreads.GetValueOrDefault(v.Key()).ToString("0.0", CultureInfo.InvariantCulture)} %"));

    private static void Row(TextWriter output, string name, double wall, double? pct, Variant variant, SizeSummary s)
    {
        var key = variant.Key();
        var cpu = s.CpuMs.GetValueOrDefault(key);
        var cpuVsA = variant == Variant.Baseline ? "" : Signed(CpuOverBaseline(s, variant));
        output.WriteLine($"{name,-34}{wall,10:F0}{(pct is null ? "" : Signed(pct.Value)),9}{cpu,10:F0}{cpuVsA,9}{s.AllocatedMb.GetValueOrDefault(key),10:F0}");
    }

    /// <summary>A row from the per-variant figures alone, for the variants that have no field of their own.</summary>
    private static void Row(TextWriter output, string name, Variant variant, SizeSummary s)
    {
        var wall = s.WallMs.GetValueOrDefault(variant.Key());
        var baselineWall = s.WallMs.GetValueOrDefault(Variant.Baseline.Key());
        Row(output, name, wall, 100 * (wall - baselineWall) / baselineWall, variant, s);
    }

    private static double CpuOverBaseline(SizeSummary s, Variant variant)
    {
        var baselineCpu = s.CpuMs.GetValueOrDefault(Variant.Baseline.Key());
        return 100 * (s.CpuMs.GetValueOrDefault(variant.Key()) - baselineCpu) / baselineCpu;
    }

    private static string Signed(double pct) => pct.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %";

    private static void Target(TextWriter output, string what, bool? met, string measured)
        => output.WriteLine($"  [{(met is null ? "n/a " : met.Value ? "met " : "MISS")}] {what}: {measured}");

    private static string PctOrNa(double? pct) => pct is null ? "n/a" : Signed(pct.Value);

    private static string Ms(double? ms) => ms is null ? "n/a" : ms.Value.ToString("F1", CultureInfo.InvariantCulture) + " ms";

    private static string Ms(IReadOnlyDictionary<string, double> byVariant, Variant variant)
        => Ms(byVariant.TryGetValue(variant.Key(), out var ms) ? ms : null);

    private static string Num(double? ms) => ms is null ? "n/a" : ms.Value.ToString("F0", CultureInfo.InvariantCulture);

    private static string Ratio(double? ratio) => ratio is null ? "n/a" : ratio.Value.ToString("F2", CultureInfo.InvariantCulture) + " x";

    private static string Pct(double? pct) => pct is null ? "n/a" : pct.Value.ToString("F1", CultureInfo.InvariantCulture) + " %";

    private static string Count(int? n) => n is null ? "n/a" : n.Value.ToString(CultureInfo.InvariantCulture);

    private static string YesNo(bool? b) => b is null ? "n/a" : b.Value ? "yes" : "no";
}
