using System.Security.Cryptography;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// What a file declares, as a SHA-256 hash of its tokens outside the bodies of its members: two versions of a file
/// with equal fingerprints declare the same things. Most edits in the IDE are inside a body, and a body declares no
/// name through which other code reaches client data, so the names of the compilation before such an edit still hold
/// after it (<see cref="EarlierNames"/>). A hash, not the tokens, is kept: it must outlive the file's old version.
/// </summary>
/// <remarks>
/// What counts as a body: the block or arrow of a method, constructor, destructor, operator, accessor, or of a
/// property or indexer written with an arrow; and a top-level statement, the body of the program's entry point. What
/// those hold (locals, lambdas, local functions and their parameters) is not a member; the one name it may use to
/// classify (a category attribute on a lambda's parameter) is in every compilation's names. Everything else is
/// hashed, each token as its kind, its length and its text: attributes and their arguments, signatures, base lists,
/// initialisers, <c>using</c> directives. Trivia is not: comments and whitespace declare nothing, and code a directive
/// disables has no tokens.
/// </remarks>
internal sealed class DeclarationFingerprint : System.IEquatable<DeclarationFingerprint>
{
    private const int ChunkSize = 4096;

    private readonly byte[] _hash;

    private DeclarationFingerprint(byte[] hash) => _hash = hash;

    public static DeclarationFingerprint Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new Chunk(hash);
        foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens(node => !IsBody(node)))
        {
            var text = token.Text;
            chunk.Add(token.RawKind);
            chunk.Add(text.Length);
            chunk.Add(text);
        }

        chunk.Flush();
        return new DeclarationFingerprint(hash.GetHashAndReset());
    }

    public bool Equals(DeclarationFingerprint? other)
    {
        if (other is null)
        {
            return false;
        }

        for (var i = 0; i < _hash.Length; i++)
        {
            if (_hash[i] != other._hash[i])
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as DeclarationFingerprint);

    public override int GetHashCode() => System.BitConverter.ToInt32(_hash, 0);

    private static bool IsBody(SyntaxNode node) => node switch
    {
        GlobalStatementSyntax => true,
        BlockSyntax or ArrowExpressionClauseSyntax =>
            node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax,
        _ => false,
    };

    /// <summary>Bytes gathered before they are hashed: one call into the hash per few thousand bytes, not per token.</summary>
    private sealed class Chunk
    {
        private readonly IncrementalHash _hash;
        private byte[] _bytes = new byte[ChunkSize];
        private int _length;

        public Chunk(IncrementalHash hash) => _hash = hash;

        public void Add(int value)
        {
            MakeRoom(sizeof(int));
            for (var shift = 0; shift < 32; shift += 8)
            {
                _bytes[_length++] = (byte)(value >> shift);
            }
        }

        public void Add(string text)
        {
            MakeRoom(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
            _length += System.Text.Encoding.UTF8.GetBytes(text, 0, text.Length, _bytes, _length);
        }

        public void Flush()
        {
            _hash.AppendData(_bytes, 0, _length);
            _length = 0;
        }

        private void MakeRoom(int count)
        {
            if (_length + count <= _bytes.Length)
            {
                return;
            }

            Flush();
            if (count > _bytes.Length)
            {
                _bytes = new byte[count];
            }
        }
    }
}
