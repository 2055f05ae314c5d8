using System;
using Microsoft.Extensions.Compliance.Classification;

namespace Enefit.DataClassification;

/// <summary>
/// The base of the three category attributes, <see cref="MasterDataAttribute"/>, <see cref="CommunicationDataAttribute"/>
/// and <see cref="MarketingOnlyAttribute"/>. Derives from <see cref="DataClassificationAttribute"/> with the
/// <see cref="EnefitTaxonomy"/> taxonomy, so that Microsoft's logging generator and redactors treat a member that
/// carries one as classified.
/// </summary>
/// <remarks>
/// On a type, the attribute makes every member of that type classified with its category wherever another type holds it.
/// A member carries at most one category (EDC0011).
/// </remarks>
[AttributeUsage(
    AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue
    | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
    AllowMultiple = false,
    Inherited = true)]
public abstract class EnefitDataClassificationAttribute : DataClassificationAttribute
{
    private protected EnefitDataClassificationAttribute(DataCategory category)
        : base(EnefitTaxonomy.For(category))
    {
        Category = category;
    }

    /// <summary>The category of the Principles the target holds.</summary>
    public DataCategory Category { get; }

    /// <summary>
    /// An optional fideslang data-category key that says more precisely what the data is,
    /// such as <c>"user.contact.email"</c>; it is carried into the catalog and the personal-data export.
    /// </summary>
    public string? Kind { get; set; }
}
