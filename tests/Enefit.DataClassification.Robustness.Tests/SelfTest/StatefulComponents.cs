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
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, IReadOnlyList<ISymbol>> s_symbolsByTree = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Compilation> s_latest = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, StrongMemory> s_remembered = new();
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
            s_remembered[start.Compilation.AssemblyName ?? string.Empty] = new StrongMemory([.. start.Compilation.SyntaxTrees]);
        });
    }

    public string Describe() => $"{s_runs} {_last} {_seen.Count} {s_symbolsByTree.Count()}";
}

/// <summary>An analyzer whose fields are all fine: constants, readonly immutable values, nothing per compilation.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class StatelessAnalyzer : DiagnosticAnalyzer
{
    private const string Prefix = "EDC";
    private static readonly ImmutableHashSet<string> Names = ImmutableHashSet.Create(Prefix);

    /// <summary>Keyed by the compilation, so each entry lives and dies with its compilation: allowed.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, object> PerCompilation = new();

    /// <summary>What a project's latest compilation left, holding the compilation only weakly: it keeps none alive, so allowed.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, WeakMemory> Latest = new();

    /// <summary>Each file's declarations, kept as long as the file's tree: syntax only, so allowed.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, IReadOnlyList<SyntaxNode>> DeclarationsByTree = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ThrowingAnalyzer.Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
            _ = Names.Contains(start.Compilation.AssemblyName ?? string.Empty) && PerCompilation.TryGetValue(start.Compilation, out _)
                && Latest.TryGetValue(Prefix, out _)
                && start.Compilation.SyntaxTrees.FirstOrDefault() is { } tree && DeclarationsByTree.TryGetValue(tree, out _));
    }
}

/// <summary>What a compilation leaves for the next, holding it weakly.</summary>
internal sealed class WeakMemory(Compilation compilation, string[] names)
{
    public WeakReference<Compilation> Compilation { get; } = new(compilation);

    public string[] Names { get; } = names;
}

/// <summary>What a compilation leaves for the next, holding its trees: each keeps that compilation's files alive.</summary>
internal sealed class StrongMemory(SyntaxTree[] trees)
{
    public SyntaxTree[] Trees { get; } = trees;
}
