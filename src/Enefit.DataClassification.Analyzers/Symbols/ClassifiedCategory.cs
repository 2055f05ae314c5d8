namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// The analyzers' view of <c>Enefit.DataClassification.DataCategory</c>, in the same order. The analyzers do not load
/// the runtime library; <c>PurposeRulesTests</c> proves the two tables agree. The order runs from the least to the most
/// restricted use (§6.3.1, §6.3.2, §7.4); the generator's redacting text relies on it.
/// </summary>
internal enum ClassifiedCategory
{
    MasterData,
    CommunicationData,
    MarketingOnly,
}
