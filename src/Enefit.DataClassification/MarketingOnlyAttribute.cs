namespace Enefit.DataClassification;

/// <summary>
/// Marks a field, property, parameter, return value or whole type as holding marketing-only data (§7.4): interests and habits, data bought for marketing, marketing profiles. Only marketing purposes (§7.3) may read it, and only for a client whose consent was checked (§7.1.2).
/// </summary>
public sealed class MarketingOnlyAttribute : EnefitDataClassificationAttribute
{
    /// <summary>Marks the target as <see cref="DataCategory.MarketingOnly"/>.</summary>
    public MarketingOnlyAttribute()
        : base(DataCategory.MarketingOnly)
    {
    }
}
