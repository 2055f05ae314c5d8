using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>
/// The product's Roslyn components, found by reflection over Enefit.DataClassification.Analyzers: every analyzer and
/// generator the compiler would load from the package, so a rule added later is fuzzed without touching these tests.
/// </summary>
internal static class ProductComponents
{
    public const string AssemblyName = "Enefit.DataClassification.Analyzers";

    public static Assembly Assembly { get; } = System.Reflection.Assembly.Load(new AssemblyName(AssemblyName));

    /// <summary>Every non-abstract <see cref="DiagnosticAnalyzer"/> that carries <c>[DiagnosticAnalyzer]</c> for C#.</summary>
    public static ImmutableArray<Type> AnalyzerTypes { get; } = Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
            && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } attribute
            && attribute.Languages.Contains(LanguageNames.CSharp))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>Every non-abstract <see cref="IIncrementalGenerator"/> that carries <c>[Generator]</c>.</summary>
    public static ImmutableArray<Type> GeneratorTypes { get; } = Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t)
            && t.GetCustomAttribute<GeneratorAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>Every type of the product assembly that derives from <see cref="DiagnosticAnalyzer"/>, abstract or not.</summary>
    public static IEnumerable<Type> AllAnalyzerClasses
        => Assembly.GetTypes().Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t));

    /// <summary>Every class of the product assembly that implements a generator interface.</summary>
    public static IEnumerable<Type> AllGeneratorClasses
        => Assembly.GetTypes().Where(t => t.IsClass && (typeof(IIncrementalGenerator).IsAssignableFrom(t) || typeof(ISourceGenerator).IsAssignableFrom(t)));

    public static bool HasGenerator => !GeneratorTypes.IsEmpty;

    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers()
        => AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

    public static ImmutableArray<IIncrementalGenerator> CreateGenerators()
        => GeneratorTypes.Select(t => (IIncrementalGenerator)Activator.CreateInstance(t)!).ToImmutableArray();

    /// <summary>The ids of every diagnostic the product's analyzers can report (EDC…).</summary>
    public static ImmutableHashSet<string> DiagnosticIds { get; } = CreateAnalyzers()
        .SelectMany(a => a.SupportedDiagnostics)
        .Select(d => d.Id)
        .ToImmutableHashSet(StringComparer.Ordinal);
}
