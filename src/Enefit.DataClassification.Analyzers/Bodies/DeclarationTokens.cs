using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// Whether two versions of a file declare the same things: the same tokens, in the same order, outside the bodies of
/// its members. Most edits in the IDE are inside a body, and a body declares no name through which other code reaches
/// client data, so the names of the compilation before such an edit still hold after it (<see cref="EarlierNames"/>).
/// </summary>
/// <remarks>
/// What counts as a body: the block or arrow of a method, constructor, destructor, operator, accessor, or of a
/// property or indexer written with an arrow; and a top-level statement, the body of the program's entry point. What
/// those hold (locals, lambdas, local functions and their parameters) is not a member; the one name it may use to
/// classify (a category attribute on a lambda's parameter) is in every compilation's names. Everything else is
/// compared: attributes and their arguments, signatures, base lists, initialisers, <c>using</c> directives. Trivia is
/// not: comments and whitespace declare nothing, and code a directive disables has no tokens.
/// </remarks>
internal static class DeclarationTokens
{
    public static bool Same(SyntaxTree earlier, SyntaxTree later, CancellationToken cancellationToken)
    {
        using var earlierTokens = OutsideBodies(earlier.GetRoot(cancellationToken)).GetEnumerator();
        using var laterTokens = OutsideBodies(later.GetRoot(cancellationToken)).GetEnumerator();
        while (earlierTokens.MoveNext())
        {
            if (!laterTokens.MoveNext() || !SameToken(earlierTokens.Current, laterTokens.Current))
            {
                return false;
            }
        }

        return !laterTokens.MoveNext();
    }

    private static bool SameToken(SyntaxToken earlier, SyntaxToken later)
        => earlier.RawKind == later.RawKind && string.Equals(earlier.Text, later.Text, System.StringComparison.Ordinal);

    private static IEnumerable<SyntaxToken> OutsideBodies(SyntaxNode root) => root.DescendantTokens(node => !IsBody(node));

    private static bool IsBody(SyntaxNode node) => node switch
    {
        GlobalStatementSyntax => true,
        BlockSyntax or ArrowExpressionClauseSyntax =>
            node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax,
        _ => false,
    };
}
