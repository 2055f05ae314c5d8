using Enefit.CustomerCare.Domain;
using Enefit.CustomerCare.Logging;
using Enefit.DataClassification;
using Microsoft.Extensions.Logging;

namespace Enefit.CustomerCare.Messaging;

/// <summary>An electronic message that left the company.</summary>
public sealed record SentOffer(string CustomerId, ElectronicChannel Channel, string Text);

/// <summary>
/// Sends offers by e-mail, SMS or MMS. Every call must follow an electronic-marketing check for its recipient (§8.1):
/// the analyzers report a call where none holds (EDC0005).
/// </summary>
public sealed class OfferOutbox(ILogger<OfferOutbox> logger)
{
    private readonly List<SentOffer> _sent = [];

    public IReadOnlyList<SentOffer> Sent => _sent;

    [ElectronicMarketingSend]
    [ProcessingPurpose(Purpose.ElectronicDirectMarketing)]
    public void Send(Customer recipient, ElectronicMarketingPermit permit, MarketingConsent consent, string text)
    {
        // The generated accessor checks that the proof is valid and names this recipient (§7.1.2).
        var address = permit.Channel == ElectronicChannel.Email ? recipient.GetEmail(consent) : recipient.GetPhone(consent);
        Log.OfferSent(logger, recipient.Id, permit.Channel, address);
        _sent.Add(new SentOffer(recipient.Id, permit.Channel, text));
    }
}
