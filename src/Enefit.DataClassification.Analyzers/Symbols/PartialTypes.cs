using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// Whether the generator can add a part to a type: only to a type declared <c>partial</c> in types declared
/// <c>partial</c> (§3.1 accessors, §3.2 redacted printing).
/// </summary>
internal static class PartialTypes
{
    /// <summary>Whether every part of the type and of each type that contains it is declared <c>partial</c>.</summary>
    public static bool IsPartialWithContainers(INamedTypeSymbol type, CancellationToken cancellationToken = default)
        => FirstNonPartial(type, cancellationToken) is null;

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
