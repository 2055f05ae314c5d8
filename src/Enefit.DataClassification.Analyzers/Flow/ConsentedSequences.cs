using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>
/// LINQ over checked clients: <c>customers.Where(c => registry.TryGetMarketingConsent(c.Id, out _))</c> yields only
/// clients whose consent was checked, and so does every <c>OrderBy</c>, <c>Take</c>, <c>Skip</c>, <c>ToList</c>,
/// <c>ToArray</c> or <c>AsEnumerable</c> chained after it, for <c>IEnumerable&lt;T&gt;</c> and <c>IQueryable&lt;T&gt;</c>
/// (EF Core queries) alike; an electronic-marketing check in the predicate works the same way. What the predicate
/// proves holds inside <c>Select</c>/<c>SelectMany</c> lambdas, in a foreach loop and for an element taken out with
/// <c>First</c>, an indexer and the like.
/// </summary>
internal sealed class ConsentedSequences
{
    // Immutable: one instance serves every compilation on many threads.
    private static readonly ImmutableHashSet<string> KeepElements = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Order", "OrderDescending",
        "Take", "Skip", "TakeLast", "SkipLast", "TakeWhile", "SkipWhile", "Distinct", "DistinctBy", "Reverse",
        "ToList", "ToArray", "ToHashSet", "AsEnumerable", "AsQueryable", "AsNoTracking", "AsTracking",
        "AsAsyncEnumerable", "ToListAsync", "ToArrayAsync", "GetEnumerator", "GetAsyncEnumerator");

    private static readonly ImmutableHashSet<string> TakeOneElement = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "First", "FirstOrDefault", "Single", "SingleOrDefault", "Last", "LastOrDefault", "ElementAt", "ElementAtOrDefault",
        "MinBy", "MaxBy", "FirstAsync", "FirstOrDefaultAsync", "SingleAsync", "SingleOrDefaultAsync",
        "LastAsync", "LastOrDefaultAsync");

    private readonly CheckMembers _checks;

    public ConsentedSequences(CheckMembers checks) => _checks = checks;

    /// <summary>
    /// What holds for every element of <paramref name="sequence"/> (or of the enumerator it is), said of
    /// <see cref="SubjectKey.Element"/>: the checks of every <c>Where</c> in its chain, and those of the variable it
    /// starts from. Empty when nothing is known.
    /// </summary>
    public Facts ElementFactsOf(IOperation? sequence, FlowState state, GraphScope scope)
    {
        var facts = Facts.Empty;
        var current = sequence;
        while (true)
        {
            current = StripAwait(current);
            switch (current)
            {
                case ILocalReferenceOperation or IParameterReferenceOperation or IFlowCaptureReferenceOperation:
                    return state.Elements.TryGetValue(Subjects.KeyOf(current), out var known) ? facts.Union(known) : facts;
                case IInvocationOperation invocation when KeepElements.Contains(invocation.TargetMethod.Name):
                    if (invocation.TargetMethod.Name == "Where")
                    {
                        facts = facts.Union(PredicateFacts(invocation, scope));
                    }

                    current = SourceOf(invocation);
                    continue;
                default:
                    return facts;
            }
        }
    }

    /// <summary>
    /// What holds for <paramref name="value"/> when it is one element of a sequence (<c>Current</c>, <c>First()</c>,
    /// <c>list[0]</c>), said of <see cref="SubjectKey.Element"/>.
    /// </summary>
    public Facts OneElementFactsOf(IOperation value, FlowState state, GraphScope scope)
    {
        switch (StripAwait(value))
        {
            case IPropertyReferenceOperation { Property.Name: "Current" } current:
                return ElementFactsOf(current.Instance, state, scope);
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                return ElementFactsOf(indexer.Instance, state, scope);
            case IArrayElementReferenceOperation element:
                return ElementFactsOf(element.ArrayReference, state, scope);
            case IInvocationOperation invocation when TakeOneElement.Contains(invocation.TargetMethod.Name):
                return ElementFactsOf(SourceOf(invocation), state, scope);
            default:
                return Facts.Empty;
        }
    }

    /// <summary>
    /// What holds for a lambda's first parameter when it receives the elements of a checked sequence: the lambda is an
    /// argument of a call on such a sequence (<c>consented.Select(c => c.Interests)</c>) and its parameter has the
    /// element type.
    /// </summary>
    public Facts LambdaParameterFacts(IFlowAnonymousFunctionOperation lambda, FlowState state, GraphScope scope)
    {
        var parameters = lambda.Symbol.Parameters;
        var argument = lambda.Parent;
        while (argument is IDelegateCreationOperation or IConversionOperation)
        {
            argument = argument.Parent;
        }

        if (parameters.IsEmpty
            || argument is not IArgumentOperation { Parent: IInvocationOperation call } lambdaArgument
            || SourceOf(call) is not { } source
            || source == lambdaArgument.Value
            || !SymbolEqualityComparer.Default.Equals(ElementType(source.Type), parameters[0].Type))
        {
            return Facts.Empty;
        }

        return ElementFactsOf(source, state, scope).About(SubjectKey.Element, SubjectKey.For(parameters[0]));
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

    /// <summary>What a <c>Where</c> predicate proves of each element it lets through.</summary>
    private Facts PredicateFacts(IInvocationOperation where, GraphScope scope)
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
                IFlowAnonymousFunctionOperation lambda => scope.PredicateFacts(lambda),
                IMethodReferenceOperation { Method.ReturnType.SpecialType: SpecialType.System_Boolean } method => _checks.KindOf(method.Method) switch
                {
                    CheckKind.Consent => Facts.ConsentOf(SubjectKey.Element),
                    CheckKind.Electronic => Facts.PermitFor(SubjectKey.Element, channel: null),
                    _ => Facts.Empty,
                },
                _ => Facts.Empty,
            };
        }

        return Facts.Empty;
    }

    /// <summary>The <c>T</c> of an array or <c>IEnumerable&lt;T&gt;</c>, or null.</summary>
    public static ITypeSymbol? ElementType(ITypeSymbol? sequence)
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
