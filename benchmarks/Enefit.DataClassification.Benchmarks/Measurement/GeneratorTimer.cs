using System.Collections.Immutable;
using System.Diagnostics;
using Enefit.DataClassification.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Enefit.DataClassification.Benchmarks.Measurement;

/// <summary>One sequence of generator runs: the first, after an unrelated edit, after a classified-member edit.</summary>
public sealed record GeneratorRun(
    double FirstMs,
    double UnrelatedEditMs,
    double MemberEditMs,
    double UnrelatedEditCachedPct,
    double MemberEditCachedPct,
    double AllStepsUnrelatedEditCachedPct);

/// <summary>
/// Times our generators as the IDE drives them: one driver kept across edits, step tracking on, each run timed with a
/// stopwatch around <c>RunGenerators</c>. "Cached" counts every output of every tracked step whose run reason is
/// Cached or Unchanged, over all outputs of those steps. The main figure counts the generator's own steps and its
/// outputs; the steps Roslyn itself tracks (<see cref="IsRoslynStep"/>) change on any edit whatever the generator
/// does, so they are counted only in <see cref="GeneratorRun.AllStepsUnrelatedEditCachedPct"/>.
/// </summary>
public static class GeneratorTimer
{
    public static GeneratorRun Run(Workload workload, ImmutableArray<ISourceGenerator> generators)
    {
        var codebase = workload.Codebase;
        var compilation = workload.CreateCompilation(Workload.Parse(codebase));
        var driver = TrackingDriver(generators);

        var first = Time(ref driver, compilation);
        var afterUnrelated = codebase.UnrelatedEdit.ApplyTo(compilation);
        var unrelated = Time(ref driver, afterUnrelated);
        var unrelatedCached = CachedShare(driver, ownStepsOnly: true);
        var allUnrelatedCached = CachedShare(driver, ownStepsOnly: false);
        var afterMember = codebase.ClassifiedMemberEdit.ApplyTo(afterUnrelated);
        var member = Time(ref driver, afterMember);
        var memberCached = CachedShare(driver, ownStepsOnly: true);
        return new GeneratorRun(first, unrelated, member, unrelatedCached, memberCached, allUnrelatedCached);
    }

    /// <summary>A driver of <paramref name="generators"/> that tracks their steps, with the harness's parse options.</summary>
    public static GeneratorDriver TrackingDriver(ImmutableArray<ISourceGenerator> generators)
        => CSharpGeneratorDriver.Create(
            generators,
            parseOptions: Workload.Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// Times one run, after a full collection: a collection owed to the harness's own allocations (parsing the
    /// codebase, the edit before) would otherwise fall into the same step of every sequence, which at 200,000 lines
    /// made a run after an unrelated edit take 137 ms instead of 27. What the generator allocates itself is still
    /// collected, and timed, within the run.
    /// </summary>
    private static double Time(ref GeneratorDriver driver, Compilation compilation)
    {
        Workload.CollectGarbage();
        var clock = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// The driver's input nodes (the compilation itself is modified by any edit) and the steps inside
    /// ForAttributeWithMetadataName (the edited file's compilation unit is re-read whatever the generator does).
    /// </summary>
    private static bool IsRoslynStep(string name)
        => name.Contains("_ForAttribute", StringComparison.Ordinal)
            || name is "Compilation" or "CompilationOptions" or "ParseOptions" or "SyntaxTrees" or "AdditionalTexts"
                or "AnalyzerConfigOptions" or "MetadataReferences";

    private static double CachedShare(GeneratorDriver driver, bool ownStepsOnly)
    {
        var reasons = driver.GetRunResult().Results
            .SelectMany(r => r.TrackedSteps)
            .Where(named => !ownStepsOnly || !IsRoslynStep(named.Key))
            .SelectMany(named => named.Value)
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)
            .ToList();
        if (reasons.Count == 0)
        {
            return double.NaN;
        }

        var cached = reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        return 100.0 * cached / reasons.Count;
    }
}
