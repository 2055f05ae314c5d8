using System;
using System.Collections.Immutable;
using System.Linq;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>An electronic-marketing check that returned true (§8.1): for a subject, on a channel (null when not a constant).</summary>
internal readonly struct Permit : IEquatable<Permit>
{
    public Permit(SubjectKey subject, int? channel)
    {
        Subject = subject;
        Channel = channel;
    }

    public SubjectKey Subject { get; }

    public int? Channel { get; }

    public bool Equals(Permit other) => Subject.Equals(other.Subject) && Channel == other.Channel;

    public override bool Equals(object? obj) => obj is Permit other && Equals(other);

    public override int GetHashCode() => unchecked(Subject.GetHashCode() * 31 + (Channel ?? -1));
}

/// <summary>
/// What the checks that returned true prove at one point: the subjects whose marketing consent was checked (§7.1.2)
/// and the electronic permits (§8.1). <see cref="Impossible"/> is the fact set of a path that cannot run (the true
/// branch of a constant false); it is the neutral element of <see cref="Meet"/>.
/// </summary>
internal sealed class Facts : IEquatable<Facts>
{
    public static readonly Facts Empty = new(ImmutableHashSet<SubjectKey>.Empty, ImmutableHashSet<Permit>.Empty, impossible: false);
    public static readonly Facts Impossible = new(ImmutableHashSet<SubjectKey>.Empty, ImmutableHashSet<Permit>.Empty, impossible: true);

    private Facts(ImmutableHashSet<SubjectKey> consented, ImmutableHashSet<Permit> permits, bool impossible)
    {
        Consented = consented;
        Permits = permits;
        IsImpossible = impossible;
    }

    public ImmutableHashSet<SubjectKey> Consented { get; }

    public ImmutableHashSet<Permit> Permits { get; }

    public bool IsImpossible { get; }

    public bool IsEmpty => !IsImpossible && Consented.IsEmpty && Permits.IsEmpty;

    public static Facts ConsentOf(SubjectKey subject) => Empty.With(Empty.Consented.Add(subject), Empty.Permits);

    public static Facts PermitFor(SubjectKey subject, int? channel) => Empty.With(Empty.Consented, Empty.Permits.Add(new Permit(subject, channel)));

    /// <summary>Both hold: what a path knows after one more check returned true.</summary>
    public Facts Union(Facts other)
    {
        if (IsImpossible || other.IsImpossible)
        {
            return Impossible;
        }

        return other.IsEmpty ? this : IsEmpty ? other : With(Consented.Union(other.Consented), Permits.Union(other.Permits));
    }

    /// <summary>What holds on both paths: facts meet as "must" where paths join.</summary>
    public Facts Meet(Facts other)
    {
        if (IsImpossible)
        {
            return other;
        }

        return other.IsImpossible ? this : With(Consented.Intersect(other.Consented), Permits.Intersect(other.Permits));
    }

    /// <summary>Forgets what was known of <paramref name="subject"/>: the variable now holds another value.</summary>
    public Facts Without(SubjectKey subject)
    {
        if (!Consented.Contains(subject) && !Permits.Any(p => p.Subject.Equals(subject)))
        {
            return this;
        }

        return With(Consented.Remove(subject), Permits.Except(Permits.Where(p => p.Subject.Equals(subject))));
    }

    /// <summary>Only the facts about <paramref name="subject"/>, said of <paramref name="target"/> instead.</summary>
    public Facts About(SubjectKey subject, SubjectKey target)
    {
        if (IsImpossible || IsEmpty)
        {
            return this;
        }

        var consented = Consented.Contains(subject) ? Empty.Consented.Add(target) : Empty.Consented;
        var permits = Empty.Permits;
        foreach (var permit in Permits)
        {
            if (permit.Subject.Equals(subject))
            {
                permits = permits.Add(new Permit(target, permit.Channel));
            }
        }

        return Empty.With(consented, permits);
    }

    public bool Equals(Facts? other)
        => other is not null
            && IsImpossible == other.IsImpossible
            && Consented.SetEquals(other.Consented)
            && Permits.SetEquals(other.Permits);

    public override bool Equals(object? obj) => Equals(obj as Facts);

    public override int GetHashCode() => Consented.Count * 31 + Permits.Count;

    private Facts With(ImmutableHashSet<SubjectKey> consented, ImmutableHashSet<Permit> permits)
        => consented.IsEmpty && permits.IsEmpty && !IsImpossible ? Empty : new Facts(consented, permits, IsImpossible);
}
