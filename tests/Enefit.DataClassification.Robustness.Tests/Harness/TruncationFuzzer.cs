using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.CSharp;

namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>A corpus source cut after <see cref="Cut"/> characters: what the IDE analyzes while the code is typed.</summary>
internal sealed record TruncationCase(CorpusSource Source, int Cut)
{
    public string Text => Source.Text[..Cut];

    public override string ToString()
    {
        var tail = Text[Math.Max(0, Cut - 60)..].ReplaceLineEndings("⏎");
        return $"{Source.Origin} cut at {Cut} of {Source.Text.Length} characters, ending «{tail}»";
    }
}

/// <summary>Cuts corpus sources and runs every cut through a harness; the failures name the source and the cut.</summary>
internal static class TruncationFuzzer
{
    /// <summary>Cuts at every <paramref name="step"/>th character of each source, and at its full length.</summary>
    public static IEnumerable<TruncationCase> EveryNthCharacter(IEnumerable<CorpusSource> corpus, int step)
        => corpus.SelectMany(source => Enumerable.Range(1, source.Text.Length / step).Select(i => i * step)
            .Append(source.Text.Length)
            .Distinct()
            .Select(cut => new TruncationCase(source, cut)));

    /// <summary>Cuts before and after every token of <paramref name="source"/>, trivia included.</summary>
    public static IEnumerable<TruncationCase> EveryTokenBoundary(CorpusSource source)
        => CSharpSyntaxTree.ParseText(source.Text, CompilationFactory.ParseOptions).GetRoot().DescendantTokens()
            .SelectMany(token => new[] { token.SpanStart, token.Span.End })
            .Where(cut => cut > 0)
            .Distinct()
            .Order()
            .Select(cut => new TruncationCase(source, cut));

    /// <summary>
    /// The step that cuts the corpus into about <paramref name="budget"/> cases, never finer than every
    /// <paramref name="finest"/> characters: the suite's time stays flat while the corpus grows.
    /// </summary>
    public static int StepFor(IEnumerable<CorpusSource> corpus, int budget, int finest)
        => Math.Max(finest, (int)Math.Ceiling(corpus.Sum(s => (double)s.Text.Length) / budget));

    /// <summary>Runs each case (two at a time, as the machine has two cores); returns the first failures found.</summary>
    public static IReadOnlyList<string> Run(ComponentHarness harness, IEnumerable<TruncationCase> cases, HarnessOptions? options = null, int maxFailures = 5)
    {
        var failures = new ConcurrentQueue<string>();
        Parallel.ForEach(
            cases,
            new ParallelOptions { MaxDegreeOfParallelism = 2 },
            (@case, loop) =>
            {
                var run = harness.Run([@case.Text], options ?? HarnessOptions.Default);
                if (!run.IsClean)
                {
                    failures.Enqueue(run.Describe(@case.ToString()));
                    if (failures.Count >= maxFailures)
                    {
                        loop.Stop();
                    }
                }
            });
        return failures.ToList();
    }
}
