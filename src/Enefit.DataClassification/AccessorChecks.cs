using System;
using System.ComponentModel;

namespace Enefit.DataClassification;

/// <summary>
/// The checks the generated accessors make before they return a classified value, in one place: each accessor is a
/// call and a return, so the code the generator adds to a project stays small and compiles fast. Not meant for
/// hand-written code, which reads classified data through the generated accessors.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AccessorChecks
{
    private const string ConsentClause = "§7.1.2";

    /// <summary>
    /// Refuses <paramref name="purpose"/> when it is a marketing purpose (§7.3): those need the client's checked
    /// consent (§7.1.2) and read through the accessor that takes a <see cref="MarketingConsent"/>.
    /// </summary>
    /// <param name="purpose">The purpose the caller processes the data for.</param>
    /// <param name="memberName">The classified member read, such as <c>Customer.Email</c>.</param>
    /// <param name="category">The member's category.</param>
    /// <exception cref="DataProtectionException"><paramref name="purpose"/> needs consent.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="memberName"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/> or <paramref name="category"/> is not a defined value.</exception>
    public static void CheckPurpose(Purpose purpose, string memberName, DataCategory category)
    {
        Guard.NotNull(memberName, nameof(memberName));
        Guard.Defined(category, nameof(category));
        if (PurposePolicy.RequiresConsent(purpose))
        {
            throw new DataProtectionException(
                memberName,
                category,
                purpose,
                ConsentClause,
                "A marketing purpose needs the client's checked consent: read through the overload that takes a MarketingConsent.");
        }
    }

    /// <summary>Refuses <paramref name="consent"/> unless a consent registry issued it (§7.1.2): <c>default</c> is no proof.</summary>
    /// <param name="consent">The proof that the client's marketing consent was checked.</param>
    /// <param name="memberName">The classified member read, such as <c>Customer.Email</c>.</param>
    /// <param name="category">The member's category.</param>
    /// <exception cref="DataProtectionException"><paramref name="consent"/> is not a valid proof.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="memberName"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    public static void CheckConsent(MarketingConsent consent, string memberName, DataCategory category)
    {
        Guard.NotNull(memberName, nameof(memberName));
        Guard.Defined(category, nameof(category));
        if (!consent.IsValid)
        {
            throw new DataProtectionException(
                memberName,
                category,
                null,
                ConsentClause,
                "The marketing-consent proof is not valid: only a consent registry issues one.");
        }
    }

    /// <summary>
    /// Refuses <paramref name="consent"/> unless a consent registry issued it and it was checked for the client the data
    /// belongs to (§7.1.2): a proof for one client does not open another's data.
    /// </summary>
    /// <param name="consent">The proof that the client's marketing consent was checked.</param>
    /// <param name="dataSubjectId">
    /// The <see cref="SubjectIdAttribute">subject id</see> of the object whose data is read, as text; an object without
    /// one (null or empty) matches no proof.
    /// </param>
    /// <param name="memberName">The classified member read, such as <c>Customer.Email</c>.</param>
    /// <param name="category">The member's category.</param>
    /// <exception cref="DataProtectionException"><paramref name="consent"/> is not a valid proof, or is for another client.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="memberName"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    public static void CheckConsent(MarketingConsent consent, string? dataSubjectId, string memberName, DataCategory category)
    {
        CheckConsent(consent, memberName, category);
        if (!string.Equals(consent.SubjectId, dataSubjectId, StringComparison.Ordinal))
        {
            throw new DataProtectionException(
                memberName,
                category,
                null,
                ConsentClause,
                "The marketing-consent proof was checked for another client.");
        }
    }
}
