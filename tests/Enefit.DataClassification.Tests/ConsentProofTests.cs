namespace Enefit.DataClassification.Tests;

public sealed class ConsentProofTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_default_consent_proves_nothing()
    {
        var consent = default(MarketingConsent);

        Assert.False(consent.IsValid);
        Assert.Equal(string.Empty, consent.SubjectId);
        Assert.Equal("MarketingConsent(invalid)", consent.ToString());
    }

    [Fact]
    public void An_issued_consent_names_its_subject_and_time_and_compares_by_value()
    {
        var consent = MarketingConsent.Issue("C-1", Noon);

        Assert.True(consent.IsValid);
        Assert.Equal("C-1", consent.SubjectId);
        Assert.Equal(Noon, consent.CheckedAt);
        Assert.Equal(MarketingConsent.Issue("C-1", Noon), consent);
        Assert.True(consent == MarketingConsent.Issue("C-1", Noon));
        Assert.True(consent != MarketingConsent.Issue("C-2", Noon));
        Assert.NotEqual(consent, default);
        Assert.Equal(MarketingConsent.Issue("C-1", Noon).GetHashCode(), consent.GetHashCode());
        Assert.False(consent.Equals((object)"C-1"));
    }

    [Fact]
    public void A_default_permit_permits_nothing_and_an_issued_one_names_subject_channel_and_time()
    {
        var permit = ElectronicMarketingPermit.Issue("C-1", ElectronicChannel.Sms, Noon);

        Assert.False(default(ElectronicMarketingPermit).IsValid);
        Assert.Equal("ElectronicMarketingPermit(invalid)", default(ElectronicMarketingPermit).ToString());
        Assert.True(permit.IsValid);
        Assert.Equal(("C-1", ElectronicChannel.Sms, Noon), (permit.SubjectId, permit.Channel, permit.CheckedAt));
        Assert.Equal(ElectronicMarketingPermit.Issue("C-1", ElectronicChannel.Sms, Noon), permit);
        Assert.True(permit != ElectronicMarketingPermit.Issue("C-1", ElectronicChannel.Email, Noon));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_proof_for_no_subject_is_refused_by_parameter_name(string? subjectId)
    {
        Assert.Equal("subjectId", Assert.ThrowsAny<ArgumentException>(() => MarketingConsent.Issue(subjectId!, Noon)).ParamName);
        Assert.Equal("subjectId", Assert.ThrowsAny<ArgumentException>(() => ElectronicMarketingPermit.Issue(subjectId!, ElectronicChannel.Email, Noon)).ParamName);
    }

    [Fact]
    public void A_permit_for_an_undefined_channel_is_refused()
        => Assert.Equal(
            "channel",
            Assert.Throws<ArgumentOutOfRangeException>(() => ElectronicMarketingPermit.Issue("C-1", (ElectronicChannel)9, Noon)).ParamName);
}
