using System.Collections.Generic;
using System.Collections.Immutable;
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
/// a placeholder (§3.2, §3.3). Read from the declarations as written, without a semantic model: every simple name in the
/// getter (alone, or after <c>this.</c> or <c>base.</c>) that names a classified field or property of the type or its
/// bases counts, so a local or lambda parameter of the same name also counts. A name that finds a method of the type
/// or an unclassified property is followed into that method's body or that property's getter, once each, so that
/// <c>=> Greeting()</c> with <c>string Greeting() => "Hello " + _name;</c> counts too; there a parameter of the method
/// hides a member of its name, since what the call passes was read where the call is. Redacting too much is the safe
/// side here: a property that masks the value it reads (<c>=> Mask(_email)</c>) prints the placeholder too. Members of
/// other objects, and methods declared in more than one place or without source, are not followed.
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
        if (member is not IPropertySymbol property)
        {
            return null;
        }

        var reach = new Reach(property, classifier, cancellationToken);
        reach.Follow(property);
        return reach.Strongest;
    }

    /// <summary>What one printed property reaches: the members followed so far and the strongest category read.</summary>
    private sealed class Reach
    {
        private readonly IPropertySymbol _printed;
        private readonly MemberClassifier _classifier;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<ISymbol> _followed = new(SymbolEqualityComparer.Default);

        public Reach(IPropertySymbol printed, MemberClassifier classifier, CancellationToken cancellationToken)
        {
            _printed = printed;
            _classifier = classifier;
            _cancellationToken = cancellationToken;
        }

        public ClassifiedCategory? Strongest { get; private set; }

        /// <summary>Reads a property's getter or a method's body, once.</summary>
        public void Follow(ISymbol member)
        {
            if (!_followed.Add(member) || Code(member, _cancellationToken) is not var (code, hidden))
            {
                return;
            }

            foreach (var name in code.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (NamesOwnMember(name) && !hidden.Contains(name.Identifier.ValueText))
                {
                    Read(name.Identifier.ValueText);
                }
            }
        }

        /// <summary>
        /// The members a simple name finds, looked up as C# looks names up: nearest type first. The printed property
        /// itself is passed over: a getter that names it again reads on (<c>base.Name</c>), not itself.
        /// </summary>
        private void Read(string name)
        {
            for (var type = _printed.ContainingType; type is not null; type = type.BaseType)
            {
                var found = false;
                foreach (var candidate in type.GetMembers(name))
                {
                    switch (candidate)
                    {
                        case IPropertySymbol when SymbolEqualityComparer.Default.Equals(candidate, _printed):
                            break;
                        case IFieldSymbol or IPropertySymbol when _classifier.CategoryOf(candidate) is { } category:
                            found = true;
                            if (Strongest is null || category > Strongest)
                            {
                                Strongest = category;
                            }

                            break;
                        case IFieldSymbol:
                            found = true;
                            break;
                        case IPropertySymbol or IMethodSymbol { MethodKind: MethodKind.Ordinary }:
                            found = true;
                            Follow(candidate);
                            break;
                    }
                }

                if (found)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// The code a member runs when read or called, and the names it hides: a property's expression body or get
    /// accessor, hiding nothing; a method's body or expression body, hiding its parameters. Null for a member declared
    /// in more than one place or not in source.
    /// </summary>
    private static (SyntaxNode Code, ImmutableHashSet<string> Hidden)? Code(ISymbol member, CancellationToken cancellationToken)
    {
        if (member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var code = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            PropertyDeclarationSyntax property => Getter(property),
            MethodDeclarationSyntax declaration => (SyntaxNode?)declaration.ExpressionBody?.Expression ?? declaration.Body,
            _ => null,
        };
        if (code is null)
        {
            return null;
        }

        // A getter hides no name; a method its parameters.
        var hidden = member is IMethodSymbol method
            ? method.Parameters.Select(parameter => parameter.Name).ToImmutableHashSet(System.StringComparer.Ordinal)
            : ImmutableHashSet<string>.Empty;
        return (code, hidden);
    }

    /// <summary>The getter's code: the property's expression body, or its get accessor's body or expression body.</summary>
    private static SyntaxNode? Getter(PropertyDeclarationSyntax declaration)
    {
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
}
