using System.Reflection;
using Enefit.DataClassification.Robustness.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace Enefit.DataClassification.Robustness.Tests;

/// <summary>
/// The harness finds the product's components the way the compiler does, so every rule merged later is fuzzed, and
/// no component is left out of a build by a missing attribute.
/// </summary>
public sealed class ProductComponentsTests(ITestOutputHelper output)
{
    [Fact]
    public void The_harness_runs_every_analyzer_and_generator_of_the_product()
    {
        output.WriteLine("analyzers: " + string.Join(", ", ProductComponents.AnalyzerTypes.Select(t => t.Name)));
        output.WriteLine("generators: " + string.Join(", ", ProductComponents.GeneratorTypes.Select(t => t.Name)));

        Assert.NotEmpty(ProductComponents.AnalyzerTypes);
        Assert.Equal(ProductComponents.AnalyzerTypes, ComponentHarness.Product.Analyzers.Select(a => a.GetType()));
        Assert.Equal(ProductComponents.GeneratorTypes, ComponentHarness.Product.Generators.Select(g => g.GetType()));
        Assert.All(ProductComponents.DiagnosticIds, id => Assert.Matches("^EDC[0-9]{4}$", id));
    }

    [Fact]
    public void Every_concrete_analyzer_class_carries_DiagnosticAnalyzer_for_CSharp_so_the_compiler_loads_it()
        => Assert.Empty(ProductComponents.AllAnalyzerClasses
            .Where(t => !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) != true)
            .Select(t => t.FullName));

    [Fact]
    public void Every_generator_class_is_incremental_and_carries_Generator_so_the_compiler_loads_it()
        => Assert.Empty(ProductComponents.AllGeneratorClasses
            .Where(t => !t.IsAbstract && (!typeof(IIncrementalGenerator).IsAssignableFrom(t) || t.GetCustomAttribute<GeneratorAttribute>() is null))
            .Select(t => t.FullName));
}
