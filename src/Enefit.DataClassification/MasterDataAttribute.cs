namespace Enefit.DataClassification;

/// <summary>
/// Marks a field, property, parameter, return value or whole type as holding master data (§6.3.1): name, personal code, date of birth, identity-document data, contact data, language, preferred channel, segment. Contract purposes (§6.1) may read it without consent; marketing purposes (§7.3) only with checked consent.
/// </summary>
public sealed class MasterDataAttribute : EnefitDataClassificationAttribute
{
    /// <summary>Marks the target as <see cref="DataCategory.MasterData"/>.</summary>
    public MasterDataAttribute()
        : base(DataCategory.MasterData)
    {
    }
}
