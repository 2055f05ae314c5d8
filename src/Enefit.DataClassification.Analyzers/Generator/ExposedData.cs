using System.Linq;
using System.Threading;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// A public property that carries no category of its own but whose getter reads a classified member of its type
/// (<c>public string TradeName => _name;</c>, <c>public string Upper => _name.ToUpperInvariant();</c>,
/// <c>public string FullName => $"{First} {Last}";</c>) prints client data when printed: the redacting text prints it as
/// a placeholder (§3.2, §3.3). Read from the declaration as written, without a semantic model: every simple name in the
/// getter (alone, or after <c>this.</c> or <c>base.</c>) that names a classified field or property of the type or its
/// bases counts, so a local or parameter of the same name also counts. Redacting too much is the safe side here: a
/// property that masks the value it reads (<c>=> Mask(_email)</c>) prints the placeholder too. Members reached through
/// a method the getter calls are not followed.
/// </summary>
internal static class ExposedData
{
    /// <summary>
    /// The category of the classified members <paramref name="member"/>'s getter reads, or null. Where it reads members
    /// of several categories, the one the Principles restrict most: marketing-only data (§7.4), then communication
    /// data (§6.3.2), then master data (§6.3.1), as <see cref="ClassifiedCategory"/> orders them.
    /// </summary>
    public static ClassifiedCategory? CategoryExposedBy(ISymbol member, MemberClassifier classifier, CancellationToken cancellationToken)
    {
        if (member is not IPropertySymbol property || Getter(property, cancellationToken) is not { } getter)
        {
            return null;
        }

        ClassifiedCategory? strongest = null;
        foreach (var name in getter.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (NamesOwnMember(name) && CategoryNamed(property, name.Identifier.ValueText, classifier) is { } category
                && (strongest is null || category > strongest))
            {
                strongest = category;
            }
        }

        return strongest;
    }

    /// <summary>The getter's code: the property's expression body, or its get accessor's body or expression body.</summary>
    private static SyntaxNode? Getter(IPropertySymbol property, CancellationToken cancellationToken)
    {
        if (property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration)
        {
            return null;
        }

        if (declaration.ExpressionBody is { } expressionBody)
        {
            return expressionBody.Expression;
        }

        var get = declaration.AccessorList?.Accessors.FirstOrDefault(accessor => accessor.IsKind(SyntaxKind.GetAccessorDeclaration));
        return (SyntaxNode?)get?.ExpressionBody?.Expression ?? get?.Body;
    }

    /// <summary>
    /// Whether a simple name may name a member of the property's own object: <c>_name</c>, <c>this._name</c> or
    /// <c>base._name</c>, but not <c>other._name</c>, <c>x?._name</c>, a named argument or a type's member.
    /// </summary>
    private static bool NamesOwnMember(IdentifierNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access when access.Name == name => access.Expression is ThisExpressionSyntax or BaseExpressionSyntax,
        MemberBindingExpressionSyntax or QualifiedNameSyntax or NameColonSyntax or NameEqualsSyntax => false,
        _ => true,
    };

    /// <summary>The category of the field or property the name finds, looked up as C# looks names up: nearest type first.</summary>
    private static ClassifiedCategory? CategoryNamed(IPropertySymbol property, string name, MemberClassifier classifier)
    {
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
}
