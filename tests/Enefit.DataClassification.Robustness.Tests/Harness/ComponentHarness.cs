using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>
/// Runs a set of generators and analyzers over one compilation the way the compiler and the IDE do, and keeps every
/// exception they throw, every diagnostic they report and every generated source, for <see cref="HarnessRun"/> to judge.
/// </summary>
/// <remarks>
/// Generators run first through <see cref="CSharpGeneratorDriver"/>; the analyzers then see the compilation with the
/// generated sources, through <see cref="CompilationWithAnalyzers"/> with an exception callback, as in a build.
/// </remarks>
internal sealed class ComponentHarness
{
    public ComponentHarness(IEnumerable<DiagnosticAnalyzer> analyzers, IEnumerable<IIncrementalGenerator> generators)
    {
        Analyzers = analyzers.ToImmutableArray();
        Generators = generators.ToImmutableArray();
    }

    /// <summary>Every analyzer and generator of the product, one instance each, shared by all runs as the compiler shares them.</summary>
    public static ComponentHarness Product { get; } = new(ProductComponents.CreateAnalyzers(), ProductComponents.CreateGenerators());

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public ImmutableArray<IIncrementalGenerator> Generators { get; }

    /// <summary>The product's components plus <paramref name="analyzers"/> (test-only hooks such as a canceller).</summary>
    public ComponentHarness With(params DiagnosticAnalyzer[] analyzers) => new(Analyzers.AddRange(analyzers), Generators);

    public HarnessRun Run(params string[] sources) => Run(sources, HarnessOptions.Default);

    public HarnessRun Run(IReadOnlyList<string> sources, HarnessOptions options, CancellationToken cancellationToken = default)
        => RunAsync(CompilationFactory.Create(sources, options.WithRuntime), options, cancellationToken).GetAwaiter().GetResult();

    public Task<HarnessRun> RunAsync(IReadOnlyList<string> sources, HarnessOptions options, CancellationToken cancellationToken = default)
        => RunAsync(CompilationFactory.Create(sources, options.WithRuntime), options, cancellationToken);

    public async Task<HarnessRun> RunAsync(CSharpCompilation compilation, HarnessOptions options, CancellationToken cancellationToken = default)
    {
        var failures = new ConcurrentQueue<ComponentFailure>();
        var (withGenerated, generatorRun, generatorDiagnostics) = RunGenerators(compilation, failures, cancellationToken);
        var analyzerDiagnostics = await RunAnalyzersAsync(withGenerated, options, failures, cancellationToken).ConfigureAwait(false);
        return new HarnessRun(withGenerated, generatorRun, generatorDiagnostics, analyzerDiagnostics, failures.ToImmutableArray());
    }

    private (Compilation Compilation, GeneratorDriverRunResult? Result, ImmutableArray<Diagnostic> Diagnostics) RunGenerators(
        CSharpCompilation compilation, ConcurrentQueue<ComponentFailure> failures, CancellationToken cancellationToken)
    {
        if (Generators.IsEmpty)
        {
            return (compilation, null, ImmutableArray<Diagnostic>.Empty);
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            Generators.Select(GeneratorExtensions.AsSourceGenerator),
            parseOptions: (CSharpParseOptions)(compilation.SyntaxTrees.FirstOrDefault()?.Options ?? CompilationFactory.ParseOptions));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var updated, out var diagnostics, cancellationToken);
        var result = driver.GetRunResult();
        foreach (var generatorResult in result.Results.Where(r => r.Exception is not null))
        {
            failures.Enqueue(new ComponentFailure(generatorResult.Generator.GetGeneratorType().Name, generatorResult.Exception!));
        }

        return (updated, result, diagnostics);
    }

    private async Task<ImmutableArray<Diagnostic>> RunAnalyzersAsync(
        Compilation compilation, HarnessOptions options, ConcurrentQueue<ComponentFailure> failures, CancellationToken cancellationToken)
    {
        if (Analyzers.IsEmpty)
        {
            return ImmutableArray<Diagnostic>.Empty;
        }

        var analyzerOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, shownAs) => failures.Enqueue(new ComponentFailure(analyzer.GetType().Name, exception, shownAs)),
            concurrentAnalysis: options.ConcurrentAnalysis,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, analyzerOptions);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
    }
}
