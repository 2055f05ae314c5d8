namespace Enefit.DataClassification;

/// <summary>
/// The kinds of client data the Principles distinguish (§2, §6.3, §7.4).
/// Anonymous data (§2.3) is not a category: it is a type marked <see cref="AnonymousDataAttribute"/>.
/// </summary>
public enum DataCategory
{
    /// <summary>
    /// Master data (§6.3.1, "klienta galvenie dati"): name, personal code, date of birth, identity
    /// document, contact data of the client or its contact person, language, preferred channel, segment.
    /// Contract purposes (§6.1) may use it without consent.
    /// </summary>
    MasterData,

    /// <summary>
    /// Communication data (§6.3.2, "ar klienta saziņu saistītie dati"): service use, contracts and orders,
    /// invoices and payments, cookie data (§13), payment discipline and debts.
    /// Contract purposes (§6.1) may use it without consent.
    /// </summary>
    CommunicationData,

    /// <summary>
    /// Data the company may hold only because the client consented to marketing (§7.4): interests and
    /// habits from public data sets (§7.4.7), data bought for marketing (§7.4.8), marketing profiles (§7.3.1).
    /// Only marketing purposes (§7.3) may use it, and only with checked consent.
    /// </summary>
    MarketingOnly,
}
