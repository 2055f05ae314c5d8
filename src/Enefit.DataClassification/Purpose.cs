namespace Enefit.DataClassification;

/// <summary>
/// The purposes for which the Principles allow client data to be processed: the contract purposes of §6.1,
/// which need no consent, and the marketing purposes of §7.3, which need the client's consent (§7.1.2).
/// Declare the purpose code runs under with <see cref="ProcessingPurposeAttribute"/>.
/// </summary>
public enum Purpose
{
    /// <summary>§6.1.1: identify the client and its representative.</summary>
    Identification,

    /// <summary>§6.1.2: deliver services and goods, send service information.</summary>
    ServiceDelivery,

    /// <summary>§6.1.3: serve the client and fix faults.</summary>
    CustomerService,

    /// <summary>§6.1.4: compute charges, prepare and send notices and invoices.</summary>
    Billing,

    /// <summary>§6.1.5: post the contract and non-marketing notices.</summary>
    ContractNotices,

    /// <summary>§6.1.6: document business operations, inform auditors.</summary>
    BusinessRecords,

    /// <summary>§6.1.7: improve customer service and the services.</summary>
    ServiceImprovement,

    /// <summary>§6.1.8: maintain and repair devices sold to the client.</summary>
    DeviceMaintenance,

    /// <summary>§6.1.9: record and keep phone calls.</summary>
    CallRecording,

    /// <summary>§6.1.10: assess and prevent business risks.</summary>
    RiskManagement,

    /// <summary>§6.1.11: secure performance (guarantees, sureties).</summary>
    ContractSecurity,

    /// <summary>§6.1.12: protect rights, collect debts (via collectors, lawyers).</summary>
    DebtCollection,

    /// <summary>§6.1.13: assess creditworthiness and payment discipline.</summary>
    CreditAssessment,

    /// <summary>§6.1.14: on breach, report overdue debts to credit bureaus.</summary>
    PaymentDefaultReporting,

    /// <summary>§7.3.1: learn the client's wishes, design new services. Needs consent.</summary>
    MarketingAnalysis,

    /// <summary>§7.3.2: build personalised direct-marketing, campaign and discount offers. Needs consent.</summary>
    PersonalizedOffers,

    /// <summary>§7.3.3: send such offers electronically. Needs consent and no opt-out (§8.1).</summary>
    ElectronicDirectMarketing,

    /// <summary>§7.3.4: pass data to companies of the Enefit group. Needs consent.</summary>
    GroupSharing,

    /// <summary>§7.3.5: send personalised content and advertising. Needs consent.</summary>
    PersonalizedContent,
}
