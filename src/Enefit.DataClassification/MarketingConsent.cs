using System;

namespace Enefit.DataClassification;

/// <summary>
/// Proof that a subject's marketing consent (§7.1.2, §7.3) was checked. Only an <see cref="IConsentRegistry"/>
/// issues one (EDC0007 reports a proof made by hand); code that holds a valid proof may read the subject's data
/// for a marketing purpose. <c>default</c> is not a proof: its <see cref="IsValid"/> is false.
/// </summary>
public readonly struct MarketingConsent : IEquatable<MarketingConsent>
{
    private readonly string? _subjectId;

    private MarketingConsent(string subjectId, DateTimeOffset checkedAt)
    {
        _subjectId = subjectId;
        CheckedAt = checkedAt;
    }

    /// <summary>The client whose consent was checked; empty for an invalid proof.</summary>
    public string SubjectId => _subjectId ?? string.Empty;

    /// <summary>When the consent was checked.</summary>
    public DateTimeOffset CheckedAt { get; }

    /// <summary>False for <c>default</c>, which proves nothing.</summary>
    public bool IsValid => _subjectId is not null;

    /// <summary>Issues a proof. Meant for <see cref="IConsentRegistry"/> implementations only (EDC0007).</summary>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is null, empty or whitespace.</exception>
    public static MarketingConsent Issue(string subjectId, DateTimeOffset checkedAt)
    {
        Guard.SubjectId(subjectId, nameof(subjectId));
        return new MarketingConsent(subjectId, checkedAt);
    }

    /// <inheritdoc/>
    public bool Equals(MarketingConsent other)
        => string.Equals(_subjectId, other._subjectId, StringComparison.Ordinal) && CheckedAt.Equals(other.CheckedAt);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MarketingConsent other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
        => unchecked(((_subjectId is null ? 0 : StringComparer.Ordinal.GetHashCode(_subjectId)) * 397) ^ CheckedAt.GetHashCode());

    /// <summary>Whether two proofs name the same subject and time.</summary>
    public static bool operator ==(MarketingConsent left, MarketingConsent right) => left.Equals(right);

    /// <summary>Whether two proofs differ.</summary>
    public static bool operator !=(MarketingConsent left, MarketingConsent right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString()
        => IsValid ? $"MarketingConsent(subject {SubjectId}, checked {CheckedAt:O})" : "MarketingConsent(invalid)";
}
