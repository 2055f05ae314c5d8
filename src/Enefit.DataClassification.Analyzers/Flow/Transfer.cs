using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>
/// What one statement of a basic block does to the facts: an assignment kills what was known of its target (a check
/// made for the old value proves nothing for the new one), records what a bool target proves, which subject the new
/// value comes from, and what holds for its elements or for it as one element of a checked sequence.
/// </summary>
internal sealed class Transfer
{
    private readonly Guards _guards;
    private readonly ConsentedSequences _sequences;

    public Transfer(Guards guards, ConsentedSequences sequences)
    {
        _guards = guards;
        _sequences = sequences;
    }

    public FlowState Apply(IOperation statement, FlowState state, GraphScope scope)
    {
        // Descendants() walks the tree with its own stack, so a deep expression cannot overflow ours.
        foreach (var operation in statement.DescendantsAndSelf())
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation assignment:
                    state = Assign(state, Subjects.KeyOf(assignment.Target), assignment.Value, scope);
                    break;
                case IFlowCaptureOperation capture:
                    state = Assign(state, SubjectKey.ForCapture(capture.Id), capture.Value, scope);
                    break;
                case ICompoundAssignmentOperation compound:
                    state = Kill(state, compound.Target);
                    break;
                case IIncrementOrDecrementOperation increment:
                    state = Kill(state, increment.Target);
                    break;
                case ICoalesceAssignmentOperation coalesce:
                    state = Kill(state, coalesce.Target);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } argument:
                    state = Kill(state, argument.Value);
                    state = RecordProof(state, argument);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    state = KillAll(state, deconstruction.Target);
                    break;
            }
        }

        return state;
    }

    private FlowState Assign(FlowState before, SubjectKey target, IOperation value, GraphScope scope)
    {
        if (target.IsUnknown)
        {
            return before;
        }

        var after = before.Kill(target);
        var source = Subjects.SubjectOf(value, before);
        if (!source.IsUnknown && !source.Equals(target))
        {
            after = after.WithAlias(target, source);
        }

        if (IsBoolOrNullableBool(value.Type))
        {
            var proves = _guards.Evaluate(value, before);
            if (!proves.WhenTrue.IsEmpty || !proves.WhenFalse.IsEmpty)
            {
                after = after.WithCondition(target, new BoolFacts(before.Facts.Union(proves.WhenTrue), before.Facts.Union(proves.WhenFalse)));
            }
        }

        var eachElement = _sequences.ElementFactsOf(value, before, scope);
        if (!eachElement.IsEmpty)
        {
            after = after.WithElements(target, eachElement);
        }
        else
        {
            after = after.Add(_sequences.OneElementFactsOf(value, before, scope).About(SubjectKey.Element, target));
        }

        return after;
    }

    /// <summary>
    /// The Try-pattern's proof is valid exactly when the check returned true: after
    /// <c>registry.TryGetMarketingConsent(c.Id, out var consent)</c>, testing <c>consent.IsValid</c> guards like the call.
    /// </summary>
    private FlowState RecordProof(FlowState state, IArgumentOperation argument)
    {
        if (argument is not { Parent: IInvocationOperation check, Parameter.RefKind: RefKind.Out } || Subjects.KeyOf(argument.Value) is not { IsUnknown: false } proof)
        {
            return state;
        }

        var proves = _guards.ProofOf(check, state);
        return proves.IsEmpty ? state : state.WithCondition(proof, new BoolFacts(state.Facts.Union(proves), state.Facts));
    }

    private static bool IsBoolOrNullableBool(ITypeSymbol? type)
        => type?.SpecialType == SpecialType.System_Boolean
            || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean;

    private static FlowState Kill(FlowState state, IOperation target)
    {
        var key = Subjects.KeyOf(target);
        return key.IsUnknown ? state : state.Kill(key);
    }

    private static FlowState KillAll(FlowState state, IOperation targets)
    {
        foreach (var target in targets.DescendantsAndSelf())
        {
            if (target is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation)
            {
                state = Kill(state, target);
            }
        }

        return state;
    }
}
