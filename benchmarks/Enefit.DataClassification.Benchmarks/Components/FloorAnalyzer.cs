using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Benchmarks.Components;

/// <summary>
/// The floor: one of these stands for each of our analyzers and registers exactly the actions recorded from it (<see cref="ActionShapeRecorder"/>),
/// each with an empty body, configured as ours are (concurrent, generated code skipped). What it costs is what the
/// compiler charges any analyzer of this shape: driver bookkeeping, semantic models and operation trees for the
/// callbacks. A symbol start or operation block start action is copied as a start action that registers nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "FLOOR001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private readonly ImmutableArray<ActionRegistration> _shape;

    public FloorAnalyzer(ImmutableArray<ActionRegistration> shape) => _shape = shape;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();

        // Every recorded action is registered from one compilation start action, whether ours registered it there or
        // in Initialize: the driver runs both the same way, and one replay path keeps the floor simple. A compilation
        // action of Initialize becomes a compilation end action, which is what the driver makes of it.
        context.RegisterCompilationStartAction(start =>
        {
            foreach (var registration in _shape)
            {
                Register(start, registration);
            }
        });
    }

    private static void Register(CompilationStartAnalysisContext context, ActionRegistration registration)
    {
        switch (registration.Kind)
        {
            case ActionKind.Compilation or ActionKind.CompilationEnd: context.RegisterCompilationEndAction(_ => { }); break;
            case ActionKind.SemanticModel: context.RegisterSemanticModelAction(_ => { }); break;
            case ActionKind.Symbol: context.RegisterSymbolAction(_ => { }, SymbolKinds(registration)); break;
            case ActionKind.SymbolStart: context.RegisterSymbolStartAction(_ => { }, (SymbolKind)registration.Kinds[0]); break;
            case ActionKind.CodeBlockStart: context.RegisterCodeBlockStartAction<SyntaxKind>(_ => { }); break;
            case ActionKind.CodeBlock: context.RegisterCodeBlockAction(_ => { }); break;
            case ActionKind.SyntaxTree: context.RegisterSyntaxTreeAction(_ => { }); break;
            case ActionKind.AdditionalFile: context.RegisterAdditionalFileAction(_ => { }); break;
            case ActionKind.SyntaxNode: context.RegisterSyntaxNodeAction(_ => { }, SyntaxKinds(registration)); break;
            case ActionKind.Operation: context.RegisterOperationAction(_ => { }, OperationKinds(registration)); break;
            case ActionKind.OperationBlockStart: context.RegisterOperationBlockStartAction(_ => { }); break;
            case ActionKind.OperationBlock: context.RegisterOperationBlockAction(_ => { }); break;

            // CompilationStart: the one start action above stands for all of ours.
        }
    }

    private static ImmutableArray<SymbolKind> SymbolKinds(ActionRegistration r) => r.Kinds.Select(k => (SymbolKind)k).ToImmutableArray();

    private static ImmutableArray<SyntaxKind> SyntaxKinds(ActionRegistration r) => r.Kinds.Select(k => (SyntaxKind)k).ToImmutableArray();

    private static ImmutableArray<OperationKind> OperationKinds(ActionRegistration r) => r.Kinds.Select(k => (OperationKind)k).ToImmutableArray();
}
