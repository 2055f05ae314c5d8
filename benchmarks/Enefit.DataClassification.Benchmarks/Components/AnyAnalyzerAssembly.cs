using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Benchmarks.Components;

/// <summary>
/// An analyzer assembly whose one analyzer registers nothing but an empty compilation start action (variant F): what
/// attaching any analyzer at all costs a build, which is what our analyzers cost when the runtime library is not
/// referenced and they register nothing more (variant E). Compiled here, with the Roslyn this process runs, so that it
/// needs no project of its own; the SDK's compiler loads it as it loads any analyzer, and the in-process rounds load
/// the same assembly.
/// </summary>
public static class AnyAnalyzerAssembly
{
    public const string RuleId = "ANY0001";

    private const string Source = """
        using System.Collections.Immutable;
        using Microsoft.CodeAnalysis;
        using Microsoft.CodeAnalysis.Diagnostics;

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class AnyAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new(
                "ANY0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterCompilationStartAction(static _ => { });
            }
        }
        """;

    /// <summary>Writes <c>AnyAnalyzer.dll</c> into <paramref name="directory"/> and returns its path.</summary>
    public static string Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "AnyAnalyzer.dll");
        File.WriteAllBytes(path, Image.Value);
        return path;
    }

    /// <summary>
    /// The same analyzer for the in-process rounds (variant F there): the assembly compiled from the same source and
    /// loaded into this process, so both ways of building attach one and the same do-nothing analyzer.
    /// </summary>
    public static DiagnosticAnalyzer Load() => (DiagnosticAnalyzer)Activator.CreateInstance(LoadedType.Value)!;

    /// <summary>The assembly's bytes, compiled once for the command line's file and the in-process load alike.</summary>
    private static readonly Lazy<byte[]> Image = new(Compile);

    /// <summary>The analyzer's type, its assembly loaded once: a process can hold one assembly of a name.</summary>
    private static readonly Lazy<Type> LoadedType = new(() =>
    {
        using var image = new MemoryStream(Image.Value);
        return AssemblyLoadContext.Default.LoadFromStream(image).GetType("AnyAnalyzer", throwOnError: true)!;
    });

    private static byte[] Compile()
    {
        var references = Net100.References.All
            .Append(MetadataReference.CreateFromFile(typeof(DiagnosticAnalyzer).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "AnyAnalyzer",
            [CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(
                "The do-nothing analyzer of variant F does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return stream.ToArray();
    }
}
