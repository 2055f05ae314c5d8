using System.Globalization;
using Enefit.DataClassification.Benchmarks.Measurement;

namespace Enefit.DataClassification.Benchmarks.Report;

/// <summary>The console lines of the command-line measurement, under the in-process table of the same size.</summary>
public static class CommandLineReport
{
    public static void Write(TextWriter output, CommandLineSummary s)
    {
        output.WriteLine(s.CompilerServer
            ? $"through a compiler server (VBCSCompiler kept warm across the builds, as dotnet build builds; CPU of client and server; medians of {s.Rounds} rounds):"
            : $"command line (csc.dll as a child process, no compiler server; medians of {s.Rounds} rounds):");
        Row(output, "A baseline (no analyzers)", s.BaselineMs, null, s.CpuBaselineMs, null);
        Row(output, "B ours (generator + analyzers)", s.OursMs, s.OverheadPct, s.CpuOursMs, s.CpuOverheadPct);
        Row(output, "D peer (Meziantou, MA0153 only)", s.Ma0153Ms, s.Ma0153OverheadPct, s.CpuMa0153Ms, s.CpuMa0153OverheadPct);
        Row(output, "E ours, runtime not referenced", s.OursNoReferenceMs, s.NoReferenceOverheadPct, s.CpuOursNoReferenceMs, s.CpuNoReferenceOverheadPct);
        Row(output, "F any analyzer (registers nothing)", s.AnyAnalyzerMs, s.AnyAnalyzerOverheadPct, s.CpuAnyAnalyzerMs, s.CpuAnyAnalyzerOverheadPct);
        Row(output, "G ours, generator only (rules off)", s.GeneratorOnlyMs, s.GeneratorOnlyOverheadPct, s.CpuGeneratorOnlyMs, s.CpuGeneratorOnlyOverheadPct);
        output.WriteLine($"{(s.CpuPairedOverheadPct is null ? "wall-clock" : "CPU")} over A round by round (over the same round's A; median [lowest .. highest]): " +
            ConsoleReport.Paired(CommandLineBenchmark.Variants, s.CpuPairedOverheadPct ?? s.WallPairedOverheadPct));
        output.WriteLine("spread between rounds ((largest - smallest) / median): " + Spreads(s));
        output.WriteLine($"{(s.CompilerServer ? "the server" : "csc")} printed EDC0006 {s.Edc0006Diagnostics} times (in process: " +
            $"{(s.Edc0006DiagnosticsInProcess is { } n ? n.ToString(CultureInfo.InvariantCulture) : "n/a")}), MA0153 {s.Ma0153Diagnostics} times");
        foreach (var note in s.Notes)
        {
            output.WriteLine("note: " + note);
        }
    }

    private static string Spreads(CommandLineSummary s)
        => $"wall {ConsoleReport.Spreads(CommandLineBenchmark.Variants, s.WallSpreadPct)}"
            + (s.CpuSpreadPct is { } cpu ? $"; cpu {ConsoleReport.Spreads(CommandLineBenchmark.Variants, cpu)}" : "");

    private static void Row(TextWriter output, string name, double wall, double? wallPct, double? cpu, double? cpuPct)
        => output.WriteLine($"{name,-34}{wall,10:F0}{Signed(wallPct),9}{(cpu is { } c ? c.ToString("F0", CultureInfo.InvariantCulture) : "n/a"),10}{Signed(cpuPct),9}");

    private static string Signed(double? pct) => pct is { } p ? p.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %" : "";
}
