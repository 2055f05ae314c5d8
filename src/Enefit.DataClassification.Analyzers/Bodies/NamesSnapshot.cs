using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// What one compilation's names (<see cref="ClientDataNames"/>) leave for the next compilation of the same project,
/// holding nothing of the compilation: no symbol, and its files and references only weakly, so that keeping the
/// latest snapshot of each project keeps no compilation, tree or assembly image alive (<see cref="EarlierNames"/>).
/// </summary>
internal sealed class NamesSnapshot
{
    public NamesSnapshot(
        CompilationOptions options,
        IReadOnlyList<MetadataReference> references,
        IReadOnlyList<SyntaxTree> files,
        Dictionary<string, BodyTriggers> names,
        BodyTriggers indexerTriggers,
        IReadOnlyList<TypeKey> holding,
        IReadOnlyList<TypeKey> identifying,
        TreeTokens?[] tokens,
        DeclarationFingerprint?[] fingerprints)
    {
        Options = options;
        References = Weakly(references);
        Files = Weakly(files);
        FilePaths = new string[files.Count];
        ParseOptions = new ParseOptions[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            FilePaths[i] = files[i].FilePath;
            ParseOptions[i] = files[i].Options;
        }

        Names = names;
        IndexerTriggers = indexerTriggers;
        Holding = holding;
        Identifying = identifying;
        Tokens = new System.WeakReference<TreeTokens?[]>(tokens);
        Fingerprints = fingerprints;
    }

    public CompilationOptions Options { get; }

    public System.WeakReference<MetadataReference>[] References { get; }

    /// <summary>The compilation's files in its order: the same tree object in a later compilation is the same file.</summary>
    public System.WeakReference<SyntaxTree>[] Files { get; }

    public string[] FilePaths { get; }

    public ParseOptions[] ParseOptions { get; }

    /// <summary>The names and what each leads to; never changed once built, so shared by every compilation that carries them.</summary>
    public Dictionary<string, BodyTriggers> Names { get; }

    public BodyTriggers IndexerTriggers { get; }

    /// <summary>The types whose values hold client data, by name: found again in the later compilation.</summary>
    public IReadOnlyList<TypeKey> Holding { get; }

    public IReadOnlyList<TypeKey> Identifying { get; }

    /// <summary>
    /// Each file's token index, shared with the names it came from and filled as they read each file; held weakly, as
    /// it is several megabytes for a large project and cheap to read again for the one file the IDE analyses.
    /// </summary>
    public System.WeakReference<TreeTokens?[]> Tokens { get; }

    /// <summary>Each file's declarations, where they were taken (<see cref="ClientDataNames"/> says when).</summary>
    public DeclarationFingerprint?[] Fingerprints { get; }

    private static System.WeakReference<T>[] Weakly<T>(IReadOnlyList<T> items)
        where T : class
    {
        var weak = new System.WeakReference<T>[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            weak[i] = new System.WeakReference<T>(items[i]);
        }

        return weak;
    }
}

/// <summary>
/// A type by its assembly (null for the compilation's own) and its metadata name: how a type that holds client data
/// is found again in a later compilation.
/// </summary>
internal readonly record struct TypeKey(AssemblyIdentity? Assembly, string MetadataName);
