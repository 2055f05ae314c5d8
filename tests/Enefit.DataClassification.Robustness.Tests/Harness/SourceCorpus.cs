using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>One C# source of the corpus and where it was found.</summary>
internal sealed record CorpusSource(string Origin, string Text)
{
    public override string ToString() => Origin;
}

/// <summary>
/// Every C# source the other test projects compile: the string and raw-string literals of their .cs files that look
/// like C# (analyzer, generator, code-fix and package tests alike), with test markup removed, plus every .cs file
/// under samples/. Read from the repository, so tests and samples added later join the corpus by themselves.
/// </summary>
internal static partial class SourceCorpus
{
    public static ImmutableArray<CorpusSource> All { get; } = Load();

    private static ImmutableArray<CorpusSource> Load()
    {
        var sources = new List<CorpusSource>();
        var ownFolder = RepositoryFiles.OwnFolder + Path.DirectorySeparatorChar;
        foreach (var file in RepositoryFiles.CSharpFilesUnder(RepositoryFiles.TestsFolder).Where(f => !f.StartsWith(ownFolder, StringComparison.Ordinal)))
        {
            sources.AddRange(LiteralsIn(file));
        }

        foreach (var file in RepositoryFiles.CSharpFilesUnder(RepositoryFiles.SamplesFolder))
        {
            sources.Add(new CorpusSource(RepositoryFiles.Relative(file), File.ReadAllText(file)));
        }

        return sources.DistinctBy(s => s.Text).ToImmutableArray();
    }

    private static IEnumerable<CorpusSource> LiteralsIn(string file)
    {
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), CompilationFactory.ParseOptions, file);
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
                && LooksLikeCSharp(token.ValueText))
            {
                var line = token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                yield return new CorpusSource($"{RepositoryFiles.Relative(file)}:{line}", WithoutMarkup(token.ValueText));
            }
        }
    }

    private static bool LooksLikeCSharp(string text)
        => text.Contains("Enefit.DataClassification", StringComparison.Ordinal)
            || ((text.Contains("class ", StringComparison.Ordinal) || text.Contains("struct ", StringComparison.Ordinal)
                || text.Contains("record ", StringComparison.Ordinal) || text.Contains("interface ", StringComparison.Ordinal))
                && text.Contains('{'));

    /// <summary>Removes Microsoft.CodeAnalysis.Testing markup: <c>[|…|]</c>, <c>{|ID:…|}</c>, <c>{|#0:…|}</c>.</summary>
    private static string WithoutMarkup(string text) => Markup().Replace(text, string.Empty);

    [GeneratedRegex(@"\{\|[^:{}|\s]*:|\|\}|\[\||\|\]")]
    private static partial Regex Markup();
}
