using System.Collections;
using System.Reflection;
using Enefit.DataClassification.Robustness.Tests.Fuzzing;
using Enefit.DataClassification.Robustness.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Robustness.Tests;

/// <summary>
/// The body rules find the tokens of a file that may lead to client data in the file's text (Bodies/TextCandidates.cs
/// in the analyzers) rather than by reading every token, which made the compiler build every tree's syntax nodes. On
/// every file of the corpus and of the fuzz fixtures that has no syntax errors (a file with them is read token by
/// token), both ways give the very same index.
/// </summary>
public sealed class TokenIndexTests
{
    private static readonly Type Names = ProductComponents.Assembly.GetType("Enefit.DataClassification.Analyzers.Bodies.ClientDataNames", throwOnError: true)!;
    private static readonly Type Tokens = ProductComponents.Assembly.GetType("Enefit.DataClassification.Analyzers.Bodies.TreeTokens", throwOnError: true)!;

    [Fact]
    public void Every_file_without_syntax_errors_gives_in_its_text_the_tokens_that_reading_every_token_gives()
    {
        var (files, entries) = (0, 0);
        foreach (var sources in SourceCorpus.All.Select(source => new[] { source.Text }).Concat(FuzzFixtures.All.Select(fixture => fixture.Sources)))
        {
            var compilation = CompilationFactory.Create(sources, withRuntime: true);
            var names = Names.GetMethod("For", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [compilation]);
            foreach (var tree in compilation.SyntaxTrees.Where(tree => names is not null && !tree.GetRoot().ContainsDiagnostics))
            {
                var walked = Walked(tree, names!);
                Assert.Equal(walked, Found(tree, names!));
                files++;
                entries += walked.Count;
            }
        }

        // Enough files, and enough tokens that lead somewhere in them, for the comparison to say something.
        Assert.True(files >= 100, $"{files} files compared");
        Assert.True(entries >= 1_000, $"{entries} tokens that lead somewhere");
    }

    private static List<object> Walked(SyntaxTree tree, object names)
        => Entries(Tokens.GetMethod("Walked", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, [tree.GetRoot(), names]));

    private static List<object> Found(SyntaxTree tree, object names)
    {
        var candidates = Names.GetProperty("Candidates")!.GetValue(names)!;
        var positions = candidates.GetType().GetMethod("In")!.Invoke(candidates, [tree.GetText(), CancellationToken.None]);
        return Entries(Tokens.GetMethod("Found", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, [tree.GetRoot(), positions, names]));
    }

    private static List<object> Entries(object? array) => ((IEnumerable)array!).Cast<object>().ToList();
}
