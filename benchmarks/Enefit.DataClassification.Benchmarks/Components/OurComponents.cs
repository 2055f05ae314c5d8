using System.Collections.Immutable;
using System.Reflection;
using Enefit.DataClassification.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Benchmarks.Components;

/// <summary>
/// Our analyzers and generators, found by reflection over the analyzer assembly the way the compiler finds them in an
/// analyzer reference: every non-abstract <see cref="DiagnosticAnalyzer"/> with [DiagnosticAnalyzer] for C#, every
/// <see cref="IIncrementalGenerator"/> or <see cref="ISourceGenerator"/> with [Generator]. So the benchmark measures
/// whatever rules are merged, and needs no edit when one is added.
/// </summary>
public sealed class OurComponents
{
    private OurComponents(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<ISourceGenerator> generators, ImmutableArray<string> generatorNames)
    {
        Analyzers = analyzers;
        Generators = generators;
        GeneratorNames = generatorNames;
        LogLeakAnalyzer = Reporting(analyzers, LogLeakRule);
    }

    /// <summary>The rule compared with MA0153: timed alone (<c>edc0006_ms</c>, variant H) and its leaks counted.</summary>
    public const string LogLeakRule = "EDC0006";

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>The analyzer that reports <see cref="LogLeakRule"/>, or null while no merged rule does.</summary>
    public DiagnosticAnalyzer? LogLeakAnalyzer { get; }

    /// <summary>The generators, incremental ones wrapped as the driver takes them.</summary>
    public ImmutableArray<ISourceGenerator> Generators { get; }

    public ImmutableArray<string> GeneratorNames { get; }

    public static Assembly AnalyzerAssembly => typeof(DiagnosticDescriptors).Assembly;

    /// <summary>The tracking names of our generator's own steps, which the synthetic code must give work to.</summary>
    public static IReadOnlyList<string> GeneratorStepNames => Enefit.DataClassification.Analyzers.Generator.TrackingNames.All;

    public static OurComponents Discover()
    {
        var types = AnalyzerAssembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        var analyzers = types
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var generatorTypes = types
            .Where(t => t.GetCustomAttributes<GeneratorAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .ToList();
        var generators = generatorTypes
            .Select(t => Activator.CreateInstance(t) switch
            {
                IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
                ISourceGenerator classic => classic,
                var other => throw new InvalidOperationException($"{other?.GetType()} has [Generator] but is no generator."),
            })
            .ToImmutableArray();
        return new OurComponents(analyzers, generators, generatorTypes.Select(t => t.Name).ToImmutableArray());
    }

    /// <summary>The analyzer that reports <paramref name="diagnosticId"/>, or null when no merged rule does yet.</summary>
    public static DiagnosticAnalyzer? Reporting(IEnumerable<DiagnosticAnalyzer> analyzers, string diagnosticId)
        => analyzers.FirstOrDefault(a => a.SupportedDiagnostics.Any(d => d.Id == diagnosticId));
}
