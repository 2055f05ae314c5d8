using Enefit.DataClassification;
using Microsoft.EntityFrameworkCore;

namespace Enefit.CustomerCare.Domain;

/// <summary>
/// What marketing analysis learned of a client's wishes (§7.3.1). The company may hold it only because the client
/// consented to marketing (§7.4), so the whole type is marketing-only: every customer member of this type is too.
/// </summary>
[MarketingOnly(Kind = "user.behavior.preferences")]
[Owned]
public class InterestProfile
{
    public bool ElectricVehicle { get; set; }

    public bool SolarPanels { get; set; }

    public bool HeatPump { get; set; }
}
