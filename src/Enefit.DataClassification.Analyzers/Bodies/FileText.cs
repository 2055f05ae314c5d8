using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// A file's text by its checksum, which outlives the file's tree: two trees of the same path, parse options and text
/// declare the same things. A compiler server parses every file of every build anew, so this, not the tree, tells that
/// a file did not change between two builds (<see cref="EarlierNames"/>). The compiler computes the same checksum for
/// the debug information, once per text.
/// </summary>
internal sealed class FileText
{
    private readonly ImmutableArray<byte> _checksum;
    private readonly SourceHashAlgorithm _algorithm;

    private FileText(ImmutableArray<byte> checksum, SourceHashAlgorithm algorithm)
    {
        _checksum = checksum;
        _algorithm = algorithm;
    }

    /// <summary>The text of <paramref name="tree"/>; null for a tree made from nodes, whose text is not at hand without writing it out.</summary>
    public static FileText? Of(SyntaxTree tree)
    {
        if (!tree.TryGetText(out var text) || text.ChecksumAlgorithm == SourceHashAlgorithm.None)
        {
            return null;
        }

        var checksum = text.GetChecksum();
        return checksum.IsDefaultOrEmpty ? null : new FileText(checksum, text.ChecksumAlgorithm);
    }

    /// <summary>Whether <paramref name="tree"/> has this text: the same checksum by the same algorithm.</summary>
    public bool IsTextOf(SyntaxTree tree)
        => tree.TryGetText(out var text)
            && text.ChecksumAlgorithm == _algorithm
            && text.GetChecksum().AsSpan().SequenceEqual(_checksum.AsSpan());
}
