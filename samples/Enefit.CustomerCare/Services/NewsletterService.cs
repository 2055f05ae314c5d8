using Enefit.CustomerCare.Data;
using Enefit.CustomerCare.Messaging;
using Enefit.DataClassification;
using Microsoft.EntityFrameworkCore;

namespace Enefit.CustomerCare.Services;

public sealed record NewsletterRun(int Sent, IReadOnlyList<(string CustomerId, string Reason)> Skipped);

/// <summary>
/// E-mails the monthly offer (§7.3.3). It needs the client's marketing consent (§7.1.2) and, whatever the consent,
/// no opt-out from e-mail offers (§8.1): the outbox's send is an [ElectronicMarketingSend].
/// </summary>
[ProcessingPurpose(Purpose.ElectronicDirectMarketing)]
public sealed class NewsletterService(CustomerCareDb db, IConsentRegistry consents, OfferOutbox outbox)
{
    public NewsletterRun SendMonthlyOffer(string text)
    {
        var sent = 0;
        var skipped = new List<(string, string)>();
        foreach (var customer in db.Customers.AsNoTracking().ToList())
        {
            if (!consents.TryGetMarketingConsent(customer.Id, out var consent))
            {
                skipped.Add((customer.Id, "no marketing consent (§7.1.2)"));
                continue;
            }

            if (!consents.TryGetElectronicPermit(customer.Id, ElectronicChannel.Email, out var permit))
            {
                skipped.Add((customer.Id, "opted out of e-mail offers (§8.1)"));
                continue;
            }

            outbox.Send(customer, permit, consent, text);
            sent++;
        }

        return new NewsletterRun(sent, skipped);
    }
}
