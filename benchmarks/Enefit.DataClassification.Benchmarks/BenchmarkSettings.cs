using System.Globalization;

namespace Enefit.DataClassification.Benchmarks;

/// <summary>The command line: what to measure, how often, where to write.</summary>
public sealed record BenchmarkSettings
{
    public const string Usage = """
        Enefit.DataClassification.Benchmarks [--lines N | --scaling | --quick] [--iterations N] [--warmup N] [--seed N] [--output DIR] [--command-line]
          --lines N       one synthetic codebase of about N lines (default 200000)
          --scaling       20,000, 100,000 and 200,000 lines in one run
          --quick         20,000 lines, 1 warm-up round and 2 measured rounds: the CI smoke test (asserts no timing)
          --iterations N  measured rounds per size (default 5); every round runs the in-process variants A to H
          --warmup N      rounds run and thrown away first (default 1; through the compiler server at least 3, since
                          its code goes on getting faster over its first builds)
          --seed N        seed of the synthetic codebase (default 20261125)
          --output DIR    where summary.json goes (default artifacts/benchmarks under the repository root)
          --command-line  also build each size with the SDK's csc.dll (variants A B D E F G) after the in-process rounds,
                          with as many rounds: each build in a compiler process of its own, then all through one
                          compiler server kept warm, as dotnet build builds; the inputs go to DIR/command-line/<lines>
        """;

    public IReadOnlyList<int> Sizes { get; init; } = [200_000];

    public int Iterations { get; init; } = 5;

    public int Warmup { get; init; } = 1;

    /// <summary>
    /// Warm-up rounds through the compiler server: at least 3, as a server's builds went on getting faster over its
    /// first rounds (tiered JIT; at 100,000 lines A took 2.6, 2.3, 2.0, 2.0 s after one warm-up round) while a
    /// compiler process of its own starts cold every time.
    /// </summary>
    public int ServerWarmup { get; init; } = MinimumServerWarmup;

    public const int MinimumServerWarmup = 3;

    /// <summary>Rounds with the driver's execution-time log on, apart from the timed rounds.</summary>
    public int TelemetryRounds { get; init; } = 3;

    /// <summary>Rounds in which EDC0006 and MA0153 each run alone, single-threaded, interleaved: <c>edc0006_ms</c>, <c>ma0153_only_ms</c>.</summary>
    public int AloneTelemetryRounds { get; init; } = 5;

    /// <summary>Sequences of generator runs (first, unrelated edit, member edit), after one thrown away.</summary>
    public int GeneratorRepeats { get; init; } = 5;

    public int Seed { get; init; } = Synthetic.SyntheticCodebase.DefaultSeed;

    public string OutputDirectory { get; init; } = DefaultOutputDirectory();

    /// <summary>Whether to measure each size through the SDK's command-line compiler too (<c>--command-line</c>).</summary>
    public bool CommandLine { get; init; }

    /// <summary>Reads the command line; throws <see cref="ArgumentException"/> with the reason on a bad one.</summary>
    public static BenchmarkSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new BenchmarkSettings();
        int? iterations = null, warmup = null, givenWarmup = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--lines": settings = settings with { Sizes = [Positive(args, ref i)] }; break;
                case "--scaling": settings = settings with { Sizes = [20_000, 100_000, 200_000] }; break;
                case "--quick":
                    settings = settings with { Sizes = [20_000], TelemetryRounds = 1, AloneTelemetryRounds = 1, GeneratorRepeats = 2, ServerWarmup = 1 };
                    iterations ??= 2;
                    warmup ??= 1;
                    break;
                case "--iterations": iterations = Positive(args, ref i); break;
                case "--warmup": warmup = givenWarmup = NonNegative(args, ref i); break;
                case "--seed": settings = settings with { Seed = NonNegative(args, ref i) }; break;
                case "--output": settings = settings with { OutputDirectory = Path.GetFullPath(Value(args, ref i)) }; break;
                case "--command-line": settings = settings with { CommandLine = true }; break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }

        return settings with
        {
            Iterations = iterations ?? settings.Iterations,
            Warmup = warmup ?? settings.Warmup,
            ServerWarmup = givenWarmup is { } rounds ? Math.Max(rounds, MinimumServerWarmup) : settings.ServerWarmup,
        };
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
        => ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static int NonNegative(IReadOnlyList<string> args, ref int i)
    {
        var name = args[i];
        return int.TryParse(Value(args, ref i), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArgumentException($"{name} needs a whole number, not '{args[i]}'.");
    }

    private static int Positive(IReadOnlyList<string> args, ref int i)
    {
        var name = args[i];
        var n = NonNegative(args, ref i);
        return n > 0 ? n : throw new ArgumentException($"{name} needs a number above 0.");
    }

    /// <summary>artifacts/benchmarks under the nearest folder holding the solution, else under the current folder.</summary>
    private static string DefaultOutputDirectory()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Enefit.DataClassification.sln")))
            {
                return Path.Combine(dir.FullName, "artifacts", "benchmarks");
            }
        }

        return Path.Combine(Environment.CurrentDirectory, "artifacts", "benchmarks");
    }
}
