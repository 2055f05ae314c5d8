using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// For every partial type with classified instance members, emits purpose- and consent-checked accessors
/// (§6.1, §7.1.2, §7.4), <c>ExportPersonalData()</c> (§11.1) and a redacting <c>ToString</c>/<c>PrintMembers</c>
/// (§3.2, §3.3); per assembly, a catalog of every classified member. Reports no diagnostics: the analyzers do.
/// </summary>
/// <remarks>
/// Each step works on one type (see <see cref="Parser"/>); only the catalog collects, and it collects the per-type
/// models, never the compilation, so the work grows with the number of classified types.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class DataClassificationGenerator : IIncrementalGenerator
{
    private const string AttributeNamespace = KnownSymbols.Namespace + ".";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var masterData = TypesWith(context, "MasterDataAttribute", TrackingNames.MasterDataMembers, TrackingNames.MasterDataTypes);
        var communicationData = TypesWith(
            context, "CommunicationDataAttribute", TrackingNames.CommunicationDataMembers, TrackingNames.CommunicationDataTypes);
        var marketingOnly = TypesWith(context, "MarketingOnlyAttribute", TrackingNames.MarketingOnlyMembers, TrackingNames.MarketingOnlyTypes);
        var holders = context.CompilationProvider
            .Select(HolderSearch.Find)
            .WithTrackingName(TrackingNames.HolderSearch)
            .SelectMany(static (types, _) => types)
            .WithTrackingName(TrackingNames.ClassifiedHolderTypes);

        context.RegisterSourceOutput(masterData, TypeEmitter.Emit);
        context.RegisterSourceOutput(communicationData, TypeEmitter.Emit);
        context.RegisterSourceOutput(marketingOnly, TypeEmitter.Emit);
        context.RegisterSourceOutput(holders, TypeEmitter.Emit);

        var catalog = masterData.Collect()
            .Combine(communicationData.Collect())
            .Combine(marketingOnly.Collect())
            .Combine(holders.Collect())
            .Select(static (sources, _) => CatalogSpec.From(sources))
            .WithTrackingName(TrackingNames.Catalog);
        context.RegisterSourceOutput(catalog, CatalogEmitter.Emit);
    }

    /// <summary>The types whose lead member carries the given category attribute (see <see cref="Parser"/>).</summary>
    private static IncrementalValuesProvider<TypeSpec> TypesWith(
        IncrementalGeneratorInitializationContext context,
        string attributeName,
        string membersStep,
        string typesStep)
        => context.SyntaxProvider
            .ForAttributeWithMetadataName(AttributeNamespace + attributeName, Parser.IsMemberDeclaration, Parser.ParseFromMember)
            .WithTrackingName(membersStep)
            .Where(static type => type is not null)
            .Select(static (type, _) => type!)
            .WithTrackingName(typesStep);
}
