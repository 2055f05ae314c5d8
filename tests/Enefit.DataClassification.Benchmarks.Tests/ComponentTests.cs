using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Enefit.DataClassification.Benchmarks.Components;
using Enefit.DataClassification.Benchmarks.Measurement;
using Enefit.DataClassification.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Enefit.DataClassification.Benchmarks.Tests;

public sealed class ComponentTests
{
    private static readonly CSharpCompilation Empty = CSharpCompilation.Create("Empty", [], Net100.References.All);

    [Fact]
    public void Discovery_finds_every_analyzer_of_the_analyzer_assembly()
    {
        var ours = OurComponents.Discover();

        var declared = OurComponents.AnalyzerAssembly.GetTypes()
            .Count(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t));
        Assert.Equal(declared, ours.Analyzers.Length);
        Assert.Contains(ours.Analyzers, a => a.SupportedDiagnostics.Any(d => d.Id == "EDC0011"));
        Assert.Equal(ours.Generators.Length, ours.GeneratorNames.Length);
    }

    [Fact]
    public void Recorder_sees_actions_registered_in_initialize_and_in_compilation_start()
    {
        var shape = ActionShapeRecorder.Record(new ShapedAnalyzer(), Empty);

        Assert.Equal(
            [
                "SyntaxTree",
                "CompilationStart",
                "compilation start → Operation(Invocation, PropertyReference)",
                "compilation start → Symbol(NamedType)",
                "compilation start → SyntaxNode(InvocationExpression)",
                "compilation start → OperationBlockStart",
                "compilation start → CompilationEnd",
            ],
            shape.Select(r => r.ToString()));
    }

    [Fact]
    public void Floor_registers_the_recorded_kinds_again_each_from_its_compilation_start()
    {
        var shape = ActionShapeRecorder.Record(new ShapedAnalyzer(), Empty);

        var floorShape = ActionShapeRecorder.Record(new FloorAnalyzer(shape), Empty);

        Assert.Equal(
            [
                "CompilationStart",
                "compilation start → SyntaxTree",
                "compilation start → Operation(Invocation, PropertyReference)",
                "compilation start → Symbol(NamedType)",
                "compilation start → SyntaxNode(InvocationExpression)",
                "compilation start → OperationBlockStart",
                "compilation start → CompilationEnd",
            ],
            floorShape.Select(r => r.ToString()));
    }

    [Fact]
    public async Task The_in_process_any_analyzer_is_the_command_line_ones_and_reports_nothing()
    {
        var analyzer = AnyAnalyzerAssembly.Load();
        var compilation = CSharpCompilation.Create(
            "Any", [CSharpSyntaxTree.ParseText("class C { void M() { } }")], Net100.References.All, new(OutputKind.DynamicallyLinkedLibrary));

        var diagnostics = await compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync();

        Assert.Equal("AnyAnalyzer", analyzer.GetType().FullName);
        Assert.Equal(AnyAnalyzerAssembly.RuleId, Assert.Single(analyzer.SupportedDiagnostics).Id);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void In_process_F_attaches_only_the_any_analyzer_and_G_only_our_generator()
    {
        var workload = new Workload(
            SyntheticCodebase.Generate(300), SyntheticCodebase.Generate(300, runtimeReferenced: false), OurComponents.Discover(), PeerAnalyzer.Load());

        var (anyProject, anyAnalyzers) = workload.OpenProject(Variant.AnyAnalyzer);
        var (generatorProject, generatorAnalyzers) = workload.OpenProject(Variant.OursGeneratorOnly);

        Assert.Equal(AnyAnalyzerAssembly.RuleId, Assert.Single(Assert.Single(anyAnalyzers).SupportedDiagnostics).Id);
        Assert.Equal(workload.Codebase.Files.Length, anyProject.SyntaxTrees.Count());
        Assert.Empty(generatorAnalyzers);
        Assert.Contains(generatorProject.SyntaxTrees, tree => tree.FilePath.EndsWith(".DataClassification.g.cs", StringComparison.Ordinal));
        Assert.Empty(generatorProject.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Peer_loads_meziantou_from_the_packages_folder_with_only_MA0153_left_on()
    {
        var peer = PeerAnalyzer.Load();

        Assert.EndsWith(Path.Combine("cs", "Meziantou.Analyzer.dll"), peer.Path, StringComparison.Ordinal);
        Assert.Contains(peer.Analyzers, a => a.SupportedDiagnostics.Any(d => d.Id == "MA0153"));
        Assert.DoesNotContain("MA0153", peer.Suppressions.Keys);
        Assert.Contains("MA0001", peer.Suppressions.Keys);
        Assert.All(peer.Suppressions.Values, v => Assert.Equal(ReportDiagnostic.Suppress, v));
    }

    [Fact]
    public void An_MA0153_leak_is_covered_by_an_EDC0006_span_that_contains_it_or_lies_inside_it()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { Log(\"{E}\", c.Email, c.Phone, c.Name); } }", path: "C.cs");
        var other = CSharpSyntaxTree.ParseText("class C { void M() { Log(\"{E}\", c.Email, c.Phone, c.Name); } }", path: "D.cs");
        Diagnostic At(string id, SyntaxTree t, int start, int length)
            => Diagnostic.Create(new DiagnosticDescriptor(id, id, id, "t", DiagnosticSeverity.Warning, true), Location.Create(t, new TextSpan(start, length)));
        var email = tree.ToString().IndexOf("c.Email", StringComparison.Ordinal);
        var phone = tree.ToString().IndexOf("c.Phone", StringComparison.Ordinal);
        var name = tree.ToString().IndexOf("c.Name", StringComparison.Ordinal);
        var ma0153 = new[] { At("MA0153", tree, email, 7), At("MA0153", tree, phone, 7), At("MA0153", tree, name, 6) };
        var edc0006 = new[]
        {
            At("EDC0006", tree, email + 2, 5), // the member name inside the argument
            At("EDC0006", tree, phone - 1, 9), // a span around the argument
            At("EDC0006", other, name, 6), // same span, another file
            At("EDC0001", tree, name, 6), // another rule
        };

        var comparison = LeakComparison.Compare(edc0006, ma0153);

        Assert.Equal(new LeakComparison(3, 3, 1), comparison);
        Assert.False(comparison.Ma0153SubsetOfEdc0006);
        Assert.Null(LeakComparison.Compare(null, ma0153).Ma0153SubsetOfEdc0006);
    }

    [Theory]
    [InlineData(new[] { "--quick" }, new[] { 20_000 }, 2, 1)]
    [InlineData(new[] { "--scaling", "--iterations", "3", "--warmup", "0" }, new[] { 20_000, 100_000, 200_000 }, 3, 0)]
    [InlineData(new[] { "--iterations", "4", "--quick" }, new[] { 20_000 }, 4, 1)]
    [InlineData(new string[0], new[] { 200_000 }, 5, 1)]
    public void Settings_read_sizes_and_rounds(string[] args, int[] sizes, int iterations, int warmup)
    {
        var settings = BenchmarkSettings.Parse(args);

        Assert.Equal(sizes, settings.Sizes);
        Assert.Equal(iterations, settings.Iterations);
        Assert.Equal(warmup, settings.Warmup);
    }

    [Theory]
    [InlineData(new[] { "--lines" }, "--lines needs a value.")]
    [InlineData(new[] { "--lines", "0" }, "--lines needs a number above 0.")]
    [InlineData(new[] { "--fast" }, "Unknown argument '--fast'.")]
    public void Settings_refuse_a_bad_command_line(string[] args, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => BenchmarkSettings.Parse(args));

        Assert.Equal(message, error.Message);
    }

    /// <summary>Registers one action of several kinds, at both levels, so that the recorder has something to see.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ShapedAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new DiagnosticDescriptor("T0001", "t", "t", "t", DiagnosticSeverity.Warning, true)];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxTreeAction(_ => { });
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.PropertyReference);
                start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
                start.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.InvocationExpression);
#pragma warning disable RS1012 // the recorder sees the start action, not what it would register
                start.RegisterOperationBlockStartAction(_ => { });
#pragma warning restore RS1012
                start.RegisterCompilationEndAction(_ => { });
            });
        }
    }
}
