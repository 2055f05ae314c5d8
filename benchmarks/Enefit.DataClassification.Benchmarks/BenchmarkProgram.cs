using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Enefit.DataClassification.Benchmarks.Components;
using Enefit.DataClassification.Benchmarks.Measurement;
using Enefit.DataClassification.Benchmarks.Report;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Benchmarks;

/// <summary>The entry point, callable in-process (the smoke test does) with its own output writer.</summary>
public static class BenchmarkProgram
{
    public const string SummaryFileName = "summary.json";

    /// <returns>0 when the benchmark ran and wrote its summary, 2 on a bad command line.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        BenchmarkSettings settings;
        try
        {
            settings = BenchmarkSettings.Parse(args);
        }
        catch (ArgumentException e)
        {
            output.WriteLine(e.Message);
            output.WriteLine(BenchmarkSettings.Usage);
            return 2;
        }

        var ours = OurComponents.Discover();
        var peer = PeerAnalyzer.Load();
        var machine = Machine();
        output.WriteLine($"Enefit.DataClassification benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {string.Join(", ", machine.Select(m => $"{m.Key} {m.Value}"))}");
        output.WriteLine($"ours: {ours.Analyzers.Length} analyzers ({string.Join(", ", ours.Analyzers.Select(Describe))}), " +
            $"{ours.Generators.Length} generators ({string.Join(", ", ours.GeneratorNames)})");
        output.WriteLine($"peer: {peer.Path} ({peer.Analyzers.Length} analyzers, all rules but {PeerAnalyzer.RuleId} suppressed)");

        var sizes = new List<SizeSummary>();
        var shapes = ImmutableDictionary<string, string>.Empty;
        var file = "";
        foreach (var lines in settings.Sizes)
        {
            output.WriteLine();
            var (summary, workload) = await new SizeBenchmark(settings, ours, peer, output).RunAsync(lines);
            shapes = workload.Shapes.ToImmutableDictionary(s => s.Key.GetType().Name, s => string.Join("; ", s.Value));
            ConsoleReport.WriteSize(output, summary);
            sizes.Add(summary);

            // Written after every size, so that a long run stopped part-way still leaves the sizes it finished.
            file = Write(settings, new BenchmarkSummary
            {
                DateUtc = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                Command = string.Join(" ", args),
                Machine = machine,
                Roslyn = typeof(Compilation).Assembly.GetName().Version!.ToString(),
                OurAnalyzers = shapes,
                OurGenerators = ours.GeneratorNames,
                PeerAnalyzer = peer.Path,
                WarmupRounds = settings.Warmup,
                Sizes = sizes.ToList(),
            });
        }

        ConsoleReport.WriteTargets(output, sizes);
        output.WriteLine();
        output.WriteLine($"wrote {file}");
        return 0;
    }

    private static string Describe(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer analyzer)
        => analyzer.GetType().Name + " " + string.Join("/", analyzer.SupportedDiagnostics.Select(d => d.Id));

    private static string Write(BenchmarkSettings settings, BenchmarkSummary summary)
    {
        Directory.CreateDirectory(settings.OutputDirectory);
        var file = Path.Combine(settings.OutputDirectory, SummaryFileName);
        File.WriteAllText(file, JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return file;
    }

    /// <summary>
    /// Whether this process's JIT compiles in tiers (see the project file): from <c>DOTNET_TieredCompilation</c>, or its
    /// older spelling <c>COMPlus_TieredCompilation</c>, which the runtime lets override the project's setting (the first
    /// where both are set), else from the setting.
    /// </summary>
    private static string TieredCompilation()
    {
        foreach (var prefix in new[] { "DOTNET_", "COMPlus_" })
        {
            if (Environment.GetEnvironmentVariable(prefix + "TieredCompilation") is { Length: > 0 } variable)
            {
                return variable == "0" ? "off" : "on";
            }
        }

        return AppContext.TryGetSwitch("System.Runtime.TieredCompilation", out var enabled) && !enabled ? "off" : "on";
    }

    /// <summary>What the figures were measured on, with the load average: other work on the machine slows every variant.</summary>
    private static ImmutableDictionary<string, string> Machine()
    {
        var machine = ImmutableDictionary.CreateBuilder<string, string>();
        machine["cores"] = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        machine["memory_gb"] = (GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024)).ToString("F0", CultureInfo.InvariantCulture);
        machine["os"] = RuntimeInformation.OSDescription;
        machine["runtime"] = RuntimeInformation.FrameworkDescription;
        machine["tiered_compilation"] = TieredCompilation();
        if (File.Exists("/proc/cpuinfo"))
        {
            var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (model is not null)
            {
                machine["cpu"] = model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
        }

        if (File.Exists("/proc/loadavg"))
        {
            machine["load_average_at_start"] = string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }

        return machine.ToImmutable();
    }
}
