using System.Collections.Immutable;
using System.Diagnostics;
using Enefit.DataClassification.Benchmarks.Report;
using Enefit.DataClassification.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Benchmarks.Measurement;

/// <summary>One timed analysis of an edited file, as the IDE runs it after a keystroke.</summary>
public sealed record EditorRun(Variant Variant, EditorBenchmark.EditKind Edit, double CpuMs, double ElapsedMs);

/// <summary>
/// What a keystroke costs in the IDE: after an edit, the IDE makes a new compilation of the project and analyses the
/// edited file, as <see cref="FileDiagnosticsAsync"/> does: the compiler's diagnostics of that file and, in B and D,
/// the analyzers' for that file, in one <c>CompilationWithAnalyzers.GetAnalysisResultAsync</c> with the file's
/// semantic model, the compiler's diagnostics coming from its own analyzer beside the others, as the IDE computes them.
/// Before each timed analysis the file is analysed once in the compilation before the edit, as the IDE did when the
/// file was opened or last changed. Two edits: one inside a method body of a file that touches no client data
/// (<see cref="SyntheticCodebase.UnrelatedEdit"/>), one to a classified member's attribute
/// (<see cref="SyntheticCodebase.ClassifiedMemberEdit"/>). Our generators are not run on the edit: their cost after an
/// edit is measured on its own (<see cref="GeneratorTimer"/>).
/// </summary>
public sealed class EditorBenchmark
{
    /// <summary>
    /// The C# compiler's diagnostics as an analyzer: internal to Microsoft.CodeAnalysis.CSharp, made for the IDE, which
    /// runs it with every project's analyzers. One instance serves every analysis, as the IDE keeps one; made on first
    /// use, so that where it is missing the editor's measurement fails with that message, not a type initializer's.
    /// </summary>
    private static readonly Lazy<DiagnosticAnalyzer> CompilerDiagnostics = new(CreateCompilerDiagnosticAnalyzer);

    private readonly Workload _workload;

    public EditorBenchmark(Workload workload) => _workload = workload;

    public enum EditKind
    {
        /// <summary>Inside a method body: declares nothing new.</summary>
        Body,

        /// <summary>To a declaration: a classified member's attribute argument.</summary>
        Declaration,
    }

    /// <summary>The variants the editor is measured in: none, ours, MA0153.</summary>
    public static readonly IReadOnlyList<Variant> Variants = [Variant.Baseline, Variant.Ours, Variant.Peer];

    /// <summary>Every variant with every edit, variant by variant.</summary>
    private static readonly IReadOnlyList<(Variant Variant, EditKind Edit)> Measurements =
        Variants.SelectMany(v => Enum.GetValues<EditKind>().Select(edit => (v, edit))).ToList();

    /// <summary>The analyses round <paramref name="round"/> makes, in its order (<see cref="RoundOrder"/>).</summary>
    public static IEnumerable<(Variant Variant, EditKind Edit)> OrderOfRound(int round) => RoundOrder.Of(Measurements, round);

    /// <summary>Runs <paramref name="warmup"/> rounds thrown away, then <paramref name="rounds"/> timed, every other one in reverse order.</summary>
    public async Task<EditorSummary> RunAsync(int warmup, int rounds)
    {
        var projects = Variants.ToDictionary(v => v, _workload.OpenProject);
        var timed = new List<EditorRun>();
        for (var round = 0; round < warmup + rounds; round++)
        {
            foreach (var (variant, edit) in OrderOfRound(round))
            {
                var (project, analyzers) = projects[variant];
                var run = await AnalyseAfterEditAsync(variant, edit, project, analyzers);
                if (round >= warmup)
                {
                    timed.Add(run);
                }
            }
        }

        return Summarize(timed, rounds);
    }

    private async Task<EditorRun> AnalyseAfterEditAsync(Variant variant, EditKind edit, Compilation project, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var sourceEdit = edit == EditKind.Body ? _workload.Codebase.UnrelatedEdit : _workload.Codebase.ClassifiedMemberEdit;
        var before = project.Clone();
        await AnalyseFileAsync(before, sourceEdit.Path, analyzers);
        var after = sourceEdit.ApplyTo(before);

        Workload.CollectGarbage();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await AnalyseFileAsync(after, sourceEdit.Path, analyzers);
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new EditorRun(variant, edit, cpu.TotalMilliseconds, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>What the IDE computes for an open file, checked to be of code that compiles and analyzers that did not throw.</summary>
    private static async Task AnalyseFileAsync(Compilation compilation, string path, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var diagnostics = await FileDiagnosticsAsync(compilation, path, analyzers);
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal));
        if (errors > 0)
        {
            throw new InvalidOperationException($"{path} has {errors} compiler errors after the edit: the measurement would be of broken code.");
        }

        if (diagnostics.FirstOrDefault(d => d.Id == "AD0001") is { } exception)
        {
            throw new InvalidOperationException($"An analyzer threw on {path}: {exception.GetMessage()}");
        }
    }

    /// <summary>
    /// The diagnostics the IDE shows for the file at <paramref name="path"/>: the compiler's and those of
    /// <paramref name="analyzers"/>, from one analysis of the file's semantic model with the compiler's own diagnostic
    /// analyzer beside them. The IDE computes a file's compiler diagnostics that way, so the file is bound once for
    /// all of them; asking the semantic model for the compiler's diagnostics and then the analyzers for theirs, on the
    /// copy of the compilation their driver works on, would bind it twice and charge every analyzer for the second
    /// binding: at 200,051 lines do-nothing analyzers of our shape cost 13–17 ms over none that way, 3 ms this way
    /// (results/2026-11-27-session17-keystroke-analyzer-count.txt).
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> FileDiagnosticsAsync(Compilation compilation, string path, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees.Single(tree => tree.FilePath == path));
        var result = await Workload.WithAnalyzers(compilation, [CompilerDiagnostics.Value, .. analyzers], logExecutionTime: false)
            .GetAnalysisResultAsync(model, filterSpan: null, CancellationToken.None);
        return result.GetAllDiagnostics();
    }

    private static DiagnosticAnalyzer CreateCompilerDiagnosticAnalyzer()
    {
        const string name = "Microsoft.CodeAnalysis.Diagnostics.CSharp.CSharpCompilerDiagnosticAnalyzer";
        var type = typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly.GetType(name)
            ?? throw new InvalidOperationException($"{name} is not in this Microsoft.CodeAnalysis.CSharp: the editor figures cannot be measured as the IDE computes them.");
        return (DiagnosticAnalyzer)Activator.CreateInstance(type, nonPublic: true)!;
    }

    private static EditorSummary Summarize(List<EditorRun> runs, int rounds)
    {
        IReadOnlyDictionary<string, double> Medians(EditKind edit, Func<EditorRun, double> figure)
            => Variants.ToDictionary(v => v.Key(), v => Math.Round(SizeBenchmark.Median(runs.Where(r => r.Edit == edit && r.Variant == v).Select(figure)), 1));

        return new EditorSummary
        {
            BodyEditCpuMs = Medians(EditKind.Body, r => r.CpuMs),
            DeclarationEditCpuMs = Medians(EditKind.Declaration, r => r.CpuMs),
            BodyEditMs = Medians(EditKind.Body, r => r.ElapsedMs),
            DeclarationEditMs = Medians(EditKind.Declaration, r => r.ElapsedMs),
            Rounds = rounds,
        };
    }
}
