namespace Enefit.DataClassification;

/// <summary>
/// The one table of the Principles' rules on purposes and categories, used by the runtime (the generated accessors)
/// and by the analyzers alike.
/// </summary>
/// <remarks>
/// Contract purposes (§6.1) need no consent and may use master and communication data (§6.3), never marketing-only data.
/// Marketing purposes (§7.3) need the client's consent (§7.1.2) and may use every category (§7.4).
/// </remarks>
public static class PurposePolicy
{
    /// <summary>Whether <paramref name="purpose"/> is a contract purpose of §6.1, which needs no consent (§6.2).</summary>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="purpose"/> is not a defined <see cref="Purpose"/>.</exception>
    public static bool IsContractPurpose(Purpose purpose)
    {
        Guard.Defined(purpose, nameof(purpose));
        return purpose <= Purpose.PaymentDefaultReporting;
    }

    /// <summary>Whether <paramref name="purpose"/> is a marketing purpose of §7.3, which needs the client's consent (§7.1.2).</summary>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="purpose"/> is not a defined <see cref="Purpose"/>.</exception>
    public static bool RequiresConsent(Purpose purpose) => !IsContractPurpose(purpose);

    /// <summary>
    /// Whether data of <paramref name="category"/> may be used for <paramref name="purpose"/> at all, consent aside:
    /// master and communication data for every purpose (§6.3, §7.4), marketing-only data for marketing purposes only (§7.4).
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">An argument is not a defined enum value.</exception>
    public static bool Permits(Purpose purpose, DataCategory category)
    {
        Guard.Defined(purpose, nameof(purpose));
        Guard.Defined(category, nameof(category));
        return category != DataCategory.MarketingOnly || RequiresConsent(purpose);
    }

    /// <summary>The clause of the Principles that defines <paramref name="purpose"/>, such as <c>"§6.1.4"</c>.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="purpose"/> is not a defined <see cref="Purpose"/>.</exception>
    public static string ClauseOf(Purpose purpose)
        => IsContractPurpose(purpose)
            ? "§6.1." + ((int)purpose + 1)
            : "§7.3." + ((int)purpose - (int)Purpose.MarketingAnalysis + 1);
}
