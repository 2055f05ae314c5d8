using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// Where in a file's text a token that may lead somewhere can stand (<see cref="TreeTokens"/>): found by reading the
/// characters once, without making a syntax node. Walking every token of every file made the compiler build the red
/// nodes of every tree, which on the benchmark's 200,000 lines cost more than building the names (benchmarks/README.md).
/// </summary>
/// <remarks>
/// A candidate is only a place to look: the caller finds the token there and judges it as before, so a candidate too
/// many costs one lookup and changes nothing. None may be missing. A token that may lead somewhere is an identifier,
/// <c>this</c>, <c>base</c>, <c>default</c>, <c>new</c> or <c>[</c>. The keywords and <c>[</c> are spelled as they
/// are; an identifier is spelled as its value, after an optional <c>@</c>, unless it has a Unicode escape (which starts
/// with a backslash, a candidate of its own) or a formatting character (not ASCII, and every word with a character
/// beyond ASCII is a candidate). A word is a longest run of identifier characters, as the lexer reads one, so a word
/// that spells a name starts where its token does, or just after its <c>@</c>.
/// </remarks>
internal sealed class TextCandidates
{
    private static readonly string[] Keywords = { "this", "base", "default", "new" };

    private readonly HashSet<long> _wordKeys = new();
    private readonly bool _brackets;

    /// <param name="names">The names that lead somewhere.</param>
    /// <param name="brackets">Whether an element access leads somewhere: then every <c>[</c> is a candidate.</param>
    public TextCandidates(IEnumerable<string> names, bool brackets)
    {
        foreach (var word in names)
        {
            _wordKeys.Add(KeyOf(word));
        }

        foreach (var keyword in Keywords)
        {
            _wordKeys.Add(KeyOf(keyword));
        }

        _brackets = brackets;
    }

    /// <summary>The positions in <paramref name="text"/>, in order, where a token that may lead somewhere can start or lie.</summary>
    public List<int> In(SourceText text, CancellationToken cancellationToken)
    {
        var candidates = new List<int>();
        var characters = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(0, characters, 0, text.Length);
            cancellationToken.ThrowIfCancellationRequested();
            Read(characters, text.Length, candidates);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(characters);
        }

        return candidates;
    }

    private void Read(char[] characters, int length, List<int> candidates)
    {
        var position = 0;
        while (position < length)
        {
            var character = characters[position];
            if (SyntaxFacts.IsIdentifierStartCharacter(character))
            {
                position = ReadWord(characters, length, position, candidates);
                continue;
            }

            if ((character == '\\' && position + 1 < length && characters[position + 1] is 'u' or 'U')
                || (character == '[' && _brackets))
            {
                candidates.Add(position);
            }

            position++;
        }
    }

    /// <summary>Reads the word that starts at <paramref name="start"/>; returns where it ends.</summary>
    private int ReadWord(char[] characters, int length, int start, List<int> candidates)
    {
        var key = Seed;
        var beyondAscii = false;
        var end = start;
        while (end < length && SyntaxFacts.IsIdentifierPartCharacter(characters[end]))
        {
            key = Mix(key, characters[end]);
            beyondAscii |= characters[end] > '\x7F';
            end++;
        }

        if (beyondAscii || _wordKeys.Contains(Finish(key, end - start)))
        {
            candidates.Add(start);
        }

        return end;
    }

    private static long KeyOf(string word)
    {
        var key = Seed;
        foreach (var character in word)
        {
            key = Mix(key, character);
        }

        return Finish(key, word.Length);
    }

    // FNV-1a over the characters, with the length folded in: two words that share a key cost a lookup, nothing more.
    private const long Seed = unchecked((long)14695981039346656037UL);

    private static long Mix(long key, char character) => unchecked((key ^ character) * 1099511628211L);

    private static long Finish(long key, int length) => unchecked((key * 31) + length);
}
