using System.Collections.Concurrent;
using System.Text;
using CsCheck;
using Enefit.DataClassification.Robustness.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Robustness.Tests.Fuzzing;

/// <summary>A generated case: a fixture, one to three mutations, and whether the runtime library is referenced (nine in ten).</summary>
internal sealed record MutationCase(int Fixture, MutationStep[] Steps, bool WithRuntime)
{
    public MutatedProgram Program
        => Mutations.Apply(FuzzFixtures.All[Fixture].Name, FuzzFixtures.All[Fixture].Sources, Steps, WithRuntime);
}

/// <summary>
/// Mutation fuzzing with CsCheck generators, driven by a fixed root seed so CI runs the same cases every time. Each case
/// has its own CsCheck seed, printed on failure: <c>EDC_FUZZ_REPLAY=&lt;seed&gt;</c> runs that one case again, and
/// <c>Check.Sample(MutationFuzzer.Cases, …, seed: "&lt;seed&gt;", iter: 1)</c> generates the same case.
/// </summary>
internal static class MutationFuzzer
{
    public const string ReplayVariable = "EDC_FUZZ_REPLAY";
    public const string RootSeedVariable = "EDC_FUZZ_SEED";

    public static Gen<MutationStep> Steps { get; } = Gen.Select(
        Gen.Int[0, Mutations.OperatorCount - 1], Gen.UInt, Gen.UInt, Gen.UInt,
        (op, file, place, variant) => new MutationStep(op, file, place, variant));

    public static Gen<MutationCase> Cases { get; } = Gen.Select(
        Gen.Int[0, FuzzFixtures.All.Count - 1], Steps.Array[1, 3], Gen.Int[0, 9],
        (fixture, steps, runtime) => new MutationCase(fixture, steps, WithRuntime: runtime != 0));

    /// <summary>The fixed root seed, unless <see cref="RootSeedVariable"/> names another to explore with.</summary>
    public static PCG RootSeed()
        => Environment.GetEnvironmentVariable(RootSeedVariable) is { Length: > 0 } seed ? PCG.Parse(seed) : new PCG(stream: 2026, seed: 1125);

    /// <summary>The cases to run: the one in <see cref="ReplayVariable"/>, or <paramref name="count"/> cases from <paramref name="root"/>.</summary>
    public static IReadOnlyList<(string Seed, MutationCase Case)> Generate(PCG root, int count)
    {
        if (Environment.GetEnvironmentVariable(ReplayVariable) is { Length: > 0 } replay)
        {
            return [(replay, Cases.Generate(PCG.Parse(replay), null!, out _))];
        }

        var cases = new List<(string, MutationCase)>(count);
        for (var i = 0; i < count; i++)
        {
            var pcg = new PCG(root.Next(), root.Next64());
            var seed = pcg.ToString();
            cases.Add((seed, Cases.Generate(pcg, null!, out _)));
        }

        return cases;
    }

    /// <summary>Runs every case (two at a time); returns the failures of the first few, each with its seed.</summary>
    public static IReadOnlyList<string> Run(ComponentHarness harness, IReadOnlyList<(string Seed, MutationCase Case)> cases, int maxFailures = 3)
    {
        var failures = new ConcurrentBag<(int Index, string Text)>();
        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, (i, loop) =>
        {
            var (seed, @case) = cases[i];
            if (Check(harness, @case.Program) is { } problem)
            {
                failures.Add((i, $"Case {i}, seed {seed} (replay: {ReplayVariable}={seed}):{Environment.NewLine}{problem}"));
                if (failures.Count >= maxFailures)
                {
                    loop.Stop();
                }
            }
        });
        return failures.OrderBy(f => f.Index).Select(f => f.Text).ToList();
    }

    /// <summary>
    /// The harness's verdict on one program, plus, without the runtime library, that the product says nothing (no EDC
    /// diagnostic) and generates nothing that fails to compile. Null when the program passes.
    /// </summary>
    public static string? Check(ComponentHarness harness, MutatedProgram program)
    {
        var run = harness.Run(program.Sources, HarnessOptions.Default with { WithRuntime = program.WithRuntime });
        var problems = run.Problems.ToList();
        if (!program.WithRuntime)
        {
            problems.AddRange(run.ProductDiagnostics.Select(d => $"{d.Id} reported without the runtime library: {d}"));
            problems.AddRange(ErrorsInGeneratedCode(run).Select(d => $"generated code does not compile without the runtime library: {d}"));
        }

        return problems.Count == 0 ? null : Describe(program, problems);
    }

    public static IEnumerable<Diagnostic> ErrorsInGeneratedCode(HarnessRun run)
    {
        var generated = run.GeneratedSources.Select(s => s.SyntaxTree).ToHashSet();
        return generated.Count == 0
            ? []
            : run.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is { } tree && generated.Contains(tree));
    }

    private static string Describe(MutatedProgram program, IEnumerable<string> problems)
    {
        var text = new StringBuilder().AppendLine(program.Description);
        foreach (var problem in problems)
        {
            text.AppendLine("  - " + problem);
        }

        for (var i = 0; i < program.Sources.Length; i++)
        {
            text.AppendLine($"--- file {i} ---").AppendLine(program.Sources[i]);
        }

        return text.ToString();
    }
}
