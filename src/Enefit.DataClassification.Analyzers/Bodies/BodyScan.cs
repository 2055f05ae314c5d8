using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// Reads the tokens of a code block, unbound, for what they may lead the rules to (<see cref="ClientDataNames"/>): a
/// name from the set, <c>this</c> or <c>base</c> in a type that holds client data, <c>default</c> or <c>new()</c> (a
/// proof made by hand may be either), an element access when an indexer hands out client data. The tokens come from
/// the tree's index (<see cref="TreeTokens"/>), read once per file.
/// </summary>
internal static class BodyScan
{
    public static BodyTriggers Of(SyntaxNode codeBlock, ISymbol owner, ClientDataNames names, CancellationToken cancellationToken)
    {
        // The parameters, a setter's implicit value among them, by their symbols: a body reads them by name alone.
        var triggers = owner is IMethodSymbol method ? names.ParameterTriggersOf(method) : BodyTriggers.None;
        var tokens = names.TokensOf(codeBlock.SyntaxTree, cancellationToken);
        foreach (var part in ExecutableParts(codeBlock))
        {
            triggers |= tokens.Within(part.Span, owner, names);
        }

        return triggers;
    }

    /// <summary>
    /// The parts of a code block that run: not a member's own name, return type or attributes, which bring no data in
    /// (a property named <c>Email</c> is not a read of it); a parameter's default value is a part.
    /// </summary>
    public static IEnumerable<SyntaxNode> ExecutableParts(SyntaxNode codeBlock)
    {
        switch (codeBlock)
        {
            case BaseMethodDeclarationSyntax method:
                return Present(method.ParameterList, (method as ConstructorDeclarationSyntax)?.Initializer, method.Body, method.ExpressionBody);
            case AccessorDeclarationSyntax accessor:
                return Present(accessor.Body, accessor.ExpressionBody);
            case BaseFieldDeclarationSyntax or PropertyDeclarationSyntax or EnumMemberDeclarationSyntax:
                return CodeBlockRoots.InitializersOf(codeBlock);
            case TypeDeclarationSyntax type:
                return Present(type.ParameterList, type.BaseList);
            default:
                return new[] { codeBlock };
        }
    }

    private static IEnumerable<SyntaxNode> Present(params SyntaxNode?[] parts)
    {
        foreach (var part in parts)
        {
            if (part is not null)
            {
                yield return part;
            }
        }
    }
}
