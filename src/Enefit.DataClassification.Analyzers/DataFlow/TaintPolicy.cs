using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.DataFlow;

/// <summary>
/// What a rule counts as client data, for <see cref="TaintFlow"/>: the members whose values are data, and the types
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
        var type = value.Type;
        if (type is null || type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.Delegate)
        {
            return null;
        }

        var held = HeldBy(type);
        return held.IsHeld ? Taint.OfObject(NameOf(value, type), held) : null;
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
