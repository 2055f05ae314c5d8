using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Benchmarks.Components;

/// <summary>
/// Finds which kinds of actions our analyzers register, by running their <c>Initialize</c> on a recording
/// <see cref="AnalysisContext"/> and then their compilation start actions on a recording
/// <see cref="CompilationStartAnalysisContext"/> over the real synthetic compilation (so a start action that bails out
/// when the runtime library is missing is seen doing what it does when it is present).
/// Two levels are recorded. What an analyzer registers inside a symbol start or operation block start action depends
/// on the symbol or block at hand; the floor copies the start action itself, not what it would register inside.
/// </summary>
public static class ActionShapeRecorder
{
    /// <summary>What <paramref name="analyzer"/> registers when it meets <paramref name="compilation"/>.</summary>
    public static ImmutableArray<ActionRegistration> Record(DiagnosticAnalyzer analyzer, Compilation compilation)
    {
        var registrations = new List<ActionRegistration>();
        var top = new RecordingAnalysisContext(registrations);
        analyzer.Initialize(top);
        foreach (var start in top.CompilationStartActions)
        {
            start(new RecordingCompilationStartContext(compilation, registrations));
        }

        return registrations.ToImmutableArray();
    }

    private static ImmutableArray<int> Kinds<T>(IEnumerable<T> kinds)
        where T : struct, Enum
        => kinds.Select(k => Convert.ToInt32(k, System.Globalization.CultureInfo.InvariantCulture)).ToImmutableArray();

    private static ImmutableArray<int> SyntaxKinds<TLanguageKindEnum>(ImmutableArray<TLanguageKindEnum> kinds)
        where TLanguageKindEnum : struct
        => kinds.Select(k => Convert.ToInt32(k, System.Globalization.CultureInfo.InvariantCulture)).ToImmutableArray();

    private sealed class RecordingAnalysisContext(List<ActionRegistration> registrations) : AnalysisContext
    {
        public List<Action<CompilationStartAnalysisContext>> CompilationStartActions { get; } = [];

        private void Add(ActionKind kind, ImmutableArray<int> kinds = default)
            => registrations.Add(new ActionRegistration(kind, false, kinds.IsDefault ? [] : kinds));

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        {
            Add(ActionKind.CompilationStart);
            CompilationStartActions.Add(action);
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => Add(ActionKind.Compilation);

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Add(ActionKind.SemanticModel);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            => Add(ActionKind.Symbol, Kinds(symbolKinds));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            => Add(ActionKind.SymbolStart, [(int)symbolKind]);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            => Add(ActionKind.CodeBlockStart);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Add(ActionKind.CodeBlock);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Add(ActionKind.SyntaxTree);

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Add(ActionKind.AdditionalFile);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => Add(ActionKind.SyntaxNode, SyntaxKinds(syntaxKinds));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => Add(ActionKind.Operation, Kinds(operationKinds));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Add(ActionKind.OperationBlockStart);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Add(ActionKind.OperationBlock);

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void EnableConcurrentExecution()
        {
        }
    }

    // The same overrides as above: CompilationStartAnalysisContext does not derive from AnalysisContext, so each
    // level needs its own recording class.
    private sealed class RecordingCompilationStartContext(Compilation compilation, List<ActionRegistration> registrations)
        : CompilationStartAnalysisContext(compilation, new AnalyzerOptions([]), CancellationToken.None)
    {
        private void Add(ActionKind kind, ImmutableArray<int> kinds = default)
            => registrations.Add(new ActionRegistration(kind, true, kinds.IsDefault ? [] : kinds));

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => Add(ActionKind.CompilationEnd);

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Add(ActionKind.SemanticModel);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            => Add(ActionKind.Symbol, Kinds(symbolKinds));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            => Add(ActionKind.SymbolStart, [(int)symbolKind]);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            => Add(ActionKind.CodeBlockStart);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Add(ActionKind.CodeBlock);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Add(ActionKind.SyntaxTree);

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Add(ActionKind.AdditionalFile);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => Add(ActionKind.SyntaxNode, SyntaxKinds(syntaxKinds));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => Add(ActionKind.Operation, Kinds(operationKinds));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Add(ActionKind.OperationBlockStart);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Add(ActionKind.OperationBlock);
    }
}
