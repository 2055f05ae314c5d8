using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// A classified member whose accessor the generator leaves out because <see cref="Taker"/>, a member the user declared
/// (or the type itself), already has the accessor's name; or, when <see cref="TakerIsClassifiedTwin"/>, because
/// <see cref="Taker"/> is another classified member of the type whose accessor would have the same name.
/// </summary>
internal readonly record struct AccessorCollision(
    ISymbol Classified,
    ClassifiedCategory Category,
    string Accessor,
    ISymbol Taker,
    bool TakerIsClassifiedTwin);

/// <summary>
/// The accessors <see cref="Parser"/> skips because a member the user declared has their name, or because two classified
/// members would share it, found the way the generator finds them (same classified members, same names) so that EDC0012
/// reports exactly those.
/// </summary>
/// <remarks>
/// The generator also skips a name that a base type's generated part has, and it gives an override no accessor of its
/// own when the base's accessor covers it: the data is still reachable through the base's accessor, so neither is a
/// collision. The analyzers see the compilation after generation, where this generator's members are present, so they
/// are told apart by their <c>[GeneratedCode]</c> attribute.
/// </remarks>
internal static class AccessorCollisions
{
    /// <summary>The collisions of a type the generator adds to; none for a type it cannot add to.</summary>
    public static List<AccessorCollision> In(INamedTypeSymbol type, MemberClassifier classifier, CancellationToken cancellationToken)
    {
        var collisions = new List<AccessorCollision>();
        if (!PartialTypes.GeneratorAddsTo(type, cancellationToken))
        {
            return collisions;
        }

        var classified = Parser.ClassifiedMembers(type, classifier, cancellationToken);
        var accessors = classified.Select(entry => AccessorNames.For(entry.Member.Name)).ToList();
        for (var index = 0; index < classified.Count; index++)
        {
            if (accessors[index] is not { } accessor)
            {
                continue;
            }

            var (member, _, category) = classified[index];
            if (TakerOf(type, accessor) is { } taker)
            {
                collisions.Add(new AccessorCollision(member, category, accessor, taker, TakerIsClassifiedTwin: false));
            }
            else if (TwinOf(classified, accessors, index) is { } twin)
            {
                collisions.Add(new AccessorCollision(member, category, accessor, twin, TakerIsClassifiedTwin: true));
            }
        }

        return collisions;
    }

    /// <summary>
    /// What already has <paramref name="accessor"/> as its name, in the order the generator's taken names are built:
    /// the type itself (a member may not take its type's name), then a member of the type or a base type that this
    /// generator did not write. Null when no such member exists.
    /// </summary>
    private static ISymbol? TakerOf(INamedTypeSymbol type, string accessor)
    {
        if (type.Name == accessor)
        {
            return type;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(accessor))
            {
                if (!IsWrittenByThisGenerator(member))
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The first other classified member whose accessor would have the same name: two members such as a field
    /// <c>_email</c> and a property <c>Email</c> would share <c>GetEmail</c>, so the generator gives it to neither, as it
    /// cannot tell which one the user means.
    /// </summary>
    private static ISymbol? TwinOf(
        List<(ISymbol Member, ITypeSymbol Type, ClassifiedCategory Category)> classified,
        List<string?> accessors,
        int index)
    {
        for (var other = 0; other < classified.Count; other++)
        {
            if (other != index && accessors[other] == accessors[index])
            {
                return classified[other].Member;
            }
        }

        return null;
    }

    /// <summary>Every member the generator writes carries <c>[GeneratedCode(<see cref="GeneratedText.Tool"/>, …)]</c>.</summary>
    private static bool IsWrittenByThisGenerator(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute", ContainingNamespace: { Name: "Compiler", ContainingNamespace.Name: "CodeDom" } }
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is GeneratedText.Tool)
            {
                return true;
            }
        }

        return false;
    }
}
