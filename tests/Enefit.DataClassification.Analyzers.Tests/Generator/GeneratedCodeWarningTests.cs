namespace Enefit.DataClassification.Analyzers.Tests.Generator;

/// <summary>
/// The generated code must build in a strict project: nullable on, every warning wave, warnings as errors, and its
/// documentation comments checked. The generator itself reports nothing (the analyzers do).
/// </summary>
public sealed class GeneratedCodeWarningTests
{
    [Theory]
    [MemberData(nameof(GoldenInputs.Names), MemberType = typeof(GoldenInputs))]
    public void Golden_inputs_compile_without_warnings_after_generation(string name)
    {
        var before = GeneratorHarness.Compile(GoldenInputs.Sources[name]);
        Assert.Empty(GeneratorHarness.Problems(before).Where(diagnostic => diagnostic.Id != "CS0414" && diagnostic.Id != "CS0169"));

        var run = GeneratorHarness.Run(before);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(run.Output));
        Assert.NotEmpty(run.Result.GeneratedSources);
    }

    [Theory]
    [MemberData(nameof(GoldenInputs.Names), MemberType = typeof(GoldenInputs))]
    public void The_generated_code_is_clean_of_nullable_warnings_although_it_turns_them_off(string name)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Compile(GoldenInputs.Sources[name]));
        var generated = run.Output.SyntaxTrees.Where(tree => tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(generated);
        Assert.All(generated, tree => Assert.Contains("#nullable enable annotations\n#nullable disable warnings\n", tree.ToString(), StringComparison.Ordinal));

        // The same files with the warnings on: the compiler's nullable flow analysis of every generated body finds nothing.
        var withWarnings = generated.Aggregate(run.Output, (compilation, tree) => compilation.ReplaceSyntaxTree(tree, WithNullableWarnings(tree)));

        Assert.Equal(generated.Count, withWarnings.SyntaxTrees.Count(tree => tree.ToString().Contains("#nullable enable warnings", StringComparison.Ordinal)));
        Assert.Empty(GeneratorHarness.Problems(withWarnings));
    }

    [Theory]
    [InlineData("Class")]
    [InlineData("Record")]
    [InlineData("TypeLevel")]
    public void A_project_with_nullable_annotations_off_builds_the_generated_code_cleanly_too(string name)
    {
        var compilation = GeneratorHarness.Compile(GoldenInputs.Sources[name]);
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(Microsoft.CodeAnalysis.NullableContextOptions.Disable));

        var run = GeneratorHarness.Run(compilation);

        Assert.Empty(GeneratorHarness.Problems(run.Output));
    }

    private static Microsoft.CodeAnalysis.SyntaxTree WithNullableWarnings(Microsoft.CodeAnalysis.SyntaxTree tree)
        => GeneratorHarness.Parse(tree.ToString().Replace("#nullable disable warnings", "#nullable enable warnings", StringComparison.Ordinal), tree.FilePath);
}
