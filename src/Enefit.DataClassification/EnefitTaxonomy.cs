using Classification = Microsoft.Extensions.Compliance.Classification.DataClassification;

namespace Enefit.DataClassification;

/// <summary>
/// The Enefit data taxonomy as <see cref="Microsoft.Extensions.Compliance.Classification.DataClassification"/> values, so that Microsoft's logging generator
/// and redactors (Microsoft.Extensions.Compliance) treat the categories of the Principles (§6.3, §7.4) as classifications.
/// </summary>
public static class EnefitTaxonomy
{
    /// <summary>The taxonomy name every Enefit classification carries.</summary>
    public const string Name = "Enefit";

    /// <summary>Master data (§6.3.1).</summary>
    public static Classification MasterData { get; } = new(Name, nameof(DataCategory.MasterData));

    /// <summary>Communication data (§6.3.2).</summary>
    public static Classification CommunicationData { get; } = new(Name, nameof(DataCategory.CommunicationData));

    /// <summary>Marketing-only data (§7.4).</summary>
    public static Classification MarketingOnly { get; } = new(Name, nameof(DataCategory.MarketingOnly));

    /// <summary>The classification of a category.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The category is not a defined <see cref="DataCategory"/>.</exception>
    public static Classification For(DataCategory category) => category switch
    {
        DataCategory.MasterData => MasterData,
        DataCategory.CommunicationData => CommunicationData,
        DataCategory.MarketingOnly => MarketingOnly,
        _ => throw Guard.UndefinedEnum(category, nameof(category)),
    };
}
