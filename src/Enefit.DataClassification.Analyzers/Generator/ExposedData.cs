using System.Threading;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// A public property that only hands out a classified member of its type (<c>public string TradeName => _name;</c>)
/// carries no category of its own, yet printing it prints the classified value: the redacting text prints it as that
/// member's placeholder (§3.2, §3.3). Read from the declaration as written: an expression body, or a getter whose body
/// is that expression or returns it, naming the member with or without <c>this.</c>. A property that computes from the
/// member (<c>=> _name.Trim()</c>) is not recognised.
/// </summary>
internal static class ExposedData
{
    /// <summary>The category of the classified member <paramref name="member"/> returns as it is, or null.</summary>
    public static ClassifiedCategory? CategoryExposedBy(ISymbol member, MemberClassifier classifier, CancellationToken cancellationToken)
    {
        if (member is not IPropertySymbol property || ReturnedName(property, cancellationToken) is not { } name)
        {
            return null;
        }

        // The nearest member of that name is the one the expression names, as C# looks names up.
        for (var type = property.ContainingType; type is not null; type = type.BaseType)
        {
            foreach (var candidate in type.GetMembers(name))
            {
                if (candidate is IFieldSymbol or IPropertySymbol && !SymbolEqualityComparer.Default.Equals(candidate, property))
                {
                    return classifier.CategoryOf(candidate);
                }
            }
        }

        return null;
    }

    private static string? ReturnedName(IPropertySymbol property, CancellationToken cancellationToken)
    {
        if (property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration)
        {
            return null;
        }

        return NameOf(declaration.ExpressionBody?.Expression ?? GetterResult(declaration.AccessorList));
    }

    private static ExpressionSyntax? GetterResult(AccessorListSyntax? accessors)
    {
        if (accessors is null)
        {
            return null;
        }

        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
            {
                return accessor.ExpressionBody?.Expression
                    ?? (accessor.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } returned }
                        ? returned
                        : null);
            }
        }

        return null;
    }

    /// <summary><c>_name</c>, <c>this._name</c> or either in parentheses: the name; anything else: null.</summary>
    private static string? NameOf(ExpressionSyntax? expression) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => NameOf(parenthesized.Expression),
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        _ => null,
    };
}
