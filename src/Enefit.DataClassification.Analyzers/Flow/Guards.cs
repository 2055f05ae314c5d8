using System.Collections.Generic;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>
/// Reads a condition as a guard: what holds when it is true, and when it is false. Understands a check call (also the
/// Try-pattern and an awaited async check), a check property or field of the subject, <c>!</c>, <c>is true</c>,
/// <c>is not false</c>, <c>== true</c>, <c>!= false</c>, a property pattern <c>c is { AcceptsMarketing: true }</c>,
/// and a bool variable assigned from any of these. <c>&amp;&amp;</c>, <c>||</c> and <c>?:</c> need nothing here: the
/// control-flow graph turns them into branches.
/// </summary>
internal sealed class Guards
{
    private static readonly BoolFacts Nothing = new(Facts.Empty, Facts.Empty);

    private readonly CheckMembers _checks;

    public Guards(CheckMembers checks) => _checks = checks;

    /// <summary>The facts to add on the true and the false branch of <paramref name="condition"/>.</summary>
    public BoolFacts Evaluate(IOperation condition, FlowState state)
    {
        var negated = false;
        var awaited = false;
        var current = condition;
        while (Peel(ref current, ref negated, ref awaited) is { } peeled)
        {
            if (!peeled)
            {
                return Nothing;
            }
        }

        var facts = Core(current, state, awaited);
        return negated ? new BoolFacts(facts.WhenFalse, facts.WhenTrue) : facts;
    }

    /// <summary>
    /// Takes one layer off a condition: <c>!</c>, a comparison with a bool constant, <c>await</c>,
    /// <c>ConfigureAwait</c>. True when a layer came off, false when the layer makes the condition prove nothing,
    /// null when there is none left.
    /// </summary>
    private static bool? Peel(ref IOperation current, ref bool negated, ref bool awaited)
    {
        current = Subjects.Strip(current)!;
        switch (current)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                negated = !negated;
                current = not.Operand;
                return true;
            case IIsPatternOperation { Pattern: IConstantPatternOperation constant } isPattern when BoolConstant(constant.Value) is { } expected:
                current = isPattern.Value;
                return TestsForTrue(current, !expected, ref negated);
            case IIsPatternOperation { Pattern: INegatedPatternOperation { Pattern: IConstantPatternOperation constant } } isPattern
                when BoolConstant(constant.Value) is { } excluded:
                current = isPattern.Value;
                return TestsForTrue(current, excluded, ref negated);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
                when ComparedWithBool(comparison) is { } compared:
                current = compared.Other;
                return TestsForTrue(current, (comparison.OperatorKind == BinaryOperatorKind.Equals) != compared.Constant, ref negated);
            case IAwaitOperation await:
                awaited = true;
                current = await.Operation;
                return true;
            case IInvocationOperation { TargetMethod.Name: "ConfigureAwait" or "AsTask", Instance: { } task }:
                current = task;
                return true;
            default:
                return null;
        }
    }

    private BoolFacts Core(IOperation operation, FlowState state, bool awaited)
    {
        if (BoolConstant(operation) is { } constant)
        {
            // The branch a constant does not take cannot run: anything may be assumed there.
            return constant ? new BoolFacts(Facts.Empty, Facts.Impossible) : new BoolFacts(Facts.Impossible, Facts.Empty);
        }

        if (operation.ConstantValue is { HasValue: true, Value: null } || operation is IDefaultValueOperation { Type.IsValueType: true })
        {
            // A null bool? is never true (the null branch of c?.AcceptsMarketing); it is not false either, but nothing
            // is claimed for that side.
            return new BoolFacts(Facts.Impossible, Facts.Empty);
        }

        switch (operation)
        {
            case IInvocationOperation invocation:
                var returnsTask = invocation.TargetMethod.ReturnType.SpecialType != SpecialType.System_Boolean;
                return returnsTask && !awaited
                    ? Nothing
                    : WhenTrue(Proof(_checks.KindOf(invocation.TargetMethod), CallSubject.Of(invocation), state, invocation));
            case IPropertyReferenceOperation { Property.Name: "IsValid", Instance: { } proof } when IsProof(proof.Type):
                return state.ConditionOf(Subjects.KeyOf(proof));
            case IPropertyReferenceOperation { Arguments.IsEmpty: true } property:
                return WhenTrue(Proof(_checks.KindOf(property.Property), property.Instance, state, call: null));
            case IFieldReferenceOperation field:
                return WhenTrue(Proof(_checks.KindOf(field.Field), field.Instance, state, call: null));
            case ILocalReferenceOperation or IParameterReferenceOperation or IFlowCaptureReferenceOperation:
                return state.ConditionOf(Subjects.KeyOf(operation));
            case IIsPatternOperation isPattern:
                return WhenTrue(PatternProof(isPattern.Pattern, isPattern.Value, state));
            default:
                return Nothing;
        }
    }

    /// <summary>
    /// <c>c is { AcceptsMarketing: true }</c>: a check property matched against true, also on either side of
    /// <c>and</c> (never of <c>or</c> or <c>not</c>, which do not require the match).
    /// </summary>
    private Facts PatternProof(IPatternOperation pattern, IOperation value, FlowState state)
    {
        var facts = Facts.Empty;
        var patterns = new Stack<IPatternOperation>();
        patterns.Push(pattern);
        while (patterns.Count > 0)
        {
            switch (patterns.Pop())
            {
                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } and:
                    patterns.Push(and.LeftPattern);
                    patterns.Push(and.RightPattern);
                    break;
                case IRecursivePatternOperation recursive:
                    facts = facts.Union(PropertyPatternProof(recursive, value, state));
                    break;
            }
        }

        return facts;
    }

    private Facts PropertyPatternProof(IRecursivePatternOperation pattern, IOperation value, FlowState state)
    {
        var facts = Facts.Empty;
        foreach (var subpattern in pattern.PropertySubpatterns)
        {
            if (subpattern.Pattern is IConstantPatternOperation constant
                && BoolConstant(constant.Value) == true
                && subpattern.Member switch
                {
                    IPropertyReferenceOperation property => property.Property,
                    IFieldReferenceOperation field => (ISymbol)field.Field,
                    _ => null,
                } is { } member)
            {
                facts = facts.Union(Proof(_checks.KindOf(member), value, state, call: null));
            }
        }

        return facts;
    }

    /// <summary>What a Try-pattern check call proves when it returns true, for the proof it hands out.</summary>
    public Facts ProofOf(IInvocationOperation check, FlowState state)
        => Proof(_checks.KindOf(check.TargetMethod), CallSubject.Of(check), state, check);

    private bool IsProof(ITypeSymbol? type)
        => KnownSymbols.Is(type as INamedTypeSymbol, _checks.Symbols.MarketingConsent)
            || KnownSymbols.Is(type as INamedTypeSymbol, _checks.Symbols.ElectronicMarketingPermit);

    private Facts Proof(CheckKind kind, IOperation? subjectSource, FlowState state, IInvocationOperation? call)
    {
        // A static check without parameters names no subject (EDC0011 reports its shape): it proves nothing.
        if (kind == CheckKind.None || subjectSource is null)
        {
            return Facts.Empty;
        }

        var subject = Subjects.SubjectOf(subjectSource, state);
        return kind == CheckKind.Consent
            ? Facts.ConsentOf(subject)
            : Facts.PermitFor(subject, call is null ? null : CallSubject.ChannelOf(call, _checks.Symbols.ElectronicChannel));
    }

    /// <summary>
    /// Folds one comparison with a bool constant into <paramref name="negated"/>. A <c>bool?</c> has three values, so
    /// only its "is true" test (<c>c?.AcceptsMarketing == true</c>) proves anything: its negation may be null.
    /// </summary>
    private static bool TestsForTrue(IOperation operand, bool negates, ref bool negated)
    {
        if (operand.Type?.SpecialType != SpecialType.System_Boolean)
        {
            return !negates && !negated;
        }

        negated ^= negates;
        return true;
    }

    private static BoolFacts WhenTrue(Facts facts) => facts.IsEmpty ? Nothing : new BoolFacts(facts, Facts.Empty);

    private static bool? BoolConstant(IOperation operation)
        => Subjects.Strip(operation)!.ConstantValue is { HasValue: true, Value: bool value } ? value : null;

    private static (IOperation Other, bool Constant)? ComparedWithBool(IBinaryOperation comparison)
    {
        if (BoolConstant(comparison.RightOperand) is { } right)
        {
            return (comparison.LeftOperand, right);
        }

        return BoolConstant(comparison.LeftOperand) is { } left ? (comparison.RightOperand, left) : null;
    }
}
