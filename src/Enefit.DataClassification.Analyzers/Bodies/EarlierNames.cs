using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// Finds, for a new compilation, an earlier compilation of the same project whose names (<see cref="ClientDataNames"/>)
/// still hold: the IDE makes a new compilation on every edit, and building the names binds every declaration of the
/// project (at 200,000 lines about 400 ms of CPU), where an edit inside a body changes none of them.
/// </summary>
/// <remarks>
/// The names are a function of the compilation's declarations, its references and its options. They are carried over
/// when the earlier compilation has the same options, refers to the very same assemblies, and has the same files,
/// each the same syntax tree or, for at most <see cref="MostChangedFiles"/> of them, a tree that declares the same
/// things (<see cref="DeclarationTokens"/>). Anything else (a changed signature, an added file, a new reference) has the
/// names built anew. A build on the command line parses every file afresh, so it never carries names over.
/// The earlier compilation is held weakly, one per assembly name: when the IDE has let it go, the names are built.
/// </remarks>
internal static class EarlierNames
{
    /// <summary>
    /// How many files may differ from the earlier compilation's: an edit touches one or a few. Comparing reads the
    /// changed files' tokens, which for every file of a project would cost a good part of building the names.
    /// </summary>
    public const int MostChangedFiles = 8;

    private static readonly ConcurrentDictionary<string, System.WeakReference<Compilation>> LatestByAssembly = new(System.StringComparer.Ordinal);

    /// <summary>The names of an earlier compilation of the same project, carried over to <paramref name="compilation"/>; null when none still holds.</summary>
    public static ClientDataNames? CarriedOverTo(Compilation compilation, KnownSymbols symbols)
    {
        if (LatestOf(KeyOf(compilation)) is not { } earlier
            || ReferenceEquals(earlier, compilation)
            || ClientDataNames.BuiltFor(earlier) is not { } earlierNames
            || !SameDeclarations(earlier, compilation))
        {
            return null;
        }

        return earlierNames.CarriedOverTo(earlier, compilation, symbols);
    }

    /// <summary>Remembers <paramref name="compilation"/>, whose names are built, as its project's latest.</summary>
    public static void Remember(Compilation compilation)
        => LatestByAssembly[KeyOf(compilation)] = new System.WeakReference<Compilation>(compilation);

    /// <summary>The compilation of <paramref name="assemblyName"/> whose names were built or carried over last, if it is still alive.</summary>
    private static Compilation? LatestOf(string assemblyName)
        => LatestByAssembly.TryGetValue(assemblyName, out var latest) && latest.TryGetTarget(out var compilation) ? compilation : null;

    private static string KeyOf(Compilation compilation) => compilation.AssemblyName ?? string.Empty;

    private static bool SameDeclarations(Compilation earlier, Compilation later)
        => earlier.Options.Equals(later.Options)
            && SameAssemblies(earlier.SourceModule.ReferencedAssemblySymbols, later.SourceModule.ReferencedAssemblySymbols)
            && SameFiles(earlier.SyntaxTrees.ToArray(), later.SyntaxTrees.ToArray());

    /// <summary>The very same assembly symbols: then every type of theirs the earlier names hold is the later compilation's too.</summary>
    private static bool SameAssemblies(ImmutableArray<IAssemblySymbol> earlier, ImmutableArray<IAssemblySymbol> later)
    {
        if (earlier.Length != later.Length)
        {
            return false;
        }

        for (var i = 0; i < earlier.Length; i++)
        {
            if (!ReferenceEquals(earlier[i], later[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameFiles(SyntaxTree[] earlier, SyntaxTree[] later)
    {
        if (earlier.Length != later.Length)
        {
            return false;
        }

        var changed = new List<int>();
        for (var i = 0; i < earlier.Length; i++)
        {
            if (!ReferenceEquals(earlier[i], later[i]))
            {
                changed.Add(i);
                if (changed.Count > MostChangedFiles)
                {
                    return false;
                }
            }
        }

        foreach (var i in changed)
        {
            if (earlier[i].FilePath != later[i].FilePath
                || !earlier[i].Options.Equals(later[i].Options)
                || !DeclarationTokens.Same(earlier[i], later[i], CancellationToken.None))
            {
                return false;
            }
        }

        return true;
    }
}
