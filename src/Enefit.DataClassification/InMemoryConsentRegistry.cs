using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Enefit.DataClassification;

/// <summary>
/// A thread-safe <see cref="IConsentRegistry"/> held in memory, for tests and samples.
/// Consent holds from its grant until it is withdrawn (§7.2); an opt-out blocks electronic permits on its channel
/// whatever the consent (§8.1); a contact person gets electronic permits without consent until it opts out (§8.2).
/// </summary>
public sealed class InMemoryConsentRegistry : IConsentRegistry
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SubjectRecord> _subjects = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    /// <summary>A registry whose proofs carry the system clock's time.</summary>
    public InMemoryConsentRegistry()
        : this(TimeProvider.System)
    {
    }

    /// <summary>A registry whose proofs carry <paramref name="timeProvider"/>'s time, for tests.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public InMemoryConsentRegistry(TimeProvider timeProvider)
    {
        Guard.NotNull(timeProvider, nameof(timeProvider));
        _timeProvider = timeProvider;
    }

    /// <inheritdoc/>
    public bool TryGetMarketingConsent(string subjectId, out MarketingConsent consent)
    {
        Guard.SubjectId(subjectId, nameof(subjectId));
        lock (_gate)
        {
            consent = Find(subjectId)?.ConsentGranted == true
                ? MarketingConsent.Issue(subjectId, _timeProvider.GetUtcNow())
                : default;
        }

        return consent.IsValid;
    }

    /// <inheritdoc/>
    public ValueTask<bool> HasMarketingConsentAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        Guard.SubjectId(subjectId, nameof(subjectId));
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<bool>(TryGetMarketingConsent(subjectId, out _));
    }

    /// <inheritdoc/>
    public bool TryGetElectronicPermit(string subjectId, ElectronicChannel channel, out ElectronicMarketingPermit permit)
    {
        Guard.SubjectId(subjectId, nameof(subjectId));
        Guard.Defined(channel, nameof(channel));
        lock (_gate)
        {
            permit = Find(subjectId)?.MayReceiveOffersOn(channel) == true
                ? ElectronicMarketingPermit.Issue(subjectId, channel, _timeProvider.GetUtcNow())
                : default;
        }

        return permit.IsValid;
    }

    /// <inheritdoc/>
    public void GrantMarketingConsent(string subjectId, DateTimeOffset at)
    {
        Guard.SubjectId(subjectId, nameof(subjectId));
        lock (_gate)
        {
            var record = GetOrAdd(subjectId);
            record.ConsentGranted = true;
            record.ConsentChangedAt = at;
        }
    }

    /// <inheritdoc/>
    public void WithdrawMarketingConsent(string subjectId, DateTimeOffset at)
    {
        Guard.SubjectId(subjectId, nameof(subjectId));
        lock (_gate)
        {
            var record = GetOrAdd(subjectId);
            record.ConsentGranted = false;
            record.ConsentChangedAt = at;
        }
    }

    /// <inheritdoc/>
    public void OptOut(string subjectId, ElectronicChannel channel)
    {
        Guard.SubjectId(subjectId, nameof(subjectId));
        Guard.Defined(channel, nameof(channel));
        lock (_gate)
        {
            GetOrAdd(subjectId).OptedOut.Add(channel);
        }
    }

    /// <inheritdoc/>
    public void RegisterContactPerson(string subjectId)
    {
        Guard.SubjectId(subjectId, nameof(subjectId));
        lock (_gate)
        {
            GetOrAdd(subjectId).IsContactPerson = true;
        }
    }

    /// <summary>When the subject's consent was last granted or withdrawn, or null when it never was.</summary>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is null, empty or whitespace.</exception>
    public DateTimeOffset? ConsentChangedAt(string subjectId)
    {
        Guard.SubjectId(subjectId, nameof(subjectId));
        lock (_gate)
        {
            return Find(subjectId)?.ConsentChangedAt;
        }
    }

    private SubjectRecord? Find(string subjectId) => _subjects.TryGetValue(subjectId, out var record) ? record : null;

    private SubjectRecord GetOrAdd(string subjectId)
    {
        if (!_subjects.TryGetValue(subjectId, out var record))
        {
            record = new SubjectRecord();
            _subjects.Add(subjectId, record);
        }

        return record;
    }

    /// <summary>What the registry knows of one subject; guarded by the registry's lock.</summary>
    private sealed class SubjectRecord
    {
        public bool ConsentGranted { get; set; }

        public DateTimeOffset? ConsentChangedAt { get; set; }

        public bool IsContactPerson { get; set; }

        public HashSet<ElectronicChannel> OptedOut { get; } = new();

        /// <summary>§8.1: an opt-out wins over any consent; §8.2: a contact person needs no prior consent.</summary>
        public bool MayReceiveOffersOn(ElectronicChannel channel)
            => !OptedOut.Contains(channel) && (ConsentGranted || IsContactPerson);
    }
}
