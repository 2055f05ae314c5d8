using System.Collections.Generic;
using System.Threading;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// A classified member whose accessor the generator leaves out because <see cref="Taker"/>, a member the user declared
/// (or the type itself), already has the accessor's name.
/// </summary>
internal readonly record struct AccessorCollision(ISymbol Classified, ClassifiedCategory Category, string Accessor, ISymbol Taker);

/// <summary>
/// The accessors <see cref="Parser"/> skips because a member the user declared has their name, found the way the
/// generator finds them (same classified members, same names) so that EDC0012 reports exactly those.
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
        if (!TypeDeclarations.IsGeneratable(type, cancellationToken))
        {
            return collisions;
        }

        foreach (var (member, _, category) in Parser.ClassifiedMembers(type, classifier, cancellationToken))
        {
            if (AccessorNames.For(member.Name) is { } accessor && TakerOf(type, accessor) is { } taker)
            {
                collisions.Add(new AccessorCollision(member, category, accessor, taker));
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

    /// <summary>Every member the generator writes carries <c>[GeneratedCode("Enefit.DataClassification", …)]</c>.</summary>
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
