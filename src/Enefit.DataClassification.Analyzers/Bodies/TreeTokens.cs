using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// The tokens of one syntax tree that may lead the rules somewhere (<see cref="BodyScan"/>), in order of position: read
/// once per tree and compilation, then asked for the span of each code block. Most tokens lead nowhere, so the index is
/// small, and a block's question is a binary search.
/// </summary>
/// <remarks>
/// Built per tree rather than per block because every rule asks about every block: a cache of blocks took a lock for
/// each of the compilation's tens of thousands of blocks, under the analyzer driver's threads, where a tree's index is
/// added once per file.
/// </remarks>
internal sealed class TreeTokens
{
    private readonly int[] _positions;
    private readonly BodyTriggers[] _triggers;
    private readonly bool[] _isThisOrBase;

    private TreeTokens(List<(int Position, BodyTriggers Triggers, bool IsThisOrBase)> tokens)
    {
        _positions = new int[tokens.Count];
        _triggers = new BodyTriggers[tokens.Count];
        _isThisOrBase = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            (_positions[i], _triggers[i], _isThisOrBase[i]) = tokens[i];
        }
    }

    /// <summary>Reads every token of <paramref name="tree"/> that names something in <paramref name="names"/> or is a keyword the rules follow.</summary>
    public static TreeTokens Of(SyntaxTree tree, ClientDataNames names, System.Threading.CancellationToken cancellationToken)
    {
        var tokens = new List<(int, BodyTriggers, bool)>();
        foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.ThisKeyword) || token.IsKind(SyntaxKind.BaseKeyword))
            {
                // What this and base bring in depends on the type of the body they are in: resolved per question.
                tokens.Add((token.SpanStart, BodyTriggers.None, true));
            }
            else if (TriggersOf(token, names) is var triggers and not BodyTriggers.None)
            {
                tokens.Add((token.SpanStart, triggers, false));
            }
        }

        return new TreeTokens(tokens);
    }

    /// <summary>
    /// What the tokens within <paramref name="span"/> (a node's span: from its first token's start to its last token's
    /// end) may lead to, with <c>this</c> and <c>base</c> read for a body of <paramref name="owner"/>.
    /// </summary>
    public BodyTriggers Within(TextSpan span, ISymbol owner, ClientDataNames names)
    {
        var triggers = BodyTriggers.None;
        var thisOrBaseSeen = false;
        for (var i = FirstAtOrAfter(span.Start); i < _positions.Length && _positions[i] < span.End; i++)
        {
            triggers |= _triggers[i];
            thisOrBaseSeen |= _isThisOrBase[i];
        }

        return thisOrBaseSeen ? triggers | names.TriggersOfThis(owner as INamedTypeSymbol ?? owner.ContainingType) : triggers;
    }

    private int FirstAtOrAfter(int position)
    {
        var (low, high) = (0, _positions.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_positions[middle] < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static BodyTriggers TriggersOf(SyntaxToken token, ClientDataNames names)
    {
        switch (token.Kind())
        {
            case SyntaxKind.IdentifierToken:
                return names.TriggersOf(token.ValueText);
            case SyntaxKind.DefaultKeyword:
                return BodyTriggers.ProofMaking;
            case SyntaxKind.NewKeyword when token.Parent is ImplicitObjectCreationExpressionSyntax:
                return BodyTriggers.ProofMaking;
            case SyntaxKind.OpenBracketToken when token.Parent is BracketedArgumentListSyntax:
                return names.IndexerTriggers;
            default:
                return BodyTriggers.None;
        }
    }
}
