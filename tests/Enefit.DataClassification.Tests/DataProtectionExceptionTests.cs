namespace Enefit.DataClassification.Tests;

public sealed class DataProtectionExceptionTests
{
    [Fact]
    public void The_message_names_member_category_purpose_and_clause()
    {
        var error = new DataProtectionException("Customer.Email", DataCategory.MasterData, Purpose.PersonalizedOffers, "§7.1.2", "A marketing purpose needs a consent proof.");

        Assert.Equal(
            "A marketing purpose needs a consent proof. Customer.Email holds MasterData data and was asked for with purpose PersonalizedOffers (§7.3.2); see §7.1.2 of the customer-data Principles.",
            error.Message);
        Assert.Equal(("Customer.Email", DataCategory.MasterData, Purpose.PersonalizedOffers, "§7.1.2"), (error.MemberName, error.Category, error.Purpose, error.Clause));
        Assert.IsAssignableFrom<InvalidOperationException>(error);
    }

    [Fact]
    public void Without_a_purpose_the_message_says_a_consent_proof_was_given()
    {
        var error = new DataProtectionException("Customer.Interests", DataCategory.MarketingOnly, null, "§7.1.2", "The consent proof is not valid.");

        Assert.Equal(
            "The consent proof is not valid. Customer.Interests holds MarketingOnly data and was asked for with a marketing-consent proof; see §7.1.2 of the customer-data Principles.",
            error.Message);
        Assert.Null(error.Purpose);
    }

    [Fact]
    public void An_undefined_purpose_is_named_by_its_number_and_does_not_make_the_constructor_throw()
    {
        var error = new DataProtectionException("Customer.Email", DataCategory.MasterData, (Purpose)999, "§3.1", "No such purpose.");

        Assert.Equal(
            "No such purpose. Customer.Email holds MasterData data and was asked for with purpose 999; see §3.1 of the customer-data Principles.",
            error.Message);
        Assert.Equal((Purpose)999, error.Purpose);
    }

    [Fact]
    public void The_catalog_and_export_records_refuse_missing_names_and_undefined_categories()
    {
        Assert.Equal("memberName", Assert.Throws<ArgumentNullException>(() => new PersonalDataEntry(null!, DataCategory.MasterData, null, 1)).ParamName);
        Assert.Equal("category", Assert.Throws<ArgumentOutOfRangeException>(() => new PersonalDataEntry("Email", (DataCategory)5, null, 1)).ParamName);
        Assert.Equal("typeName", Assert.Throws<ArgumentNullException>(() => new ClassifiedMember(null!, "Email", DataCategory.MasterData, null)).ParamName);
        Assert.Equal("Customer.Email (MasterData)", new ClassifiedMember("Customer", "Email", DataCategory.MasterData, "user.contact.email").ToString());
        Assert.Equal("Email (MasterData, user.contact.email)", new PersonalDataEntry("Email", DataCategory.MasterData, "user.contact.email", "a@b.c").ToString());
    }
}
