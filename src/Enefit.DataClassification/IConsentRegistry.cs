using System;
using System.Threading;
using System.Threading.Tasks;

namespace Enefit.DataClassification;

/// <summary>
/// Where the company records and checks its clients' marketing consent (§7.1.2, §7.2) and their electronic-offer
/// opt-outs (§8.1). The only legal source of <see cref="MarketingConsent"/> and <see cref="ElectronicMarketingPermit"/>.
/// </summary>
public interface IConsentRegistry
{
    /// <summary>
    /// Checks whether <paramref name="subjectId"/> consented to marketing (§7.1.2); on <see langword="true"/>,
    /// <paramref name="consent"/> is the proof, otherwise it is <c>default</c>.
    /// </summary>
    [ConsentCheck]
    bool TryGetMarketingConsent(string subjectId, out MarketingConsent consent);

    /// <summary>Checks whether <paramref name="subjectId"/> consented to marketing (§7.1.2).</summary>
    [ConsentCheck]
    ValueTask<bool> HasMarketingConsentAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks whether an electronic offer may go to <paramref name="subjectId"/> on <paramref name="channel"/> (§8.1, §8.2):
    /// consent or contact-person status, and no opt-out. On <see langword="true"/>, <paramref name="permit"/> is the proof.
    /// </summary>
    [ElectronicMarketingCheck]
    bool TryGetElectronicPermit(string subjectId, ElectronicChannel channel, out ElectronicMarketingPermit permit);

    /// <summary>Records that <paramref name="subjectId"/> consented to marketing at <paramref name="at"/> (§7.1.2).</summary>
    void GrantMarketingConsent(string subjectId, DateTimeOffset at);

    /// <summary>Records that <paramref name="subjectId"/> withdrew its marketing consent at <paramref name="at"/> (§7.2).</summary>
    void WithdrawMarketingConsent(string subjectId, DateTimeOffset at);

    /// <summary>Records that <paramref name="subjectId"/> forbids offers on <paramref name="channel"/>, whatever its consent (§8.1).</summary>
    void OptOut(string subjectId, ElectronicChannel channel);

    /// <summary>
    /// Records <paramref name="subjectId"/> as a contact person of a corporate client or a user the client lets use the
    /// service: it may get electronic offers without prior consent, until it opts out (§8.2).
    /// </summary>
    void RegisterContactPerson(string subjectId);
}
