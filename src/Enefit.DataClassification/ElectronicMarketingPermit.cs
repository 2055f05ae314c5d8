using System;

namespace Enefit.DataClassification;

/// <summary>
/// Proof that an electronic offer may go to a subject on a channel (§8.1, §8.2): the client consented to marketing or
/// is a contact person or authorised user, and has not opted out of that channel. Only an <see cref="IConsentRegistry"/>
/// issues one (EDC0007). <c>default</c> is not a permit: its <see cref="IsValid"/> is false.
/// </summary>
public readonly struct ElectronicMarketingPermit : IEquatable<ElectronicMarketingPermit>
{
    private readonly string? _subjectId;

    private ElectronicMarketingPermit(string subjectId, ElectronicChannel channel, DateTimeOffset checkedAt)
    {
        _subjectId = subjectId;
        Channel = channel;
        CheckedAt = checkedAt;
    }

    /// <summary>The client the offer may go to; empty for an invalid permit.</summary>
    public string SubjectId => _subjectId ?? string.Empty;

    /// <summary>The channel the permit is for.</summary>
    public ElectronicChannel Channel { get; }

    /// <summary>When consent and opt-out were checked.</summary>
    public DateTimeOffset CheckedAt { get; }

    /// <summary>False for <c>default</c>, which permits nothing.</summary>
    public bool IsValid => _subjectId is not null;

    /// <summary>Issues a permit. Meant for <see cref="IConsentRegistry"/> implementations only (EDC0007).</summary>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is null, empty or whitespace.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined <see cref="ElectronicChannel"/>.</exception>
    public static ElectronicMarketingPermit Issue(string subjectId, ElectronicChannel channel, DateTimeOffset checkedAt)
    {
        Guard.SubjectId(subjectId, nameof(subjectId));
        Guard.Defined(channel, nameof(channel));
        return new ElectronicMarketingPermit(subjectId, channel, checkedAt);
    }

    /// <inheritdoc/>
    public bool Equals(ElectronicMarketingPermit other)
        => string.Equals(_subjectId, other._subjectId, StringComparison.Ordinal)
            && Channel == other.Channel
            && CheckedAt.Equals(other.CheckedAt);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ElectronicMarketingPermit other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
        => unchecked((((_subjectId is null ? 0 : StringComparer.Ordinal.GetHashCode(_subjectId)) * 397) ^ (int)Channel) * 397 ^ CheckedAt.GetHashCode());

    /// <summary>Whether two permits are the same.</summary>
    public static bool operator ==(ElectronicMarketingPermit left, ElectronicMarketingPermit right) => left.Equals(right);

    /// <summary>Whether two permits differ.</summary>
    public static bool operator !=(ElectronicMarketingPermit left, ElectronicMarketingPermit right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString()
        => IsValid ? $"ElectronicMarketingPermit(subject {SubjectId}, {Channel}, checked {CheckedAt:O})" : "ElectronicMarketingPermit(invalid)";
}
