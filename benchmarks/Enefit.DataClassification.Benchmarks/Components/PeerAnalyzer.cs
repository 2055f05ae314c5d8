using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Benchmarks.Components;

/// <summary>
/// The peer: Meziantou.Analyzer's DLL, loaded from the NuGet global packages folder as an analyzer reference (the
/// package is a PackageDownload of the benchmark project, never a compile-time reference), with every rule but
/// MA0153 suppressed as a user would in .editorconfig.
/// </summary>
public sealed class PeerAnalyzer
{
    public const string RuleId = "MA0153";

    private PeerAnalyzer(string path, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableDictionary<string, ReportDiagnostic> suppressions)
    {
        Path = path;
        Analyzers = analyzers;
        Suppressions = suppressions;
    }

    /// <summary>The analyzer DLL that was loaded.</summary>
    public string Path { get; }

    /// <summary>Every C# analyzer of the DLL: the compiler would load them all from the package.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>For <c>CompilationOptions.SpecificDiagnosticOptions</c>: every rule of the DLL but MA0153 suppressed.</summary>
    public ImmutableDictionary<string, ReportDiagnostic> Suppressions { get; }

    public static PeerAnalyzer Load()
    {
        var path = FindAnalyzerDll();
        var reference = new AnalyzerFileReference(path, new DefaultContextLoader());
        string? failure = null;
        reference.AnalyzerLoadFailed += (_, e) => failure ??= $"{e.ErrorCode}: {e.Message}";
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        if (failure is not null || analyzers.IsEmpty)
        {
            throw new InvalidOperationException($"Could not load the analyzers of {path}: {failure ?? "none found"}.");
        }

        var suppressions = analyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .Select(d => d.Id)
            .Where(id => id != RuleId)
            .Distinct(StringComparer.Ordinal)
            .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Suppress, StringComparer.Ordinal);
        return new PeerAnalyzer(path, analyzers, suppressions);
    }

    /// <summary>
    /// meziantou.analyzer/{version}/analyzers/dotnet/roslyn{X.Y}/cs/Meziantou.Analyzer.dll, for the newest X.Y this
    /// compiler can run, in the packages folder that NUGET_PACKAGES names, else in the one the restore used.
    /// </summary>
    private static string FindAnalyzerDll()
    {
        var version = Metadata("MeziantouAnalyzerVersion");
        var tried = new List<string>();
        foreach (var root in PackageFolders())
        {
            var package = System.IO.Path.Combine(root, "meziantou.analyzer", version, "analyzers", "dotnet");
            tried.Add(package);
            if (!Directory.Exists(package))
            {
                continue;
            }

            var compiler = typeof(Compilation).Assembly.GetName().Version!;
            var best = Directory.GetDirectories(package, "roslyn*")
                .Select(dir => (Dir: dir, Version: Version.TryParse(System.IO.Path.GetFileName(dir)["roslyn".Length..], out var v) ? v : null))
                .Where(x => x.Version is not null && x.Version <= compiler)
                .OrderByDescending(x => x.Version)
                .Select(x => System.IO.Path.Combine(x.Dir, "cs", "Meziantou.Analyzer.dll"))
                .FirstOrDefault(File.Exists);
            if (best is not null)
            {
                return best;
            }
        }

        throw new FileNotFoundException(
            $"Meziantou.Analyzer {version} is not in the NuGet packages folder (looked in: {string.Join("; ", tried)}). " +
            "Restore benchmarks/Enefit.DataClassification.Benchmarks: its PackageDownload brings it.");
    }

    private static IEnumerable<string> PackageFolders()
    {
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } fromEnvironment)
        {
            yield return fromEnvironment;
        }

        // $(NuGetPackageRoot) of the restore that built this program, embedded at build time.
        if (Metadata("NuGetPackageRoot") is { Length: > 0 } fromRestore)
        {
            yield return fromRestore;
        }
    }

    private static string Metadata(string key)
        => typeof(PeerAnalyzer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException($"The build did not embed {key}.");

    /// <summary>Loads analyzer DLLs into the default context, where this program's Roslyn already is.</summary>
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}
