using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Benchmarks.Components;

/// <summary>
/// The generator's floor: <c>ForAttributeWithMetadataName</c> on the three category attributes ours starts from, with a
/// transform that returns the member's name and an output that writes nothing. What it costs after an edit is what
/// Roslyn charges any generator of this shape: on every new compilation it finds each attributed declaration's symbol
/// and binds its attributes again before the transform runs, whatever the transform does.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FloorGenerator : IIncrementalGenerator
{
    /// <summary>The attributes our generator starts from, by metadata name.</summary>
    public static readonly IReadOnlyList<string> CategoryAttributes =
    [
        "Enefit.DataClassification.MasterDataAttribute",
        "Enefit.DataClassification.CommunicationDataAttribute",
        "Enefit.DataClassification.MarketingOnlyAttribute",
    ];

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        foreach (var attribute in CategoryAttributes)
        {
            var names = context.SyntaxProvider.ForAttributeWithMetadataName(
                attribute,
                static (_, _) => true,
                static (attributed, _) => attributed.TargetSymbol.Name);
            context.RegisterSourceOutput(names, static (_, _) => { });
        }
    }
}
