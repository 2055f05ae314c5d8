using System.Collections.Immutable;
using Enefit.DataClassification.Benchmarks.Components;
using Enefit.DataClassification.Benchmarks.Measurement;
using Enefit.DataClassification.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Benchmarks.Tests;

/// <summary>
/// The generator timings on a stand-in generator written by the cookbook (equatable models, tracked steps), so the
/// harness's arithmetic is proven before our own generator is merged.
/// </summary>
public sealed class GeneratorTimerTests
{
    [Fact]
    public void An_unrelated_edit_leaves_every_own_step_cached_and_a_member_edit_does_not()
    {
        var workload = new Workload(
            SyntheticCodebase.Generate(3_000), SyntheticCodebase.Generate(3_000, runtimeReferenced: false), OurComponents.Discover(), PeerAnalyzer.Load());

        var run = GeneratorTimer.Run(workload, [new CommunicationCatalogGenerator().AsSourceGenerator()]);

        Assert.True(run.FirstMs > 0);
        Assert.True(run.UnrelatedEditMs > 0);
        Assert.True(run.MemberEditMs > 0);
        Assert.Equal(100, run.UnrelatedEditCachedPct);
        Assert.InRange(run.MemberEditCachedPct, 0, 99.9);
        Assert.True(run.AllStepsUnrelatedEditCachedPct < 100, "Roslyn's own steps re-run for the edited file");
    }

    /// <summary>
    /// The generator's floor finds every member carrying one of the three category attributes (and only those), writes
    /// nothing, and its transforms run again after an unrelated edit: the cost Roslyn charges any generator of this shape.
    /// </summary>
    [Fact]
    public void The_floor_generator_visits_every_classified_member_writes_nothing_and_re_runs_its_transforms_on_any_edit()
    {
        var codebase = SyntheticCodebase.Generate(3_000);
        var workload = new Workload(codebase, SyntheticCodebase.Generate(3_000, runtimeReferenced: false), OurComponents.Discover(), PeerAnalyzer.Load());
        var compilation = workload.CreateCompilation(Workload.Parse(codebase));
        var expected = compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
            .Where(member => member.AttributeLists.SelectMany(list => list.Attributes)
                .Any(attribute => attribute.Name.ToString() is "MasterData" or "CommunicationData" or "MarketingOnly"))
            .Count();
        GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            [new FloorGenerator().AsSourceGenerator()],
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        driver = driver.RunGenerators(compilation);
        var result = Assert.Single(driver.GetRunResult().Results);

        Assert.True(expected > 0);
        Assert.Empty(result.GeneratedSources);
        Assert.Equal(expected, result.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs).Count());
        var run = GeneratorTimer.Run(workload, [new FloorGenerator().AsSourceGenerator()]);
        Assert.True(run.FirstMs > 0 && run.UnrelatedEditMs > 0);
    }

    /// <summary>
    /// Roslyn reports only the steps whose values reach an output, so the benchmark's share of cached steps covers a
    /// step only if the synthetic code gives it work: a type led by each category, a type found by the holder search.
    /// </summary>
    [Fact]
    public void On_the_synthetic_code_every_step_of_our_generator_is_reported_and_an_unrelated_edit_leaves_it_cached()
    {
        var codebase = SyntheticCodebase.Generate(5_000);
        var ours = OurComponents.Discover();
        var workload = new Workload(codebase, SyntheticCodebase.Generate(5_000, runtimeReferenced: false), ours, PeerAnalyzer.Load());
        var compilation = workload.CreateCompilation(Workload.Parse(codebase));

        var driver = GeneratorTimer.TrackingDriver(ours.Generators)
            .RunGenerators(compilation)
            .RunGenerators(codebase.UnrelatedEdit.ApplyTo(compilation));

        var steps = Assert.Single(driver.GetRunResult().Results).TrackedSteps;
        Assert.All(OurComponents.GeneratorStepNames, name => Assert.True(steps.ContainsKey(name), $"{name} is not reported: {string.Join(", ", steps.Keys)}"));
        Assert.All(
            OurComponents.GeneratorStepNames.SelectMany(name => steps[name]).SelectMany(step => step.Outputs),
            output => Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    /// <summary>Lists the communication members of the codebase, with their fideslang kinds, in one file.</summary>
    [Generator]
    private sealed class CommunicationCatalogGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var members = context.SyntaxProvider.ForAttributeWithMetadataName(
                    "Enefit.DataClassification.CommunicationDataAttribute",
                    (node, _) => node is PropertyDeclarationSyntax,
                    (attributed, _) => (
                        Type: attributed.TargetSymbol.ContainingType.Name,
                        Member: attributed.TargetSymbol.Name,
                        Kind: attributed.Attributes[0].NamedArguments.FirstOrDefault(a => a.Key == "Kind").Value.Value as string))
                .WithTrackingName("Members");
            var all = members.Collect().Select((items, _) => string.Join("\n", items.Select(i => $"{i.Type}.{i.Member} {i.Kind}")))
                .WithTrackingName("Catalog");
            context.RegisterSourceOutput(all, (output, text) => output.AddSource("Catalog.g.cs", "/*\n" + text + "\n*/"));
        }
    }
}
