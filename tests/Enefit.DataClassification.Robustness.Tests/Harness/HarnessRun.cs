using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>
/// What one harness run saw, and its verdict: <see cref="Problems"/> lists every exception of an analyzer or generator,
/// every AD0001 or generator-failure diagnostic and every diagnostic whose location lies outside the compilation's trees.
/// </summary>
internal sealed class HarnessRun
{
    // CS8784: a generator failed to initialize; CS8785: a generator threw while it ran.
    private static readonly ImmutableHashSet<string> FailureIds = ImmutableHashSet.Create("AD0001", "CS8784", "CS8785");

    public HarnessRun(
        Compilation compilation,
        GeneratorDriverRunResult? generatorRun,
        ImmutableArray<Diagnostic> generatorDiagnostics,
        ImmutableArray<Diagnostic> analyzerDiagnostics,
        ImmutableArray<ComponentFailure> failures)
    {
        Compilation = compilation;
        GeneratorRun = generatorRun;
        GeneratorDiagnostics = generatorDiagnostics;
        AnalyzerDiagnostics = analyzerDiagnostics;
        Failures = failures;
        Problems = FindProblems().ToImmutableArray();
    }

    /// <summary>The compilation the analyzers saw: the sources and what the generators added.</summary>
    public Compilation Compilation { get; }

    public GeneratorDriverRunResult? GeneratorRun { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public ImmutableArray<Diagnostic> AnalyzerDiagnostics { get; }

    public ImmutableArray<ComponentFailure> Failures { get; }

    public ImmutableArray<string> Problems { get; }

    public bool IsClean => Problems.IsEmpty;

    /// <summary>The product's own diagnostics (EDC…).</summary>
    public IEnumerable<Diagnostic> ProductDiagnostics
        => AnalyzerDiagnostics.Where(d => ProductComponents.DiagnosticIds.Contains(d.Id));

    public ImmutableArray<GeneratedSourceResult> GeneratedSources
        => GeneratorRun?.Results.SelectMany(r => r.GeneratedSources).ToImmutableArray() ?? ImmutableArray<GeneratedSourceResult>.Empty;

    /// <summary>Fails with every problem and <paramref name="caseDescription"/>, so the failing input can be found again.</summary>
    public void AssertClean(string caseDescription)
    {
        if (!IsClean)
        {
            throw new HarnessFailureException(Describe(caseDescription));
        }
    }

    public string Describe(string caseDescription)
    {
        var text = new StringBuilder().AppendLine(caseDescription);
        foreach (var problem in Problems)
        {
            text.AppendLine("  - " + problem);
        }

        return text.ToString();
    }

    /// <summary>A stable rendering of the analyzer diagnostics, to compare runs.</summary>
    public ImmutableArray<string> DiagnosticFingerprints
        => AnalyzerDiagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToImmutableArray();

    private IEnumerable<string> FindProblems()
    {
        foreach (var failure in Failures)
        {
            yield return failure.ToString();
        }

        // With an exception callback the driver hands the AD0001 to the callback instead of the results: judge both.
        var shown = Failures.Select(f => f.ShownAs).OfType<Diagnostic>();
        foreach (var diagnostic in GeneratorDiagnostics.Concat(AnalyzerDiagnostics).Concat(shown))
        {
            if (FailureIds.Contains(diagnostic.Id))
            {
                yield return $"{diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            }

            foreach (var location in new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations))
            {
                if (LocationProblem(location) is { } problem)
                {
                    yield return $"{diagnostic.Id} {problem}";
                }
            }
        }
    }

    /// <summary>A location must be none, or a span inside one of the compilation's own syntax trees.</summary>
    private string? LocationProblem(Location location)
    {
        if (location.Kind == LocationKind.None)
        {
            return null;
        }

        if (!location.IsInSource || location.SourceTree is not { } tree)
        {
            return $"is located outside the sources ({location.Kind})";
        }

        if (!Compilation.SyntaxTrees.Contains(tree))
        {
            return $"is located in '{tree.FilePath}', which is not a tree of the compilation";
        }

        return location.SourceSpan.End > tree.Length
            ? $"is located at {location.SourceSpan}, past the end of '{tree.FilePath}' ({tree.Length} characters)"
            : null;
    }
}

/// <summary>The harness found an analyzer or generator misbehaving.</summary>
internal sealed class HarnessFailureException(string message) : Exception(message);
