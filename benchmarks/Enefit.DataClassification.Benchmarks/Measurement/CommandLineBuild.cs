using System.Text;
using Basic.Reference.Assemblies;
using Enefit.DataClassification.Benchmarks.Components;
using Enefit.DataClassification.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Benchmarks.Measurement;

/// <summary>
/// One size of synthetic code laid out on disk for the command-line compiler, the way a project's build hands it
/// over: the sources of the codebase and of its look-alike twin (variant E), the reference assemblies the in-process
/// harness compiles against, the do-nothing analyzer of variant F, a <c>.globalconfig</c> per analyzer variant and a
/// response file per variant.
/// </summary>
public sealed class CommandLineBuild
{
    private readonly Dictionary<Variant, string> _responseFiles;

    private CommandLineBuild(string directory, Dictionary<Variant, string> responseFiles, IReadOnlyList<string> notes)
    {
        Directory = directory;
        _responseFiles = responseFiles;
        Notes = notes;
    }

    /// <summary><c>&lt;output&gt;/command-line/&lt;lines&gt;</c>.</summary>
    public string Directory { get; }

    /// <summary>What was changed from the analyzers' defaults so that the counted rules are printed.</summary>
    public IReadOnlyList<string> Notes { get; }

    public string ResponseFile(Variant variant) => _responseFiles[variant];

    /// <summary>Writes everything under <paramref name="directory"/>, first emptied so that nothing of an earlier run is left.</summary>
    public static CommandLineBuild Write(string directory, SyntheticCodebase codebase, SyntheticCodebase lookalike, OurComponents ours, PeerAnalyzer peer)
    {
        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }

        var sources = WriteSources(Path.Combine(directory, "synthetic"), codebase);
        var lookalikeSources = WriteSources(Path.Combine(directory, "lookalike"), lookalike);
        var (framework, packages, runtime) = WriteReferences(Path.Combine(directory, "references"));
        var notes = new List<string>();

        // Our rules run with the severities they ship with, unless the counted one would not be printed.
        var oursSeverities = RaisedToWarning(ours.Analyzers.SelectMany(a => a.SupportedDiagnostics), OurComponents.LogLeakRule, notes);
        var oursConfig = WriteGlobalConfig(Path.Combine(directory, "ours.globalconfig"), oursSeverities);

        // The peer as a user would keep only MA0153: every other rule of the package turned off.
        var peerSeverities = peer.Suppressions.Keys.Order(StringComparer.Ordinal).Select(id => (id, "none"))
            .Concat(RaisedToWarning(peer.Analyzers.SelectMany(a => a.SupportedDiagnostics), PeerAnalyzer.RuleId, notes));
        var peerConfig = WriteGlobalConfig(Path.Combine(directory, "peer.globalconfig"), peerSeverities);

        // G: every rule of ours off, so that csc runs none of our analyzers and only the generator.
        var generatorOnlyConfig = WriteGlobalConfig(
            Path.Combine(directory, "generator-only.globalconfig"),
            ours.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).Select(id => (id, "none")));
        var anyAnalyzer = AnyAnalyzerAssembly.Write(Path.Combine(directory, "any-analyzer"));

        var withoutRuntime = framework.Concat(packages).ToList();
        var withRuntime = withoutRuntime.Append(runtime).ToList();
        var oursAnalyzer = OurComponents.AnalyzerAssembly.Location;
        var responseFiles = new Dictionary<Variant, string>
        {
            [Variant.Baseline] = WriteResponseFile(directory, Variant.Baseline, withRuntime, [], null, sources),
            [Variant.Ours] = WriteResponseFile(directory, Variant.Ours, withRuntime, [oursAnalyzer], oursConfig, sources),
            [Variant.Peer] = WriteResponseFile(directory, Variant.Peer, withRuntime, [peer.Path], peerConfig, sources),
            [Variant.OursWithoutRuntime] = WriteResponseFile(directory, Variant.OursWithoutRuntime, withoutRuntime, [oursAnalyzer], oursConfig, lookalikeSources),
            [Variant.AnyAnalyzer] = WriteResponseFile(directory, Variant.AnyAnalyzer, withRuntime, [anyAnalyzer], null, sources),
            [Variant.OursGeneratorOnly] = WriteResponseFile(directory, Variant.OursGeneratorOnly, withRuntime, [oursAnalyzer], generatorOnlyConfig, sources),
        };
        return new CommandLineBuild(directory, responseFiles, notes);
    }

    private static List<string> WriteSources(string directory, SyntheticCodebase codebase)
    {
        var paths = new List<string>(codebase.Files.Length);
        foreach (var file in codebase.Files)
        {
            var path = Path.Combine(directory, file.Path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>
    /// The references of <see cref="Workload"/>: the .NET 10 reference assemblies from their embedded images, the two
    /// Microsoft.Extensions abstractions the synthetic code uses, and the runtime library.
    /// </summary>
    private static (List<string> Framework, List<string> Packages, string Runtime) WriteReferences(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        var framework = new List<string>();
        foreach (var reference in Net100.ReferenceInfos.All)
        {
            var path = Path.Combine(directory, reference.FileName);
            File.WriteAllBytes(path, reference.ImageBytes);
            framework.Add(path);
        }

        var packages = Workload.PackageAssemblies.Select(a => a.Location).ToList();
        return (framework, packages, typeof(MarketingConsent).Assembly.Location);
    }

    /// <summary>
    /// A <c>dotnet_diagnostic.&lt;ID&gt;.severity = warning</c> entry when <paramref name="ruleId"/> is off or below
    /// warning by default: the compiler prints no hidden diagnostic, and counting the rule's reports is the point.
    /// </summary>
    private static IEnumerable<(string Id, string Severity)> RaisedToWarning(IEnumerable<DiagnosticDescriptor> descriptors, string ruleId, List<string> notes)
    {
        var rule = descriptors.FirstOrDefault(d => d.Id == ruleId);
        if (rule is null || (rule.IsEnabledByDefault && rule.DefaultSeverity >= DiagnosticSeverity.Warning))
        {
            return [];
        }

        notes.Add($"{ruleId} is {(rule.IsEnabledByDefault ? rule.DefaultSeverity.ToString().ToLowerInvariant() : "off")} by default: raised to warning in the .globalconfig so that csc prints it.");
        return [(ruleId, "warning")];
    }

    private static string WriteGlobalConfig(string path, IEnumerable<(string Id, string Severity)> severities)
    {
        var text = new StringBuilder("is_global = true\n");
        foreach (var (id, severity) in severities)
        {
            text.Append("dotnet_diagnostic.").Append(id).Append(".severity = ").Append(severity).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>
    /// The options of the in-process harness (library, optimized, deterministic, nullable, latest language, .NET 10
    /// reference assemblies only), with the output in <c>bin/</c>. <c>/noconfig</c> goes on the command line.
    /// </summary>
    private static string WriteResponseFile(
        string directory, Variant variant, IEnumerable<string> references, IEnumerable<string> analyzers, string? analyzerConfig, IEnumerable<string> sources)
    {
        var output = Path.Combine(directory, "bin", SizeBenchmark.Letter(variant) + ".dll");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var text = new StringBuilder();
        foreach (var option in new[] { "/nostdlib+", "/nologo", "/target:library", "/optimize+", "/deterministic+", "/nullable:enable", "/langversion:latest" })
        {
            text.Append(option).Append('\n');
        }

        text.Append("/out:").Append(Quoted(output)).Append('\n');
        foreach (var reference in references)
        {
            text.Append("/reference:").Append(Quoted(reference)).Append('\n');
        }

        foreach (var analyzer in analyzers)
        {
            text.Append("/analyzer:").Append(Quoted(analyzer)).Append('\n');
        }

        if (analyzerConfig is not null)
        {
            text.Append("/analyzerconfig:").Append(Quoted(analyzerConfig)).Append('\n');
        }

        foreach (var source in sources)
        {
            text.Append(Quoted(source)).Append('\n');
        }

        var path = Path.Combine(directory, SizeBenchmark.Letter(variant) + ".rsp");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Quoted(string path) => "\"" + path + "\"";
}
