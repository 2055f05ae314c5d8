namespace Enefit.DataClassification.Tests;

/// <summary>The checks every generated accessor makes (§6.1, §7.1.2): what each refuses, and with which exception.</summary>
public sealed class AccessorChecksTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Purpose.Identification)]
    [InlineData(Purpose.PaymentDefaultReporting)]
    public void A_contract_purpose_passes(Purpose purpose)
        => AccessorChecks.CheckPurpose(purpose, "Customer.Email", DataCategory.MasterData);

    [Fact]
    public void A_marketing_purpose_is_refused_naming_member_category_purpose_and_clause()
    {
        var error = Assert.Throws<DataProtectionException>(
            () => AccessorChecks.CheckPurpose(Purpose.PersonalizedOffers, "Customer.Email", DataCategory.MasterData));

        Assert.Equal(("Customer.Email", DataCategory.MasterData, Purpose.PersonalizedOffers, "§7.1.2"), (error.MemberName, error.Category, error.Purpose, error.Clause));
        Assert.StartsWith("A marketing purpose needs the client's checked consent: read through the overload that takes a MarketingConsent.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_proof_for_the_objects_client_passes()
    {
        var consent = MarketingConsent.Issue("C-1", Noon);

        AccessorChecks.CheckConsent(consent, "Customer.Interests", DataCategory.MarketingOnly);
        AccessorChecks.CheckConsent(consent, "C-1", "Customer.Interests", DataCategory.MarketingOnly);
    }

    [Fact]
    public void A_default_proof_is_refused_with_or_without_a_subject_id()
    {
        var withoutSubject = Assert.Throws<DataProtectionException>(
            () => AccessorChecks.CheckConsent(default, "Customer.Interests", DataCategory.MarketingOnly));
        var withSubject = Assert.Throws<DataProtectionException>(
            () => AccessorChecks.CheckConsent(default, "C-1", "Customer.Interests", DataCategory.MarketingOnly));

        foreach (var error in new[] { withoutSubject, withSubject })
        {
            Assert.Equal(("Customer.Interests", DataCategory.MarketingOnly, (Purpose?)null, "§7.1.2"), (error.MemberName, error.Category, error.Purpose, error.Clause));
            Assert.StartsWith("The marketing-consent proof is not valid: only a consent registry issues one.", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("C-2")]
    [InlineData("c-1")]
    [InlineData("")]
    [InlineData(null)]
    public void A_proof_for_another_client_or_for_an_object_without_a_subject_id_is_refused(string? dataSubjectId)
    {
        var error = Assert.Throws<DataProtectionException>(
            () => AccessorChecks.CheckConsent(MarketingConsent.Issue("C-1", Noon), dataSubjectId, "Customer.Email", DataCategory.MasterData));

        Assert.Equal(("Customer.Email", DataCategory.MasterData, (Purpose?)null, "§7.1.2"), (error.MemberName, error.Category, error.Purpose, error.Clause));
        Assert.StartsWith("The marketing-consent proof was checked for another client.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_are_refused_by_name_before_any_check()
    {
        Assert.Equal("memberName", Assert.Throws<ArgumentNullException>(() => AccessorChecks.CheckPurpose(Purpose.PersonalizedOffers, null!, DataCategory.MasterData)).ParamName);
        Assert.Equal("category", Assert.Throws<ArgumentOutOfRangeException>(() => AccessorChecks.CheckConsent(default, "Customer.Email", (DataCategory)999)).ParamName);
        Assert.Equal("purpose", Assert.Throws<ArgumentOutOfRangeException>(() => AccessorChecks.CheckPurpose((Purpose)999, "Customer.Email", DataCategory.MasterData)).ParamName);
    }
}
