using System.Collections.Immutable;
using System.Diagnostics;
using Basic.Reference.Assemblies;
using Enefit.DataClassification.Benchmarks.Components;
using Enefit.DataClassification.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Logging;

namespace Enefit.DataClassification.Benchmarks.Measurement;

/// <summary>What one timed compilation of a variant cost.</summary>
public sealed record CompileRun(
    Variant Variant,
    double ElapsedMs,
    double CpuMs,
    long AllocatedBytes,
    int CompilerErrors,
    int AnalyzerExceptions);

/// <summary>What the analyzer driver logged in one telemetry run: each analyzer's execution time, and the diagnostics.</summary>
public sealed record TelemetryRun(
    Variant Variant,
    ImmutableArray<Diagnostic> AnalyzerDiagnostics,
    ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> AnalyzerTimes);

/// <summary>
/// One size of synthetic codebase and everything needed to compile it in each variant. Every run starts from the
/// source text: fresh syntax trees, a fresh <see cref="CSharpCompilation"/>, a fresh generator driver, so no run
/// profits from what an earlier one bound.
/// </summary>
public sealed class Workload
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The packages the synthetic code uses besides .NET 10: ILogger's and the classification attributes'.</summary>
    public static readonly IReadOnlyList<System.Reflection.Assembly> PackageAssemblies = [typeof(ILogger).Assembly, typeof(DataClassificationAttribute).Assembly];

    /// <summary>What the synthetic code compiles against without the runtime library: .NET 10 and <see cref="PackageAssemblies"/>.</summary>
    public static readonly ImmutableArray<MetadataReference> ReferencesWithoutRuntime = Net100.References.All.Cast<MetadataReference>()
        .Concat(PackageAssemblies.Select(a => MetadataReference.CreateFromFile(a.Location)))
        .ToImmutableArray();

    /// <summary>The same with the runtime library, Enefit.DataClassification.</summary>
    public static readonly ImmutableArray<MetadataReference> ReferencesWithRuntime =
        ReferencesWithoutRuntime.Add(MetadataReference.CreateFromFile(typeof(MarketingConsent).Assembly.Location));

    private readonly CSharpCompilationOptions _options;
    private readonly OurComponents _ours;
    private readonly PeerAnalyzer _peer;
    private readonly ImmutableArray<DiagnosticAnalyzer> _floor;
    private readonly ImmutableArray<DiagnosticAnalyzer> _logLeakRule;
    private readonly ImmutableArray<DiagnosticAnalyzer> _anyAnalyzer;

    public Workload(SyntheticCodebase codebase, SyntheticCodebase withoutRuntime, OurComponents ours, PeerAnalyzer peer)
    {
        Codebase = codebase;
        WithoutRuntimeCodebase = withoutRuntime;
        _ours = ours;
        _peer = peer;
        _options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true,
            concurrentBuild: true);
        var compilation = CreateCompilation(Parse(codebase), ReferencesWithRuntime, _options);
        Shapes = ours.Analyzers.ToImmutableDictionary(a => a, a => ActionShapeRecorder.Record(a, compilation));
        _floor = Shapes.Values.Select(shape => (DiagnosticAnalyzer)new FloorAnalyzer(shape)).ToImmutableArray();
        _logLeakRule = ours.LogLeakAnalyzer is { } logLeak ? [logLeak] : [];
        _anyAnalyzer = [AnyAnalyzerAssembly.Load()];
    }

    public SyntheticCodebase Codebase { get; }

    public SyntheticCodebase WithoutRuntimeCodebase { get; }

    /// <summary>The actions each of our analyzers registers, which the floor copies.</summary>
    public ImmutableDictionary<DiagnosticAnalyzer, ImmutableArray<ActionRegistration>> Shapes { get; }

    /// <summary>
    /// Compiles once in <paramref name="variant"/>, timed: parse, generators, diagnostics (with the analyzers, through
    /// <see cref="CompilationWithAnalyzers"/>, whose one pass over the compilation yields the compiler's diagnostics and
    /// feeds the analyzers) and emit to memory. Wall-clock time, this process's CPU time and the bytes allocated.
    /// </summary>
    public async Task<CompileRun> RunAsync(Variant variant)
    {
        var (codebase, references, options, analyzers, generators) = Inputs(variant);

        // No run pays for the garbage of the one before it.
        CollectGarbage();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var compilation = Compile(codebase, references, options, generators);
        ImmutableArray<Diagnostic> diagnostics;
        if (analyzers.IsEmpty)
        {
            diagnostics = compilation.GetDiagnostics();
        }
        else
        {
            diagnostics = await WithAnalyzers(compilation, analyzers, logExecutionTime: false).GetAllDiagnosticsAsync();
        }

        using (var peStream = new MemoryStream())
        {
            compilation.Emit(peStream);
        }

        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new CompileRun(
            variant,
            clock.Elapsed.TotalMilliseconds,
            cpu.TotalMilliseconds,
            allocated,
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)),
            diagnostics.Count(d => d.Id == "AD0001"));
    }

    /// <summary>
    /// Runs the analyzers of <paramref name="variant"/> once with the driver's execution-time log on (it costs a
    /// little, so the timed runs go without it) and returns what it logged per analyzer, with their diagnostics.
    /// </summary>
    public async Task<TelemetryRun> TelemetryAsync(Variant variant)
    {
        var (codebase, references, options, analyzers, generators) = Inputs(variant);
        var compilation = Compile(codebase, references, options, generators);
        var result = await WithAnalyzers(compilation, analyzers, logExecutionTime: true).GetAnalysisResultAsync(CancellationToken.None);
        return new TelemetryRun(
            variant,
            result.GetAllDiagnostics(),
            result.AnalyzerTelemetryInfo.ToImmutableDictionary(t => t.Key, t => t.Value.ExecutionTime));
    }

    /// <summary>
    /// Runs <paramref name="analyzer"/> alone on the code and options of <paramref name="variant"/>, single-threaded,
    /// with the driver's execution-time log on: the analyzer's own cost, its callbacks not interleaved with other
    /// analyzers' on the machine's cores. Returns the time the driver logged for it.
    /// </summary>
    public async Task<TimeSpan> AloneTelemetryAsync(DiagnosticAnalyzer analyzer, Variant variant)
    {
        var (codebase, references, options, _, generators) = Inputs(variant);
        var compilation = Compile(codebase, references, options, generators);
        var withAnalyzer = compilation.WithAnalyzers(
            [analyzer],
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        var result = await withAnalyzer.GetAnalysisResultAsync(CancellationToken.None);
        return result.AnalyzerTelemetryInfo.TryGetValue(analyzer, out var telemetry) ? telemetry.ExecutionTime : TimeSpan.Zero;
    }

    /// <summary>
    /// The code of <paramref name="variant"/> compiled with its generators' output, as the IDE holds a project, and its
    /// analyzers (<see cref="EditorBenchmark"/>). Not timed.
    /// </summary>
    public (Compilation Project, ImmutableArray<DiagnosticAnalyzer> Analyzers) OpenProject(Variant variant)
    {
        var (codebase, references, options, analyzers, generators) = Inputs(variant);
        return (Compile(codebase, references, options, generators), analyzers);
    }

    private (SyntheticCodebase, ImmutableArray<MetadataReference>, CSharpCompilationOptions, ImmutableArray<DiagnosticAnalyzer>, ImmutableArray<ISourceGenerator>) Inputs(Variant variant)
        => variant switch
        {
            Variant.Baseline => (Codebase, ReferencesWithRuntime, _options, [], []),
            Variant.Ours => (Codebase, ReferencesWithRuntime, _options, _ours.Analyzers, _ours.Generators),
            Variant.Floor => (Codebase, ReferencesWithRuntime, _options, _floor, []),
            Variant.Peer => (Codebase, ReferencesWithRuntime, _options.WithSpecificDiagnosticOptions(_peer.Suppressions), _peer.Analyzers, []),
            Variant.OursWithoutRuntime => (WithoutRuntimeCodebase, ReferencesWithoutRuntime, _options, _ours.Analyzers, _ours.Generators),
            Variant.LogLeakRuleAlone => (Codebase, ReferencesWithRuntime, _options, _logLeakRule, []),
            Variant.AnyAnalyzer => (Codebase, ReferencesWithRuntime, _options, _anyAnalyzer, []),

            // Every rule off: the driver leaves out an analyzer whose every diagnostic is off, so none is attached.
            Variant.OursGeneratorOnly => (Codebase, ReferencesWithRuntime, _options, [], _ours.Generators),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };

    private static Compilation Compile(
        SyntheticCodebase codebase, ImmutableArray<MetadataReference> references, CSharpCompilationOptions options, ImmutableArray<ISourceGenerator> generators)
    {
        Compilation compilation = CreateCompilation(Parse(codebase), references, options);
        if (!generators.IsEmpty)
        {
            CSharpGeneratorDriver.Create(generators, parseOptions: ParseOptions)
                .RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
        }

        return compilation;
    }

    /// <summary>A full, blocking collection with finalizers run: what every timed step of the harness starts from.</summary>
    public static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>The analyzers on <paramref name="compilation"/> as the harness runs them: concurrent, no options, no exception callback.</summary>
    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logExecutionTime)
        => compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                onAnalyzerException: null,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: logExecutionTime,
                reportSuppressedDiagnostics: false));

    public static ImmutableArray<SyntaxTree> Parse(SyntheticCodebase codebase)
    {
        // Parsed in parallel, as the compiler does with concurrent builds.
        var trees = new SyntaxTree[codebase.Files.Length];
        Parallel.For(0, trees.Length, i => trees[i] = CSharpSyntaxTree.ParseText(codebase.Files[i].Text, ParseOptions, codebase.Files[i].Path));
        return [.. trees];
    }

    public CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees) => CreateCompilation(trees, ReferencesWithRuntime, _options);

    public static CSharpParseOptions Options => ParseOptions;

    private static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees, ImmutableArray<MetadataReference> references, CSharpCompilationOptions options)
        => CSharpCompilation.Create("Retail.Synthetic", trees, references, options);
}
