using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
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
/// the same syntax tree or, for at most <see cref="MostChangedFiles"/> of them, a version that declares the same things
/// (<see cref="DeclarationFingerprint"/>). Anything else (a changed signature or attribute, an added file, a new
/// reference) has the names built anew.
/// </para>
/// <para>
/// A changed file can be compared only if its earlier version's fingerprint was taken, and taking one reads the file's
/// declarations again (about 40 ms of CPU for 200,000 lines): so fingerprints are taken only in a process that has
/// compiled the project before (the IDE, a compiler server, a test run), of each file the rules read and of each file
/// found changed. A command-line build compiles each project once and pays for none; its first compilation's names
/// are still carried over to a copy of that compilation with the very same files.
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

    /// <summary>The snapshot of the latest compilation of <paramref name="compilation"/>'s project, if this process has compiled it before.</summary>
    public static NamesSnapshot? LatestFor(Compilation compilation)
        => LatestByProject.TryGetValue(KeyOf(compilation), out var snapshot) ? snapshot : null;

    /// <summary>Remembers <paramref name="snapshot"/> as the latest of <paramref name="compilation"/>'s project.</summary>
    public static void Remember(Compilation compilation, NamesSnapshot snapshot) => LatestByProject[KeyOf(compilation)] = snapshot;

    /// <summary>
    /// For each file of <paramref name="compilation"/>: null if it is the very file of <paramref name="earlier"/>, else
    /// its fingerprint, equal to the earlier version's; null as a whole when the earlier names do not hold.
    /// </summary>
    public static DeclarationFingerprint?[]? ChangedFiles(NamesSnapshot earlier, Compilation compilation)
    {
        if (!earlier.Options.Equals(compilation.Options) || !SameReferences(earlier, compilation.References.ToList()))
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

        var fingerprints = new DeclarationFingerprint?[files.Count];
        foreach (var i in changed)
        {
            if (!SameDeclarations(earlier, i, files[i], out fingerprints[i]))
            {
                return null;
            }
        }

        return fingerprints;
    }

    private static string KeyOf(Compilation compilation) => compilation.AssemblyName ?? string.Empty;

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

    /// <summary>Whether the file at <paramref name="index"/> declares what its earlier version did: only known if that version was fingerprinted.</summary>
    private static bool SameDeclarations(NamesSnapshot earlier, int index, SyntaxTree file, out DeclarationFingerprint? fingerprint)
    {
        fingerprint = null;
        if (earlier.Fingerprints[index] is not { } before
            || earlier.FilePaths[index] != file.FilePath
            || !earlier.ParseOptions[index].Equals(file.Options))
        {
            return false;
        }

        fingerprint = DeclarationFingerprint.Of(file, System.Threading.CancellationToken.None);
        return before.Equals(fingerprint);
    }

    private static bool IsTarget<T>(System.WeakReference<T> earlier, T item)
        where T : class
        => earlier.TryGetTarget(out var target) && ReferenceEquals(target, item);
}
