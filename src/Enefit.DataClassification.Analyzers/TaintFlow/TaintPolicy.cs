using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.TaintFlow;

/// <summary>
/// What a rule counts as client data, for <see cref="TaintAnalysis"/>: the members whose values are data, and the types
/// whose whole objects are. How data moves through strings, builders and redactors is the same for every rule and
/// lives in <see cref="TaintPropagation"/>. Made per compilation in a start action.
/// </summary>
internal abstract class TaintPolicy
{
    protected TaintPolicy(Compilation compilation, ClassifiedContent content)
    {
        Content = content;
        Propagation = new TaintPropagation(compilation);
    }

    public ClassifiedContent Content { get; }

    public TaintPropagation Propagation { get; }

    /// <summary>The taint of reading <paramref name="member"/> (a field, property or parameter), or null.</summary>
    public abstract Taint? OfMember(ISymbol member);

    /// <summary>What a whole value of <paramref name="type"/> carries, or <see cref="HeldData.None"/>.</summary>
    protected abstract HeldData HeldBy(ITypeSymbol type);

    /// <summary>The taint of a whole object, from its static type alone, named as the code names the value.</summary>
    public Taint? OfObject(IOperation value)
    {
        var held = HeldByValueOf(value.Type);
        return held.IsHeld ? Taint.OfObject(NameOf(value, value.Type!), held) : null;
    }

    /// <summary>
    /// Whether <paramref name="operation"/> may bring data into a flow, by the same definitions the flow uses: a read of a
    /// member or parameter <see cref="OfMember"/> taints, or a value whose type <see cref="OfObject"/> taints. A body
    /// none of whose operations is a source carries no data anywhere, so it needs no control-flow graph. It errs towards
    /// "yes": it looks at every operation, while the flow asks only of some.
    /// </summary>
    public bool IsSource(IOperation operation) => operation switch
    {
        IMemberReferenceOperation member when OfMember(member.Member) is not null => true,
        IParameterReferenceOperation parameter when OfMember(parameter.Parameter) is not null => true,
        IForEachLoopOperation loop when MayYieldUnseenElements(loop) => true,
        _ => HeldByValueOf(operation.Type).IsHeld,
    };

    private HeldData HeldByValueOf(ITypeSymbol? type)
        => type is null || type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.Delegate
            ? HeldData.None
            : HeldBy(type);

    /// <summary>
    /// The graph reads a loop's elements through the enumerator's <c>Current</c>, an operation the tree does not hold;
    /// a collection typed as a sequence or an array is itself a source when its elements are, any other collection (an
    /// enumerator by pattern, an async stream) is taken for one.
    /// </summary>
    private static bool MayYieldUnseenElements(IForEachLoopOperation loop)
    {
        var collection = loop.Collection is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : loop.Collection;
        return collection.Type is not { } type || ClassifiedContent.ElementType(type) is null;
    }

    /// <summary><c>customer</c> for a local or parameter, <c>Order.Buyer</c> for a member, else the type's name.</summary>
    private static string NameOf(IOperation value, ITypeSymbol type) => value switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IMemberReferenceOperation member => SymbolNames.Of(member.Member),
        IInstanceReferenceOperation => "this",
        IConversionOperation conversion => NameOf(conversion.Operand, conversion.Operand.Type ?? type),
        _ => SymbolNames.OfType(type),
    };
}
