using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>The <c>using</c> aliases a file declares, at its top and in its namespaces: a body may name anything through one.</summary>
internal static class UsingAliases
{
    public static IEnumerable<string> Of(SyntaxTree tree)
    {
        if (tree.GetRoot() is not CompilationUnitSyntax unit)
        {
            yield break;
        }

        foreach (var alias in Declared(unit.Usings))
        {
            yield return alias;
        }

        foreach (var alias in InMembers(unit.Members))
        {
            yield return alias;
        }
    }

    private static IEnumerable<string> InMembers(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            if (member is not BaseNamespaceDeclarationSyntax @namespace)
            {
                continue;
            }

            foreach (var alias in Declared(@namespace.Usings))
            {
                yield return alias;
            }

            foreach (var alias in InMembers(@namespace.Members))
            {
                yield return alias;
            }
        }
    }

    private static IEnumerable<string> Declared(SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias)
            {
                yield return alias.Name.Identifier.ValueText;
            }
        }
    }
}
