using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.DataFlow;

/// <summary>
/// A value that carries client data: where it came from (<see cref="Name"/>: <c>Customer.Email</c>, a parameter, or
/// the object that holds it) and its category. Immutable; the flow keeps the first taint that reaches a value.
/// </summary>
internal sealed class Taint
{
    private Taint(string name, ClassifiedCategory? category, HeldData heldByObject)
    {
        Name = name;
        Category = category;
        HeldByObject = heldByObject;
    }

    /// <summary>The member, parameter or value the data came from, as a message names it.</summary>
    public string Name { get; }

    /// <summary>The category, or null for a subject id (identifying, not classified).</summary>
    public ClassifiedCategory? Category { get; }

    /// <summary>For a whole object, what it holds; <see cref="HeldData.None"/> for a classified value.</summary>
    public HeldData HeldByObject { get; }

    public bool IsObject => HeldByObject.IsHeld;

    /// <summary>The value of a classified field, property or parameter, or of a subject id (category null).</summary>
    public static Taint OfMember(ISymbol member, ClassifiedCategory? category) => new(SymbolNames.Of(member), category, HeldData.None);

    /// <summary>A whole object named <paramref name="name"/> that holds <paramref name="held"/>.</summary>
    public static Taint OfObject(string name, HeldData held) => new(name, held.Category, held);

    /// <summary>The first of two taints: a value built of two parts carries the data of either.</summary>
    public static Taint? Either(Taint? first, Taint? second) => first ?? second;
}
