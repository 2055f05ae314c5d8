using System.Diagnostics;
using CsCheck;
using Enefit.DataClassification.Robustness.Tests.Fuzzing;
using Enefit.DataClassification.Robustness.Tests.Harness;
using Enefit.DataClassification.Robustness.Tests.SelfTest;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Enefit.DataClassification.Robustness.Tests;

/// <summary>
/// Mutated programs (deleted and duplicated tokens, swapped names, misplaced and mis-argued attributes, undefined
/// purposes, odd check shapes, duplicate types, conflicting partial files, no runtime library) go through every
/// generator and analyzer without an exception, an AD0001 or a diagnostic outside its tree.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    private const int Iterations = 300;

    [Theory]
    [InlineData("Customer")]
    [InlineData("Checks")]
    [InlineData("Impostor")]
    public void The_well_formed_fixtures_compile_so_mutations_start_from_code_the_analyses_read_in_full(string name)
    {
        var compilation = CompilationFactory.Create(FuzzFixtures.All.Single(f => f.Name == name).Sources, withRuntime: true);

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_customer_fixture_draws_product_diagnostics_so_its_mutations_exercise_the_rules()
    {
        var run = ComponentHarness.Product.Run(FuzzFixtures.Customer);

        run.AssertClean("the Customer fixture");
        Assert.Contains(run.ProductDiagnostics, d => d.Id == "EDC0011");
    }

    [Fact]
    public void Every_fixture_unmutated_runs_clean_with_and_without_the_runtime_library()
    {
        foreach (var (name, sources) in FuzzFixtures.All)
        {
            foreach (var withRuntime in new[] { true, false })
            {
                var failure = MutationFuzzer.Check(ComponentHarness.Product, new MutatedProgram($"fixture {name}", sources, withRuntime));
                Assert.True(failure is null, failure);
            }
        }
    }

    [Fact]
    public void Mutated_programs_run_clean()
    {
        var root = MutationFuzzer.RootSeed();
        output.WriteLine($"root seed {root}; set {MutationFuzzer.RootSeedVariable} to explore other cases, {MutationFuzzer.ReplayVariable} to replay one");
        var cases = MutationFuzzer.Generate(root, Iterations);

        var clock = Stopwatch.StartNew();
        var failures = MutationFuzzer.Run(ComponentHarness.Product, cases);
        output.WriteLine($"{cases.Count} mutated programs, {cases.Count(c => !c.Case.WithRuntime)} without the runtime library: {clock.Elapsed.TotalSeconds:F1} s");

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_mutations_reach_every_operator_and_change_the_program()
    {
        var cases = MutationFuzzer.Generate(new PCG(stream: 2026, seed: 1125), Iterations);

        Assert.Equal(
            Enumerable.Range(0, Mutations.OperatorCount),
            cases.SelectMany(c => c.Case.Steps).Select(s => s.Operator).Distinct().Order());
        Assert.True(cases.Count(c => !c.Case.Program.Sources.SequenceEqual(FuzzFixtures.All[c.Case.Fixture].Sources)) > Iterations * 9 / 10);
    }

    [Fact]
    public void A_user_MasterDataAttribute_in_another_namespace_is_not_taken_for_the_packages()
    {
        var run = ComponentHarness.Product.Run(FuzzFixtures.Impostor);

        run.AssertClean("the impostor fixture");
        Assert.Empty(run.ProductDiagnostics);
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void The_same_code_with_the_packages_attributes_is_reported_so_the_impostor_test_can_fail()
    {
        var genuine = FuzzFixtures.Impostor
            .Replace("using Acme.Tags;", "using Enefit.DataClassification;", StringComparison.Ordinal)
            .Replace("namespace Acme.Tags", "namespace Acme.Unused", StringComparison.Ordinal);

        var run = ComponentHarness.Product.Run(genuine);

        run.AssertClean("the impostor fixture with the package's attributes");
        Assert.Contains(run.ProductDiagnostics, d => d.Id == "EDC0011");
    }

    [Fact]
    public void Without_the_runtime_library_the_product_reports_nothing_even_on_code_it_would_report()
    {
        var run = ComponentHarness.Product.Run([FuzzFixtures.Customer, FuzzFixtures.OddShapes], HarnessOptions.Default with { WithRuntime = false });

        run.AssertClean("Customer and OddShapes without the runtime library");
        Assert.Empty(run.ProductDiagnostics);
        Assert.Empty(MutationFuzzer.ErrorsInGeneratedCode(run));
    }

    [Fact]
    public void A_failing_case_is_reported_with_a_seed_that_replays_it()
    {
        var harness = ComponentHarness.Product.With(new ThrowsOnCastAttributeArgumentAnalyzer());
        var cases = MutationFuzzer.Generate(new PCG(stream: 2026, seed: 1125), Iterations);

        var failure = Assert.IsType<string>(MutationFuzzer.Run(harness, cases, maxFailures: 1).FirstOrDefault());

        var seed = System.Text.RegularExpressions.Regex.Match(failure, @"^Case \d+, seed (\S+) ").Groups[1].Value;
        Assert.Contains($"{MutationFuzzer.ReplayVariable}={seed}", failure, StringComparison.Ordinal);
        Assert.Contains("ThrowsOnCastAttributeArgumentAnalyzer threw", failure, StringComparison.Ordinal);
        var replayed = MutationFuzzer.Cases.Generate(PCG.Parse(seed), null!, out _);
        Assert.Contains(replayed.Program.Description, failure, StringComparison.Ordinal);
        Assert.NotNull(MutationFuzzer.Check(harness, replayed.Program));
    }
}
