using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Benchmarks.Components;

/// <summary>
/// An analyzer assembly for the command-line compiler whose one analyzer registers nothing but an empty compilation
/// start action (variant F): what attaching any analyzer at all costs a build, which is what our analyzers cost when
/// the runtime library is not referenced and they register nothing more (variant E). Compiled here, with the Roslyn
/// this process runs, so that it needs no project of its own; the SDK's compiler loads it as it loads any analyzer.
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
        var references = Net100.References.All
            .Append(MetadataReference.CreateFromFile(typeof(DiagnosticAnalyzer).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "AnyAnalyzer",
            [CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        using (var stream = File.Create(path))
        {
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(
                    "The do-nothing analyzer of variant F does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }
        }

        return path;
    }
}
