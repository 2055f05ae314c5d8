using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Robustness.Tests.Hooks;

/// <summary>
/// A test-only analyzer that runs beside the product's and cancels a token once it has seen
/// <paramref name="operations"/> operations: the product's analyzers are then in the middle of the same compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class CancellingAnalyzer(CancellationTokenSource source, int operations) : DiagnosticAnalyzer
{
    // Never reported, but the driver skips an analyzer that supports no diagnostic.
    private static readonly DiagnosticDescriptor Unused = new("TEST002", "Unused", "Unused", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    private int _seen;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Unused];

    /// <summary>Whether the analysis got as far as the cancellation.</summary>
    public bool Cancelled => Volatile.Read(ref _seen) >= operations;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(
            _ =>
            {
                if (Interlocked.Increment(ref _seen) == operations)
                {
                    source.Cancel();
                }
            },
            OperationKind.PropertyReference,
            OperationKind.Invocation);
    }
}

/// <summary>A test-only generator that runs before the product's and cancels a token while the generators run.</summary>
[Generator]
internal sealed class CancellingGenerator(CancellationTokenSource source) : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
        => context.RegisterSourceOutput(context.CompilationProvider, (_, _) => source.Cancel());
}
