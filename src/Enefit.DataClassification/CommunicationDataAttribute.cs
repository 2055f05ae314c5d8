namespace Enefit.DataClassification;

/// <summary>
/// Marks a field, property, parameter, return value or whole type as holding communication data (§6.3.2): service use, contracts and orders, invoices and payments, cookie data, payment discipline and debts. Contract purposes (§6.1) may read it without consent; marketing purposes (§7.3) only with checked consent.
/// </summary>
public sealed class CommunicationDataAttribute : EnefitDataClassificationAttribute
{
    /// <summary>Marks the target as <see cref="DataCategory.CommunicationData"/>.</summary>
    public CommunicationDataAttribute()
        : base(DataCategory.CommunicationData)
    {
    }
}
