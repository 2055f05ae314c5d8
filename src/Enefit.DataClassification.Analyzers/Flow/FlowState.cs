using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>What a bool variable proves: the facts that hold when it is true, and when it is false.</summary>
internal sealed class BoolFacts : IEquatable<BoolFacts>
{
    public BoolFacts(Facts whenTrue, Facts whenFalse)
    {
        WhenTrue = whenTrue;
        WhenFalse = whenFalse;
    }

    public Facts WhenTrue { get; }

    public Facts WhenFalse { get; }

    public BoolFacts Meet(BoolFacts other) => new(WhenTrue.Meet(other.WhenTrue), WhenFalse.Meet(other.WhenFalse));

    public BoolFacts Without(SubjectKey subject) => new(WhenTrue.Without(subject), WhenFalse.Without(subject));

    public bool Equals(BoolFacts? other) => other is not null && WhenTrue.Equals(other.WhenTrue) && WhenFalse.Equals(other.WhenFalse);

    public override bool Equals(object? obj) => Equals(obj as BoolFacts);

    public override int GetHashCode() => WhenTrue.GetHashCode() ^ WhenFalse.GetHashCode();
}

/// <summary>
/// The flow analysis' knowledge at one point of a body: the facts that hold, the variables whose elements passed checks
/// (the result of a <c>Where</c> with a check) and what holds for each of them, what bool variables prove, and which variables were derived
/// from which subject (<c>var id = c.Id</c> makes a check on <c>id</c> a check on <c>c</c>). Immutable.
/// </summary>
internal sealed class FlowState : IEquatable<FlowState>
{
    public static readonly FlowState Empty = new(
        Facts.Empty,
        ImmutableDictionary<SubjectKey, Facts>.Empty,
        ImmutableDictionary<SubjectKey, BoolFacts>.Empty,
        ImmutableDictionary<SubjectKey, SubjectKey>.Empty);

    private FlowState(
        Facts facts,
        ImmutableDictionary<SubjectKey, Facts> elements,
        ImmutableDictionary<SubjectKey, BoolFacts> conditions,
        ImmutableDictionary<SubjectKey, SubjectKey> aliases)
    {
        Facts = facts;
        Elements = elements;
        Conditions = conditions;
        Aliases = aliases;
    }

    public Facts Facts { get; }

    /// <summary>
    /// Sequences (and foreach enumerators) whose every element passed a check: what holds for
    /// <see cref="SubjectKey.Element"/>, each of their elements.
    /// </summary>
    public ImmutableDictionary<SubjectKey, Facts> Elements { get; }

    /// <summary>What a bool local, parameter or flow capture proves when tested.</summary>
    public ImmutableDictionary<SubjectKey, BoolFacts> Conditions { get; }

    /// <summary>Variables whose value came from a subject: <c>id</c> → <c>c</c> after <c>var id = c.Id</c>.</summary>
    public ImmutableDictionary<SubjectKey, SubjectKey> Aliases { get; }

    public FlowState WithFacts(Facts facts) => facts.Equals(Facts) ? this : new(facts, Elements, Conditions, Aliases);

    public FlowState Add(Facts facts) => WithFacts(Facts.Union(facts));

    public FlowState WithCondition(SubjectKey variable, BoolFacts facts) => new(Facts, Elements, Conditions.SetItem(variable, facts), Aliases);

    public FlowState WithElements(SubjectKey variable, Facts eachElement) => new(Facts, Elements.SetItem(variable, eachElement), Conditions, Aliases);

    public FlowState WithAlias(SubjectKey variable, SubjectKey subject) => new(Facts, Elements, Conditions, Aliases.SetItem(variable, subject));

    /// <summary>
    /// Forgets everything known of <paramref name="variable"/> after it is assigned: a check made for its old value
    /// proves nothing for the new one, and values derived from the old one no longer stand for it.
    /// </summary>
    public FlowState Kill(SubjectKey variable)
    {
        var conditions = Conditions.Remove(variable);
        foreach (var entry in conditions)
        {
            var reduced = entry.Value.Without(variable);
            if (!reduced.Equals(entry.Value))
            {
                conditions = conditions.SetItem(entry.Key, reduced);
            }
        }

        var aliases = Aliases.Remove(variable);
        foreach (var entry in aliases)
        {
            if (entry.Value.Equals(variable))
            {
                aliases = aliases.Remove(entry.Key);
            }
        }

        return new FlowState(Facts.Without(variable), Elements.Remove(variable), conditions, aliases);
    }

    /// <summary>What holds on both paths where they join.</summary>
    public FlowState Meet(FlowState other)
    {
        if (ReferenceEquals(this, other))
        {
            return this;
        }

        var conditions = ImmutableDictionary<SubjectKey, BoolFacts>.Empty;
        foreach (var variable in Conditions.Keys.Union(other.Conditions.Keys))
        {
            conditions = conditions.SetItem(variable, ConditionOf(variable).Meet(other.ConditionOf(variable)));
        }

        var aliases = ImmutableDictionary<SubjectKey, SubjectKey>.Empty;
        foreach (var entry in Aliases)
        {
            if (other.Aliases.TryGetValue(entry.Key, out var subject) && subject.Equals(entry.Value))
            {
                aliases = aliases.Add(entry.Key, entry.Value);
            }
        }

        var elements = ImmutableDictionary<SubjectKey, Facts>.Empty;
        foreach (var entry in Elements)
        {
            if (other.Elements.TryGetValue(entry.Key, out var facts) && entry.Value.Meet(facts) is { IsEmpty: false } both)
            {
                elements = elements.Add(entry.Key, both);
            }
        }

        return new FlowState(Facts.Meet(other.Facts), elements, conditions, aliases);
    }

    /// <summary>What a test of <paramref name="variable"/> proves; a variable never assigned from a check proves what holds anyway.</summary>
    public BoolFacts ConditionOf(SubjectKey variable)
        => Conditions.TryGetValue(variable, out var facts) ? facts : new BoolFacts(Facts, Facts);

    /// <summary>The state a lambda or local function starts with: flow captures belong to the graph that made them.</summary>
    public FlowState WithoutCaptures()
    {
        static bool IsCapture(SubjectKey key) => key.Kind == SubjectKind.Capture;

        var state = this;
        foreach (var key in Conditions.Keys.Concat(Aliases.Keys).Concat(Elements.Keys).Where(IsCapture).ToList())
        {
            state = state.Kill(key);
        }

        return state;
    }

    public bool Equals(FlowState? other)
        => other is not null
            && Facts.Equals(other.Facts)
            && SameEntries(Elements, other.Elements)
            && SameEntries(Conditions, other.Conditions)
            && SameEntries(Aliases, other.Aliases);

    public override bool Equals(object? obj) => Equals(obj as FlowState);

    public override int GetHashCode() => Facts.GetHashCode() ^ Elements.Count ^ (Conditions.Count << 8);

    private static bool SameEntries<TValue>(ImmutableDictionary<SubjectKey, TValue> left, ImmutableDictionary<SubjectKey, TValue> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var entry in left)
        {
            if (!right.TryGetValue(entry.Key, out var value) || !EqualityComparer<TValue>.Default.Equals(value, entry.Value))
            {
                return false;
            }
        }

        return true;
    }
}
