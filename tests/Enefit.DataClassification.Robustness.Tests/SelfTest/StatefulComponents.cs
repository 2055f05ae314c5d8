using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Robustness.Tests.SelfTest;

// Deliberately wrong (RS1008 agrees): the state check must find these fields.
#pragma warning disable RS1008, RS1012

/// <summary>An analyzer that keeps per-compilation state in its fields: what the state check must find.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class StatefulAnalyzer : DiagnosticAnalyzer
{
    private static int s_runs;
    private readonly List<ISymbol> _seen = [];
    private readonly Dictionary<string, int> _counts = [];
    private readonly ImmutableArray<DiagnosticDescriptor> _rules = [ThrowingAnalyzer.Rule];
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, object> _byTree = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Compilation> s_latest = new();
    private Compilation? _last;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _rules;

    public ISymbol? LastSeen { get; set; }

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            s_runs++;
            _last = start.Compilation;
            start.RegisterSymbolAction(s => _seen.Add(s.Symbol), SymbolKind.NamedType);
            _counts[start.Compilation.AssemblyName ?? string.Empty] = s_runs;
            s_latest[start.Compilation.AssemblyName ?? string.Empty] = start.Compilation;
        });
    }

    public string Describe() => $"{s_runs} {_last} {_seen.Count}";
}

/// <summary>An analyzer whose fields are all fine: constants, readonly immutable values, nothing per compilation.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class StatelessAnalyzer : DiagnosticAnalyzer
{
    private const string Prefix = "EDC";
    private static readonly ImmutableHashSet<string> Names = ImmutableHashSet.Create(Prefix);

    /// <summary>Keyed by the compilation, so each entry lives and dies with its compilation: allowed.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, object> PerCompilation = new();

    /// <summary>A project's latest compilation, held weakly: it keeps none alive, so allowed.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, WeakReference<Compilation>> Latest = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ThrowingAnalyzer.Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
            _ = Names.Contains(start.Compilation.AssemblyName ?? string.Empty) && PerCompilation.TryGetValue(start.Compilation, out _)
                && Latest.TryGetValue(Prefix, out _));
    }
}
