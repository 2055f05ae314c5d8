using System.Reflection;
using Enefit.DataClassification;
using Microsoft.Extensions.Logging;

namespace Enefit.Violations;

/// <summary>EDC0001: marketing-only data read where no consent check holds (§7.1.2, §7.4).</summary>
[ProcessingPurpose(Purpose.PersonalizedOffers)]
public sealed class OfferBuilder
{
    // Wrong: nothing checked Anna's marketing consent before her interests are read.
    public string Build(Customer anna) => "Offer for " + anna.Interests; // expect: EDC0001
}

/// <summary>EDC0002: marketing-only data read under a contract purpose, which may never use it (§6.1, §7.4).</summary>
[ProcessingPurpose(Purpose.Billing)]
public sealed class InvoicePrinter
{
    // Wrong: billing has no business with interest profiles, consent or not.
    public int Width(Customer customer) => customer.Interests.Length; // expect: EDC0002
}

/// <summary>EDC0003: master data read under a marketing purpose where no consent check holds (§7.1.2, §7.3).</summary>
[ProcessingPurpose(Purpose.GroupSharing)]
public sealed class GroupExport
{
    // Wrong: passing a client's e-mail to a group company needs its consent.
    public string Share(Customer customer) => customer.Email; // expect: EDC0003
}

/// <summary>EDC0004: classified data read where no purpose is declared (§3.1).</summary>
public sealed class Report
{
    // Wrong: for what purpose is the debt read? Declare it with [ProcessingPurpose].
    public decimal Total(Customer customer) => customer.Debt; // expect: EDC0004
}

/// <summary>EDC0005: an electronic offer sent without an electronic-marketing check (§8.1).</summary>
[ProcessingPurpose(Purpose.ElectronicDirectMarketing)]
public sealed class Mailer(IConsentRegistry consents)
{
    [ElectronicMarketingSend]
    public static void SendOffer(Customer recipient, string text) => _ = text;

    // Wrong: consent alone is not enough; the client may have opted out of e-mail offers.
    public void Send(Customer customer)
    {
        if (consents.TryGetMarketingConsent(customer.Id, out _))
        {
            SendOffer(customer, "10% off"); // expect: EDC0005
        }
    }
}

/// <summary>EDC0006: personal data written to a log unredacted (§3.2, §3.3).</summary>
[ProcessingPurpose(Purpose.CustomerService)]
public sealed class SupportDesk(ILogger<SupportDesk> logger)
{
    // Wrong: the e-mail address lands in the log file in clear text.
    public void Answer(Customer customer) => logger.LogInformation("Answered {Email}", customer.Email); // expect: EDC0006
}

/// <summary>EDC0007: a consent proof made by hand (§7.1.2).</summary>
public static class ConsentForger
{
    // Wrong: only an IConsentRegistry issues proofs.
    public static MarketingConsent Forge(string id) => MarketingConsent.Issue(id, DateTimeOffset.UtcNow); // expect: EDC0007
}

/// <summary>EDC0008: consent checked for one client, data of another read (§7.1.2).</summary>
[ProcessingPurpose(Purpose.PersonalizedOffers)]
public sealed class Recommender(IConsentRegistry consents)
{
    // Wrong: Anna consented, Jānis did not.
    public string Recommend(Customer anna, Customer janis)
        => consents.TryGetMarketingConsent(anna.Id, out _) ? janis.Interests : ""; // expect: EDC0008
}

/// <summary>EDC0009: an anonymous statistics type that identifies a client (§2.3).</summary>
[AnonymousData]
public sealed class UsageStatistic
{
    [SubjectId] public string CustomerId { get; set; } = ""; // expect: EDC0009

    public decimal AverageKwh { get; set; }
}

/// <summary>EDC0010: a classified member reached by reflection (§3.2).</summary>
public static class Exporter
{
    // Wrong: reflection by name walks around every purpose and consent check.
    public static PropertyInfo? EmailProperty() => typeof(Customer).GetProperty("Email"); // expect: EDC0010
}

/// <summary>EDC0011: one piece of data with two categories (§6.3, §7.4).</summary>
public partial class Lead
{
    [MasterData, MarketingOnly] public string Phone { get; set; } = ""; // expect: EDC0011
}

/// <summary>EDC0012: a type with classified members that is not partial, so it gets no accessors (§3.1).</summary>
public class Prospect // expect: EDC0012
{
    [MasterData] public string Name { get; set; } = "";
}

/// <summary>
/// EDC0012 too: a method of the user's already has the name of a classified member's accessor, so the generator leaves
/// that accessor out (§3.1).
/// </summary>
public partial class Supplier
{
    [MasterData] public string Phone { get; set; } = ""; // expect: EDC0012

    public string GetPhone() => "see the contract";
}
