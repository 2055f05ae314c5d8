using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>
/// Which variable a value comes from. A consent check's subject is the variable its argument comes from (<c>c</c> in
/// <c>TryGetMarketingConsent(c.Id, …)</c>); a read's subject is the variable its receiver comes from (<c>c</c> in
/// <c>c.Profile.Interests</c>). A call result, an indexer or an array element is <see cref="SubjectKey.Unknown"/>.
/// </summary>
internal static class Subjects
{
    /// <summary>The variable an assignment writes to, or a reference names; unknown for anything else.</summary>
    public static SubjectKey KeyOf(IOperation? operation)
    {
        switch (Strip(operation))
        {
            case ILocalReferenceOperation local:
                return SubjectKey.For(local.Local);
            case IParameterReferenceOperation parameter:
                return SubjectKey.For(parameter.Parameter);
            case IFlowCaptureReferenceOperation capture:
                return SubjectKey.ForCapture(capture.Id);
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                return SubjectKey.This;
            case IFieldReferenceOperation field when IsOwnOrStatic(field.Instance):
                return SubjectKey.For(field.Field);
            case IPropertyReferenceOperation { Arguments.IsEmpty: true } property when IsOwnOrStatic(property.Instance):
                return SubjectKey.For(property.Property);
            default:
                return SubjectKey.Unknown;
        }
    }

    /// <summary>The subject <paramref name="value"/> belongs to, following member chains, <c>?.</c>, patterns and aliases.</summary>
    public static SubjectKey SubjectOf(IOperation? value, FlowState state)
    {
        var current = value;
        while (current is not null)
        {
            current = Strip(current);
            switch (current)
            {
                case ILocalReferenceOperation or IParameterReferenceOperation or IFlowCaptureReferenceOperation
                    or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                    return Resolve(KeyOf(current), state);
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput }:
                case IPatternOperation:
                    current = PatternInput(current);
                    continue;
                case IFieldReferenceOperation or IPropertyReferenceOperation when IsSubjectId(current) && !IsStatic(current):
                    // The id of an object stands for the object: TryGetMarketingConsent(Id, …) checks this.
                    current = ((IMemberReferenceOperation)current).Instance;
                    continue;
                case IFieldReferenceOperation field:
                    if (IsOwnOrStatic(field.Instance))
                    {
                        return Resolve(KeyOf(field), state);
                    }

                    current = field.Instance;
                    continue;
                case IPropertyReferenceOperation { Arguments.IsEmpty: true } property:
                    if (IsOwnOrStatic(property.Instance))
                    {
                        return Resolve(KeyOf(property), state);
                    }

                    current = property.Instance;
                    continue;
                case IConditionalAccessInstanceOperation:
                    current = ConditionalAccessReceiver(current);
                    continue;
                default:
                    return SubjectKey.Unknown;
            }
        }

        return SubjectKey.Unknown;
    }

    /// <summary>A key stands for the subject it was derived from; a flow capture of nothing known is unknown.</summary>
    public static SubjectKey Resolve(SubjectKey key, FlowState state)
    {
        if (state.Aliases.TryGetValue(key, out var subject))
        {
            return subject;
        }

        return key.Kind == SubjectKind.Capture ? SubjectKey.Unknown : key;
    }

    public static IOperation? Strip(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                case IDeclarationExpressionOperation declaration:
                    operation = declaration.Expression;
                    continue;
                default:
                    return operation;
            }
        }
    }

    private static bool IsSubjectId(IOperation member) => SubjectIds.IsSubjectId(((IMemberReferenceOperation)member).Member);

    private static bool IsStatic(IOperation member) => ((IMemberReferenceOperation)member).Member.IsStatic;

    private static bool IsOwnOrStatic(IOperation? instance)
        => instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

    /// <summary>The value a pattern matches: the operand of <c>is</c> or <c>switch</c>, or the member a subpattern looks at.</summary>
    private static IOperation? PatternInput(IOperation operation)
    {
        var pattern = operation;
        while (pattern is not null and not IPatternOperation)
        {
            pattern = pattern.Parent;
        }

        while (pattern is not null)
        {
            switch (pattern.Parent)
            {
                case IIsPatternOperation isPattern:
                    return isPattern.Value;
                case IPropertySubpatternOperation subpattern:
                    return subpattern.Member;
                case IBinaryPatternOperation or INegatedPatternOperation:
                    pattern = pattern.Parent;
                    continue;
                case ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression }:
                    return switchExpression.Value;
                case IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } }:
                    return switchStatement.Value;
                default:
                    return null;
            }
        }

        return null;
    }

    private static IOperation? ConditionalAccessReceiver(IOperation instance)
    {
        for (var current = instance.Parent; current is not null; current = current.Parent)
        {
            if (current is IConditionalAccessOperation access)
            {
                return access.Operation;
            }
        }

        return null;
    }
}
