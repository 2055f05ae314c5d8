using System.Collections.Generic;
using System.Threading;
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
    /// <summary>The tokens that lead somewhere, in order of position; <c>this</c> and <c>base</c> with no triggers of their own.</summary>
    private readonly Entry[] _entries;

    private TreeTokens(Entry[] entries) => _entries = entries;

    /// <summary>
    /// The tokens of <paramref name="tree"/> that name something in <paramref name="names"/> or are keywords the rules
    /// follow: found where its text spells them, or, in a file with syntax errors, by reading every token.
    /// </summary>
    public static TreeTokens Of(SyntaxTree tree, ClientDataNames names, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);

        // A tree with syntax errors may hold missing tokens, which have no text, and skipped ones, which are not tokens
        // of the tree: its tokens are walked. A tree without them is found in its text (TextCandidates).
        return new TreeTokens(root.ContainsDiagnostics
            ? Walked(root, names)
            : Found(root, names.Candidates.In(tree.GetText(cancellationToken), cancellationToken), names));
    }

    /// <summary>The tokens of <paramref name="root"/> that lead somewhere, every token read.</summary>
    internal static Entry[] Walked(SyntaxNode root, ClientDataNames names)
    {
        var entries = new List<Entry>();
        foreach (var token in root.DescendantTokens())
        {
            AddIfLeading(entries, token, names);
        }

        return entries.ToArray();
    }

    /// <summary>The tokens of <paramref name="root"/> that lead somewhere, looked for at <paramref name="candidates"/> only.</summary>
    internal static Entry[] Found(SyntaxNode root, List<int> candidates, ClientDataNames names)
    {
        var entries = new List<Entry>();
        var lastStart = -1;
        foreach (var position in candidates)
        {
            // A candidate in a comment, a string or a directive has no token of its own: the token found is beside it.
            var token = root.FindToken(position);
            if (token.Span.Contains(position) && token.SpanStart != lastStart)
            {
                lastStart = token.SpanStart;
                AddIfLeading(entries, token, names);
            }
        }

        return entries.ToArray();
    }

    private static void AddIfLeading(List<Entry> entries, SyntaxToken token, ClientDataNames names)
    {
        if (token.IsKind(SyntaxKind.ThisKeyword) || token.IsKind(SyntaxKind.BaseKeyword))
        {
            // What this and base bring in depends on the type of the body they are in: resolved per question.
            entries.Add(new Entry(token.SpanStart, BodyTriggers.None, IsThisOrBase: true));
        }
        else if (TriggersOf(token, names) is var triggers and not BodyTriggers.None)
        {
            entries.Add(new Entry(token.SpanStart, triggers, IsThisOrBase: false));
        }
    }

    /// <summary>
    /// What the tokens within <paramref name="span"/> (a node's span: from its first token's start to its last token's
    /// end) may lead to, with <c>this</c> and <c>base</c> read for a body of <paramref name="owner"/>.
    /// </summary>
    public BodyTriggers Within(TextSpan span, ISymbol owner, ClientDataNames names)
    {
        var triggers = BodyTriggers.None;
        var thisOrBaseSeen = false;
        for (var i = FirstAtOrAfter(span.Start); i < _entries.Length && _entries[i].Position < span.End; i++)
        {
            triggers |= _entries[i].Triggers;
            thisOrBaseSeen |= _entries[i].IsThisOrBase;
        }

        return thisOrBaseSeen ? triggers | names.TriggersOfThis(owner as INamedTypeSymbol ?? owner.ContainingType) : triggers;
    }

    private int FirstAtOrAfter(int position)
    {
        var (low, high) = (0, _entries.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_entries[middle].Position < position)
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

    internal readonly record struct Entry(int Position, BodyTriggers Triggers, bool IsThisOrBase);
}
