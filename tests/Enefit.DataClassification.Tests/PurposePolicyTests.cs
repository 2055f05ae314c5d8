namespace Enefit.DataClassification.Tests;

/// <summary>Every cell of the purpose × category table of PRINCIPLES.md (§6.1, §6.3, §7.3, §7.4).</summary>
public sealed class PurposePolicyTests
{
    /// <summary>§6.1.1–§6.1.14, in the order of the Principles.</summary>
    public static TheoryData<Purpose, string> ContractPurposes => new()
    {
        { Purpose.Identification, "§6.1.1" },
        { Purpose.ServiceDelivery, "§6.1.2" },
        { Purpose.CustomerService, "§6.1.3" },
        { Purpose.Billing, "§6.1.4" },
        { Purpose.ContractNotices, "§6.1.5" },
        { Purpose.BusinessRecords, "§6.1.6" },
        { Purpose.ServiceImprovement, "§6.1.7" },
        { Purpose.DeviceMaintenance, "§6.1.8" },
        { Purpose.CallRecording, "§6.1.9" },
        { Purpose.RiskManagement, "§6.1.10" },
        { Purpose.ContractSecurity, "§6.1.11" },
        { Purpose.DebtCollection, "§6.1.12" },
        { Purpose.CreditAssessment, "§6.1.13" },
        { Purpose.PaymentDefaultReporting, "§6.1.14" },
    };

    /// <summary>§7.3.1–§7.3.5.</summary>
    public static TheoryData<Purpose, string> MarketingPurposes => new()
    {
        { Purpose.MarketingAnalysis, "§7.3.1" },
        { Purpose.PersonalizedOffers, "§7.3.2" },
        { Purpose.ElectronicDirectMarketing, "§7.3.3" },
        { Purpose.GroupSharing, "§7.3.4" },
        { Purpose.PersonalizedContent, "§7.3.5" },
    };

    [Fact]
    public void The_purposes_are_the_nineteen_of_the_principles_in_their_order()
    {
        var expected = ContractPurposes.Select(row => (Purpose)row[0])
            .Concat(MarketingPurposes.Select(row => (Purpose)row[0]));

        Assert.Equal(expected, Enum.GetValues<Purpose>());
    }

    [Fact]
    public void The_categories_are_master_communication_and_marketing_only()
        => Assert.Equal(
            new[] { DataCategory.MasterData, DataCategory.CommunicationData, DataCategory.MarketingOnly },
            Enum.GetValues<DataCategory>());

    [Theory]
    [MemberData(nameof(ContractPurposes))]
    public void A_contract_purpose_needs_no_consent_and_reads_master_and_communication_data_but_not_marketing_data(Purpose purpose, string clause)
    {
        Assert.True(PurposePolicy.IsContractPurpose(purpose));
        Assert.False(PurposePolicy.RequiresConsent(purpose));
        Assert.True(PurposePolicy.Permits(purpose, DataCategory.MasterData));
        Assert.True(PurposePolicy.Permits(purpose, DataCategory.CommunicationData));
        Assert.False(PurposePolicy.Permits(purpose, DataCategory.MarketingOnly));
        Assert.Equal(clause, PurposePolicy.ClauseOf(purpose));
    }

    [Theory]
    [MemberData(nameof(MarketingPurposes))]
    public void A_marketing_purpose_needs_consent_and_may_read_every_category(Purpose purpose, string clause)
    {
        Assert.False(PurposePolicy.IsContractPurpose(purpose));
        Assert.True(PurposePolicy.RequiresConsent(purpose));
        Assert.True(PurposePolicy.Permits(purpose, DataCategory.MasterData));
        Assert.True(PurposePolicy.Permits(purpose, DataCategory.CommunicationData));
        Assert.True(PurposePolicy.Permits(purpose, DataCategory.MarketingOnly));
        Assert.Equal(clause, PurposePolicy.ClauseOf(purpose));
    }

    [Fact]
    public void An_undefined_purpose_or_category_is_refused_by_name()
    {
        Assert.Equal("purpose", Assert.Throws<ArgumentOutOfRangeException>(() => PurposePolicy.RequiresConsent((Purpose)999)).ParamName);
        Assert.Equal("purpose", Assert.Throws<ArgumentOutOfRangeException>(() => PurposePolicy.IsContractPurpose((Purpose)(-1))).ParamName);
        Assert.Equal("purpose", Assert.Throws<ArgumentOutOfRangeException>(() => PurposePolicy.ClauseOf((Purpose)19)).ParamName);
        Assert.Equal("category", Assert.Throws<ArgumentOutOfRangeException>(() => PurposePolicy.Permits(Purpose.Billing, (DataCategory)3)).ParamName);
        Assert.Equal("purpose", Assert.Throws<ArgumentOutOfRangeException>(() => new ProcessingPurposeAttribute((Purpose)999)).ParamName);
    }
}
