using Enefit.DataClassification;

namespace Enefit.Violations;

/// <summary>The client type every violation reads. It is correct: the violations are in the code that uses it.</summary>
public partial class Customer
{
    [SubjectId]
    public string Id { get; set; } = "";

    [MasterData(Kind = "user.contact.email")]
    public string Email { get; set; } = "";

    [CommunicationData]
    public decimal Debt { get; set; }

    [MarketingOnly(Kind = "user.behavior")]
    public string Interests { get; set; } = "";
}
