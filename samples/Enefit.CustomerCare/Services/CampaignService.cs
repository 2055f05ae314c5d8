using Enefit.CustomerCare.Data;
using Enefit.CustomerCare.Domain;
using Enefit.DataClassification;
using Microsoft.EntityFrameworkCore;

namespace Enefit.CustomerCare.Services;

public sealed record PlannedOffer(string CustomerId, string Offer);

public sealed record CampaignPlan(IReadOnlyList<PlannedOffer> Offers, IReadOnlyList<string> WithoutConsent, int HouseholdAudience);

/// <summary>
/// Builds personalised offers (§7.3.2): a marketing purpose, so only clients whose consent was checked (§7.1.2), and
/// only they may have their interest profile read (§7.4).
/// </summary>
[ProcessingPurpose(Purpose.PersonalizedOffers)]
public sealed class CampaignService(CustomerCareDb db, IConsentRegistry consents)
{
    public CampaignPlan Plan()
    {
        var customers = db.Customers.AsNoTracking().ToList();

        // A consent check in Where: the elements that pass it count as consented in what follows.
        var householdAudience = customers
            .Where(c => consents.TryGetMarketingConsent(c.Id, out _))
            .Count(c => c.Segment == CustomerSegment.Household);

        var offers = new List<PlannedOffer>();
        var withoutConsent = new List<string>();
        foreach (var customer in customers)
        {
            if (!consents.TryGetMarketingConsent(customer.Id, out var consent))
            {
                withoutConsent.Add(customer.Id);
                continue;
            }

            // The generated accessor takes the proof; it throws if the proof names another client.
            var offer = customer.GetInterests(consent) switch
            {
                { ElectricVehicle: true } => "home charger at a discount",
                { SolarPanels: true } => "solar panel installation with a fixed buy-back price",
                { HeatPump: true } => "heat pump electricity plan",
                _ => "green electricity plan",
            };
            offers.Add(new PlannedOffer(customer.Id, offer));
        }

        return new CampaignPlan(offers, withoutConsent, householdAudience);
    }
}
