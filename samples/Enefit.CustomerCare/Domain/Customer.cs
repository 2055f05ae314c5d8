using Enefit.DataClassification;

namespace Enefit.CustomerCare.Domain;

/// <summary>
/// A client of the retailer. Every member that holds client data says which kind it is (§6.3, §7.4), so that the
/// analyzers can check each read against the purpose in force, and the generator emits purpose-checked accessors
/// (<c>GetEmail(Purpose)</c>, <c>GetInterests(MarketingConsent)</c>), <see cref="object.ToString"/> that prints no
/// classified value, and <c>ExportPersonalData()</c> for the client's copy (§11.1).
/// </summary>
public partial class Customer
{
    /// <summary>The client's number: an identifier, not classified data, so logs may carry it.</summary>
    [SubjectId]
    public string Id { get; set; } = "";

    [MasterData(Kind = "user.name.first")]
    public string FirstName { get; set; } = "";

    [MasterData(Kind = "user.name.last")]
    public string LastName { get; set; } = "";

    [MasterData(Kind = "user.government_id.national_identification_number")]
    public string PersonalCode { get; set; } = "";

    [MasterData(Kind = "user.demographic.date_of_birth")]
    public DateOnly BirthDate { get; set; }

    [MasterData(Kind = "user.contact.email")]
    public string Email { get; set; } = "";

    [MasterData(Kind = "user.contact.phone_number")]
    public string Phone { get; set; } = "";

    [MasterData(Kind = "user.contact.address")]
    public string Address { get; set; } = "";

    [MasterData(Kind = "user.demographic.language")]
    public string Language { get; set; } = "lv";

    [MasterData(Kind = "user.contact")]
    public ElectronicChannel PreferredChannel { get; set; }

    [MasterData]
    public CustomerSegment Segment { get; set; }

    [CommunicationData(Kind = "user.financial.contract")]
    public List<Contract> Contracts { get; set; } = [];

    [CommunicationData(Kind = "user.financial.invoice")]
    public List<Invoice> Invoices { get; set; } = [];

    [CommunicationData(Kind = "user.behavior.consumption")]
    public List<MeterReading> Readings { get; set; } = [];

    [CommunicationData(Kind = "user.financial.credit_history")]
    public PaymentDiscipline PaymentDiscipline { get; set; }

    /// <summary>Marketing-only through its type: <see cref="InterestProfile"/> is <c>[MarketingOnly]</c> (§7.4).</summary>
    public InterestProfile? Interests { get; set; }
}
