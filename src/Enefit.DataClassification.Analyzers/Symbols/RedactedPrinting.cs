using System;
using System.Linq;
using Enefit.DataClassification.Analyzers.Generator;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// The one statement of when the generator prints a type through its redacting <c>ToString</c>: a partial class or
/// struct with classified members that does not declare its own <c>ToString</c> (nor inherit a sealed one), or a partial record with classified
/// members that declares neither <c>PrintMembers</c> nor <c>ToString</c> (the generator then writes a redacting
/// <c>PrintMembers</c>). Its containing types are partial too and none is file-local, or the generator could not add
/// to it (<see cref="PartialTypes.GeneratorAddsTo"/>). Logging such an
/// object is no leak (§3.2); the generator and the leak rule (EDC0006) share this predicate.
/// </summary>
internal static class RedactedPrinting
{
    /// <summary>Whether values of <paramref name="type"/> print through the generator's redacting <c>ToString</c>.</summary>
    /// <param name="type">The type of the printed value.</param>
    /// <param name="hasClassifiedMembers">Whether the type has classified members, the generator's first condition.</param>
    public static bool PrintsRedacted(INamedTypeSymbol type, bool hasClassifiedMembers)
    {
        if (!hasClassifiedMembers || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return false;
        }

        if (type.DeclaringSyntaxReferences.IsEmpty)
        {
            // From metadata: partial-ness is gone, but the generator's own ToString or PrintMembers is still marked.
            return type.GetMembers("ToString").Any(IsWrittenByGenerator)
                || (type.IsRecord && type.GetMembers("PrintMembers").Any(IsWrittenByGenerator));
        }

        return PartialTypes.GeneratorAddsTo(type) && !DeclaresOwnPrinting(type);
    }

    /// <summary>
    /// Whether the user wrote the printing the generator would otherwise write, or a base class sealed <c>ToString</c>
    /// so that no override can be added.
    /// </summary>
    public static bool DeclaresOwnPrinting(INamedTypeSymbol type)
        => type.GetMembers("ToString").Any(IsUserPrintingMethod)
            || (type.IsRecord && type.GetMembers("PrintMembers").Any(IsUserPrintingMethod))
            || (!type.IsRecord && BaseSealsToString(type));

    private static bool BaseSealsToString(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.GetMembers("ToString").Any(member => member is IMethodSymbol { IsSealed: true, Parameters.IsEmpty: true }))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUserPrintingMethod(ISymbol member)
        => member is IMethodSymbol { IsImplicitlyDeclared: false, MethodKind: MethodKind.Ordinary } method
            && !IsWrittenByGenerator(method);

    private static bool IsWrittenByGenerator(ISymbol member)
    {
        if (!member.DeclaringSyntaxReferences.IsEmpty
            && member.DeclaringSyntaxReferences.All(r => r.SyntaxTree.FilePath.EndsWith(GeneratedText.FileSuffix, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return member.GetAttributes().Any(attribute =>
            attribute.AttributeClass is { Name: "GeneratedCodeAttribute" }
            && attribute.ConstructorArguments.Length > 0
            && attribute.ConstructorArguments[0].Value is string tool
            && tool.StartsWith(GeneratedText.Tool, StringComparison.Ordinal));
    }
}
