using System.Linq;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// The names of the generator's pipeline steps, so that tests can read each step's run reasons
/// (<c>GeneratorRunResult.TrackedSteps</c>) and prove that unchanged input stops the pipeline.
/// </summary>
internal static class TrackingNames
{
    /// <summary>Types found through a <c>[MasterData]</c> field or property (null for all but one member per type).</summary>
    public const string MasterDataMembers = nameof(MasterDataMembers);

    /// <summary>Types found through a <c>[CommunicationData]</c> field or property.</summary>
    public const string CommunicationDataMembers = nameof(CommunicationDataMembers);

    /// <summary>Types found through a <c>[MarketingOnly]</c> field or property.</summary>
    public const string MarketingOnlyMembers = nameof(MarketingOnlyMembers);

    /// <summary>
    /// The models of the partial types classified only through their members' types or positional record properties,
    /// all of them in one value (<see cref="HolderSearch"/>).
    /// </summary>
    public const string HolderSearch = nameof(HolderSearch);

    /// <summary>The per-type models that get a file, one step per source above.</summary>
    public const string MasterDataTypes = nameof(MasterDataTypes);

    public const string CommunicationDataTypes = nameof(CommunicationDataTypes);

    public const string MarketingOnlyTypes = nameof(MarketingOnlyTypes);

    public const string ClassifiedHolderTypes = nameof(ClassifiedHolderTypes);

    /// <summary>The catalog of the assembly, made from the collected per-type models.</summary>
    public const string Catalog = nameof(Catalog);

    /// <summary>Every step whose outputs are per-type models (<see cref="TypeSpec"/>).</summary>
    public static readonly string[] TypeSteps =
    {
        MasterDataMembers, CommunicationDataMembers, MarketingOnlyMembers,
        MasterDataTypes, CommunicationDataTypes, MarketingOnlyTypes, ClassifiedHolderTypes,
    };

    /// <summary>Every named step.</summary>
    public static readonly string[] All = TypeSteps.Append(HolderSearch).Append(Catalog).ToArray();
}
