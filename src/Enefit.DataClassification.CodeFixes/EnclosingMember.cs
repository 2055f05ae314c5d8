using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Enefit.DataClassification.CodeFixes;

/// <summary>Where a fix for a read lands: the member declaration around it.</summary>
internal static class EnclosingMember
{
    /// <summary>
    /// The member declaration that holds the diagnostic, looking past lambdas, local functions and accessors: a lambda
    /// or local function starts with the purpose and the facts of the member it is written in, so a fix on the member
    /// covers it, and a property's purpose covers its accessors.
    /// </summary>
    public static MemberDeclarationSyntax? Of(SyntaxNode root, TextSpan span)
        => root.FindToken(span.Start).Parent?.FirstAncestorOrSelf<MemberDeclarationSyntax>();
}
