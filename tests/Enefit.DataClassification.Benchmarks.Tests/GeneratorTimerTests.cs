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
