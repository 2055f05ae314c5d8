using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// Finds the partial types that hold classified members without attributes of their own (see <see cref="Parser"/>):
/// one search over the compilation's type declarations, made again for every compilation as a syntax provider's
/// transform would be.
/// </summary>
/// <remarks>
/// <para>
/// Why not <c>CreateSyntaxProvider</c>: its filter is asked about every node of every file, so on every build the
/// search walked all 200,000 lines of the benchmark's code into syntax nodes (31 of the generator's 67 MB, about half
/// its time), although a type can only be declared in a file, a namespace or another type. Here only those levels are
/// read, and not at all when the runtime library is not referenced.
/// </para>
/// <para>
/// The candidates of each file are found once per <see cref="SyntaxTree"/> and kept as long as the tree lives, so that
/// the editor, whose compilations share every file but the edited one, reads only that file again: what the syntax
/// provider cached per file. The semantic part runs for every candidate on every compilation, as it did there.
/// </para>
/// </remarks>
internal static class HolderSearch
{
    private static readonly ConditionalWeakTable<SyntaxTree, IReadOnlyList<TypeDeclarationSyntax>> CandidatesByTree = new();

    /// <summary>The models of the holder types of <paramref name="compilation"/>, in file and declaration order.</summary>
    public static EquatableArray<TypeSpec> Find(Compilation compilation, CancellationToken cancellationToken)
    {
        // Without the runtime library nothing is classified: no file is worth reading.
        if (CompilationSymbols.For(compilation).Classifier is null)
        {
            return default;
        }

        var found = new List<TypeSpec>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidates = CandidatesByTree.GetValue(tree, static tree => CandidatesIn(tree.GetRoot()));
            if (candidates.Count == 0)
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            foreach (var candidate in candidates)
            {
                if (Parser.ParseHolder(model, candidate, cancellationToken) is { } type)
                {
                    found.Add(type);
                }
            }
        }

        return found.ToEquatableArray();
    }

    /// <summary>The type declarations of a file that <see cref="Parser.IsHolderCandidate"/> lets through, nested ones included.</summary>
    internal static IReadOnlyList<TypeDeclarationSyntax> CandidatesIn(SyntaxNode root)
    {
        var candidates = new List<TypeDeclarationSyntax>();
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var member in MembersOf(pending.Pop()))
            {
                if (member is BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
                {
                    pending.Push(member);
                }

                if (member is TypeDeclarationSyntax type && Parser.IsHolderCandidate(type))
                {
                    candidates.Add(type);
                }
            }
        }

        // The stack visits a level's last member first; the search reports types in the order they are written.
        candidates.Sort(static (left, right) => left.SpanStart.CompareTo(right.SpanStart));
        return candidates;
    }

    private static SyntaxList<MemberDeclarationSyntax> MembersOf(SyntaxNode node) => node switch
    {
        CompilationUnitSyntax unit => unit.Members,
        BaseNamespaceDeclarationSyntax space => space.Members,
        TypeDeclarationSyntax type => type.Members,
        _ => default,
    };
}
