namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// The analyzers' copy of <c>PurposePolicy</c>, over the constant values of <c>Enefit.DataClassification.Purpose</c>
/// as they appear in attribute arguments. The analyzers cannot load the runtime library into the compiler, so the
/// table is mirrored here; <c>PurposeRulesTests</c> compares every cell with the runtime's <c>PurposePolicy</c>.
/// </summary>
internal static class PurposeRules
{
    /// <summary>The last contract purpose of §6.1, <c>PaymentDefaultReporting</c>.</summary>
    private const int LastContractPurpose = 13;

    /// <summary>The last marketing purpose of §7.3, <c>PersonalizedContent</c>.</summary>
    private const int LastPurpose = 18;

    private static readonly string[] Names =
    {
        "Identification", "ServiceDelivery", "CustomerService", "Billing", "ContractNotices", "BusinessRecords",
        "ServiceImprovement", "DeviceMaintenance", "CallRecording", "RiskManagement", "ContractSecurity",
        "DebtCollection", "CreditAssessment", "PaymentDefaultReporting", "MarketingAnalysis", "PersonalizedOffers",
        "ElectronicDirectMarketing", "GroupSharing", "PersonalizedContent",
    };

    public static bool IsDefined(int purpose) => purpose >= 0 && purpose <= LastPurpose;

    /// <summary>§6.1: contract purposes need no consent.</summary>
    public static bool IsContractPurpose(int purpose) => purpose >= 0 && purpose <= LastContractPurpose;

    /// <summary>§7.1.2: marketing purposes need the client's consent.</summary>
    public static bool RequiresConsent(int purpose) => purpose > LastContractPurpose && purpose <= LastPurpose;

    /// <summary>§6.3, §7.4: marketing-only data is for marketing purposes alone.</summary>
    public static bool Permits(int purpose, ClassifiedCategory category)
        => IsDefined(purpose) && (category != ClassifiedCategory.MarketingOnly || RequiresConsent(purpose));

    public static string NameOf(int purpose) => IsDefined(purpose) ? Names[purpose] : "(Purpose)" + purpose;

    /// <summary>The clause that defines the purpose, such as "§6.1.4".</summary>
    public static string ClauseOf(int purpose)
        => IsContractPurpose(purpose) ? "§6.1." + (purpose + 1)
            : RequiresConsent(purpose) ? "§7.3." + (purpose - LastContractPurpose)
            : "no clause";

    /// <summary>How a message names the purpose: "purpose Billing (§6.1.4)".</summary>
    public static string Describe(int purpose) => "purpose " + NameOf(purpose) + " (" + ClauseOf(purpose) + ")";

    public static string DescribeCategory(ClassifiedCategory category) => category switch
    {
        ClassifiedCategory.MasterData => "master",
        ClassifiedCategory.CommunicationData => "communication",
        _ => "marketing-only",
    };
}
