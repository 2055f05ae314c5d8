using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>
/// LINQ over consented clients: <c>customers.Where(c => registry.TryGetMarketingConsent(c.Id, out _))</c> yields only
/// clients whose consent was checked, and so does every <c>OrderBy</c>, <c>Take</c>, <c>Skip</c>, <c>ToList</c>,
/// <c>ToArray</c> or <c>AsEnumerable</c> chained after it, for <c>IEnumerable&lt;T&gt;</c> and <c>IQueryable&lt;T&gt;</c>
/// (EF Core queries) alike. Their elements are consented inside <c>Select</c>/<c>SelectMany</c> lambdas, in a foreach
/// loop and when taken out with <c>First</c>, an indexer and the like.
/// </summary>
internal sealed class ConsentedSequences
{
    private static readonly HashSet<string> KeepElements = new()
    {
        "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Order", "OrderDescending",
        "Take", "Skip", "TakeLast", "SkipLast", "TakeWhile", "SkipWhile", "Distinct", "DistinctBy", "Reverse",
        "ToList", "ToArray", "ToHashSet", "AsEnumerable", "AsQueryable", "AsNoTracking", "AsTracking",
        "AsAsyncEnumerable", "ToListAsync", "ToArrayAsync", "GetEnumerator", "GetAsyncEnumerator",
    };

    private static readonly HashSet<string> TakeOneElement = new()
    {
        "First", "FirstOrDefault", "Single", "SingleOrDefault", "Last", "LastOrDefault", "ElementAt", "ElementAtOrDefault",
        "MinBy", "MaxBy", "FirstAsync", "FirstOrDefaultAsync", "SingleAsync", "SingleOrDefaultAsync",
        "LastAsync", "LastOrDefaultAsync",
    };

    private readonly CheckMembers _checks;

    public ConsentedSequences(CheckMembers checks) => _checks = checks;

    /// <summary>Whether every element of <paramref name="sequence"/> (or of the enumerator it is) passed a consent check.</summary>
    public bool IsConsented(IOperation? sequence, FlowState state, GraphScope scope)
    {
        var current = sequence;
        while (true)
        {
            current = StripAwait(current);
            switch (current)
            {
                case ILocalReferenceOperation or IParameterReferenceOperation or IFlowCaptureReferenceOperation:
                    return state.ConsentedElements.Contains(Subjects.KeyOf(current));
                case IInvocationOperation invocation when KeepElements.Contains(invocation.TargetMethod.Name):
                    if (invocation.TargetMethod.Name == "Where" && PredicateChecksConsent(invocation, scope))
                    {
                        return true;
                    }

                    current = SourceOf(invocation);
                    continue;
                default:
                    return false;
            }
        }
    }

    /// <summary>Whether <paramref name="value"/> is one element of a consented sequence: <c>Current</c>, <c>First()</c>, <c>list[0]</c>.</summary>
    public bool IsConsentedElement(IOperation value, FlowState state, GraphScope scope)
    {
        switch (StripAwait(value))
        {
            case IPropertyReferenceOperation { Property.Name: "Current" } current:
                return IsConsented(current.Instance, state, scope);
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                return IsConsented(indexer.Instance, state, scope);
            case IArrayElementReferenceOperation element:
                return IsConsented(element.ArrayReference, state, scope);
            case IInvocationOperation invocation when TakeOneElement.Contains(invocation.TargetMethod.Name):
                return IsConsented(SourceOf(invocation), state, scope);
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether a lambda's first parameter receives the elements of a consented sequence: the lambda is an argument of
    /// a call on such a sequence (<c>consented.Select(c => c.Interests)</c>) and its parameter has the element type.
    /// </summary>
    public bool ReceivesConsentedElements(IFlowAnonymousFunctionOperation lambda, FlowState state, GraphScope scope)
    {
        var parameters = lambda.Symbol.Parameters;
        var argument = lambda.Parent;
        while (argument is IDelegateCreationOperation or IConversionOperation)
        {
            argument = argument.Parent;
        }

        if (parameters.IsEmpty || argument is not IArgumentOperation { Parent: IInvocationOperation call } || SourceOf(call) is not { } source
            || source == ((IArgumentOperation)argument).Value)
        {
            return false;
        }

        return SymbolEqualityComparer.Default.Equals(ElementType(source.Type), parameters[0].Type) && IsConsented(source, state, scope);
    }

    /// <summary>The sequence a LINQ call works on: an extension method's first argument, or the receiver.</summary>
    public static IOperation? SourceOf(IInvocationOperation invocation)
    {
        if (invocation.Instance is { } instance)
        {
            return instance;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private bool PredicateChecksConsent(IInvocationOperation where, GraphScope scope)
    {
        foreach (var argument in where.Arguments)
        {
            if (argument.Parameter?.Ordinal != 1)
            {
                continue;
            }

            var predicate = argument.Value;
            while (predicate is IDelegateCreationOperation or IConversionOperation)
            {
                predicate = predicate is IDelegateCreationOperation creation ? creation.Target : ((IConversionOperation)predicate).Operand;
            }

            return predicate switch
            {
                IFlowAnonymousFunctionOperation lambda => scope.ConsentsFirstParameter(lambda),
                IMethodReferenceOperation method => _checks.KindOf(method.Method) == CheckKind.Consent
                    && method.Method.ReturnType.SpecialType == SpecialType.System_Boolean,
                _ => false,
            };
        }

        return false;
    }

    private static ITypeSymbol? ElementType(ITypeSymbol? sequence)
    {
        if (sequence is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (sequence is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } enumerable)
        {
            return enumerable.TypeArguments[0];
        }

        if (sequence is null)
        {
            return null;
        }

        foreach (var @interface in sequence.AllInterfaces)
        {
            if (@interface.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return @interface.TypeArguments[0];
            }
        }

        return null;
    }

    private static IOperation? StripAwait(IOperation? operation)
    {
        while (true)
        {
            operation = Subjects.Strip(operation);
            switch (operation)
            {
                case IAwaitOperation await:
                    operation = await.Operation;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } awaited }:
                    operation = awaited;
                    continue;
                default:
                    return operation;
            }
        }
    }
}
