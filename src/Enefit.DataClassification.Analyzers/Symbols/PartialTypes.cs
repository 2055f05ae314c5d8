using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// Whether the generator can add a part to a type: only to a type declared <c>partial</c> in types declared
/// <c>partial</c>, none file-local (§3.1 accessors, §3.2 redacted printing).
/// </summary>
internal static class PartialTypes
{
    /// <summary>
    /// The one statement of whether the generator writes a part for a type, shared by the generator and the rules that
    /// assume its output (EDC0006 assumes the redacting <c>ToString</c>, EDC0012 the accessors): a class, struct or
    /// record, not static, every part of it and of each type that contains it declared <c>partial</c>, and none of them
    /// file-local. A file-local type is only visible in its own file, so the generated file cannot add to it.
    /// </summary>
    public static bool GeneratorAddsTo(INamedTypeSymbol type, CancellationToken cancellationToken = default)
        => type.TypeKind is TypeKind.Class or TypeKind.Struct
            && !type.IsStatic
            && FirstNonPartial(type, cancellationToken) is null
            && FirstFileLocal(type) is null;

    /// <summary>The type itself, or else the innermost type around it, that is not declared partial; null when all are.</summary>
    public static INamedTypeSymbol? FirstNonPartial(INamedTypeSymbol type, CancellationToken cancellationToken = default)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!IsPartial(current, cancellationToken))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// The type itself, or else the type around it, that is file-local (only a top-level type can be); null when none
    /// is. The generator's file cannot add to a type visible only in its own file.
    /// </summary>
    public static INamedTypeSymbol? FirstFileLocal(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether every declaration of the type says <c>partial</c>. A type from metadata has no declaration and counts as
    /// not partial: nothing can be added to it.
    /// </summary>
    public static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken = default)
    {
        if (type.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return true;
    }
}
