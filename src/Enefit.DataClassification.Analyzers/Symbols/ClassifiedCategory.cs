namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// The analyzers' view of <c>Enefit.DataClassification.DataCategory</c>, in the same order. The analyzers do not load
/// the runtime library; <c>PurposeRulesTests</c> proves the two tables agree.
/// </summary>
internal enum ClassifiedCategory
{
    MasterData,
    CommunicationData,
    MarketingOnly,
}
