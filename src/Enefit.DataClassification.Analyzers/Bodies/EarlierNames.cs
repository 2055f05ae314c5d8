using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// Keeps, for each project, what its latest compilation's names leave (<see cref="NamesSnapshot"/>), and finds whether
/// they still hold for a new compilation: the IDE makes a new compilation on every edit, and the analyzer driver a
/// copy of it for every analysis it is asked for, while building the names binds every declaration of the project (at
/// 200,000 lines about 400 ms of CPU) where an edit inside a body changes none of them.
/// </summary>
/// <remarks>
/// <para>
/// The names are a function of the compilation's declarations, its references and its options. They are carried over
/// when the new compilation has equal options, the very same references, and the same files in the same order, each
/// the same syntax tree or, for at most <see cref="MostChangedFiles"/> of them, another version of the file. A version
/// that declares the same things as the earlier one (<see cref="DeclarationFingerprint"/>) changes nothing; what any
/// other version declares is taken in (<c>ClientDataNames.TakeInDeclarations</c>), unless the edit may change what
/// other files' names lead to (a type that now holds client data or no longer does, a delegate, a generic indexer): then,
/// as after any other change (an added file, a new reference), the names are built anew.
/// </para>
/// <para>
/// A fingerprint reads the file's declarations (about 40 ms of CPU for all of 200,000 lines), so fingerprints are
/// taken only of each file found changed and, for a compilation that holds some file of the project's earlier one, of
/// each file the rules read: the IDE makes each compilation from the one before. A command-line build compiles each
/// project once, and a compiler server parses every file of every build anew, so neither pays for any; a file
/// without one is taken in as if its declarations had changed.
/// </para>
/// </remarks>
internal static class EarlierNames
{
    /// <summary>
    /// How many files may differ from the earlier compilation's: an edit touches one or a few. Each changed file is
    /// fingerprinted to be compared, which for every file of a project would cost a good part of building the names.
    /// </summary>
    public const int MostChangedFiles = 8;

    private static readonly ConcurrentDictionary<string, NamesSnapshot> LatestByProject = new(System.StringComparer.Ordinal);

    /// <summary>The snapshot of the latest compilation of <paramref name="project"/> (<see cref="ProjectOf"/>), if this process has compiled it before.</summary>
    public static NamesSnapshot? LatestOf(string project) => LatestByProject.TryGetValue(project, out var snapshot) ? snapshot : null;

    /// <summary>Remembers <paramref name="snapshot"/> as the latest of <paramref name="project"/>.</summary>
    public static void Remember(string project, NamesSnapshot snapshot) => LatestByProject[project] = snapshot;

    /// <summary>
    /// How each file of <paramref name="compilation"/> stands to the same file of <paramref name="earlier"/>, with the
    /// fingerprint of each file that is not the very same; null when the names cannot be carried over at all (other
    /// options or references, files added, removed, renamed or reordered, or more than <see cref="MostChangedFiles"/> changed).
    /// </summary>
    public static FileChanges? Compare(NamesSnapshot earlier, Compilation compilation)
    {
        if (!SameOptions(earlier.Options, compilation.Options) || !SameReferences(earlier, compilation.References.ToList()))
        {
            return null;
        }

        var files = compilation.SyntaxTrees.ToList();
        if (files.Count != earlier.Files.Length)
        {
            return null;
        }

        var changed = new List<int>();
        for (var i = 0; i < files.Count; i++)
        {
            if (!IsTarget(earlier.Files[i], files[i]))
            {
                changed.Add(i);
                if (changed.Count > MostChangedFiles)
                {
                    return null;
                }
            }
        }

        var changes = new FileChanges(files.Count);
        foreach (var i in changed)
        {
            if (earlier.FilePaths[i] != files[i].FilePath || !earlier.ParseOptions[i].Equals(files[i].Options))
            {
                return null;
            }

            var fingerprint = DeclarationFingerprint.Of(files[i], System.Threading.CancellationToken.None);
            changes.Fingerprints[i] = fingerprint;
            changes.Kinds[i] = fingerprint.Equals(Volatile.Read(ref earlier.Fingerprints[i])) ? FileChange.Bodies : FileChange.Declarations;
        }

        return changes;
    }

    /// <summary>
    /// Whether <paramref name="compilation"/> holds the very tree of a file of <paramref name="earlier"/> at the same
    /// place: it was made from the earlier compilation, as the IDE makes one on each edit (the first file usually
    /// tells), rather than from files parsed anew. Runs for every compilation, so it builds no set of the trees.
    /// </summary>
    public static bool SharesFiles(NamesSnapshot earlier, Compilation compilation)
    {
        var i = 0;
        foreach (var file in compilation.SyntaxTrees)
        {
            if (i == earlier.Files.Length)
            {
                return false;
            }

            if (IsTarget(earlier.Files[i++], file))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A project: its assembly name and the preprocessor symbols of its first file, which tell apart the target
    /// frameworks of a project built for several (<c>NET8_0</c>, <c>NET10_0</c>): the IDE holds a compilation of each,
    /// and under one key they would take turns replacing each other's snapshot.
    /// </summary>
    public static string ProjectOf(Compilation compilation)
    {
        var symbols = compilation.SyntaxTrees.FirstOrDefault()?.Options.PreprocessorSymbolNames ?? Enumerable.Empty<string>();
        return (compilation.AssemblyName ?? string.Empty) + "|" + string.Join(";", symbols);
    }

    /// <summary>
    /// The very same options (an edit in the IDE keeps the project's), or equal ones. Comparing options compares the
    /// host's resolvers, and the command-line compiler's metadata reference resolver throws from <c>Equals</c>: a
    /// compiler server compiles a project again with new options on every build. Options that cannot be compared are
    /// taken for other options, and the names are built anew.
    /// </summary>
    private static bool SameOptions(CompilationOptions earlier, CompilationOptions options)
    {
        if (ReferenceEquals(earlier, options))
        {
            return true;
        }

        try
        {
            return earlier.Equals(options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false;
        }
    }

    private static bool SameReferences(NamesSnapshot earlier, List<MetadataReference> references)
    {
        if (references.Count != earlier.References.Length)
        {
            return false;
        }

        for (var i = 0; i < references.Count; i++)
        {
            if (!IsTarget(earlier.References[i], references[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTarget<T>(System.WeakReference<T> earlier, T item)
        where T : class
        => earlier.TryGetTarget(out var target) && ReferenceEquals(target, item);
}

/// <summary>How a file of a new compilation stands to the same file of the project's earlier compilation.</summary>
internal enum FileChange
{
    /// <summary>The very same syntax tree.</summary>
    None,

    /// <summary>Another version that declares the same things: only bodies changed.</summary>
    Bodies,

    /// <summary>Another version whose declarations changed, or whose earlier version was never fingerprinted.</summary>
    Declarations,
}

/// <summary>Per file of a new compilation: how it changed, and the fingerprint of each file that is not the very same.</summary>
internal sealed class FileChanges
{
    public FileChanges(int files)
    {
        Kinds = new FileChange[files];
        Fingerprints = new DeclarationFingerprint?[files];
    }

    public FileChange[] Kinds { get; }

    public DeclarationFingerprint?[] Fingerprints { get; }
}
