using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Robustness.Tests.SelfTest;

/// <summary>
/// Walks each method body's statements by recursion, one frame per statement, as a naive flow analysis would, but
/// stops before the stack runs out and records that it would have overflowed. Proves that the extremes are deep
/// enough for the small stack to catch such an analyzer, without crashing the test host to show it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class RecursionProbeAnalyzer : DiagnosticAnalyzer
{
    private int _deepest;
    private int _ranOut;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [ThrowingAnalyzer.Rule];

    /// <summary>Whether some body had more statements than the stack could recurse over.</summary>
    public bool WouldHaveOverflowed => Volatile.Read(ref _ranOut) == 1;

    public int Deepest => Volatile.Read(ref _deepest);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(
            c =>
            {
                var statements = ((IBlockOperation)c.Operation).Operations;
                var depth = Visit(statements, 0);
                InterlockedMax(ref _deepest, depth);
                if (depth < statements.Length)
                {
                    Interlocked.Exchange(ref _ranOut, 1);
                }
            },
            OperationKind.Block);
    }

    /// <summary>Recurses once per statement with a frame about the size of a visitor's; returns how deep it got.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Visit(ImmutableArray<IOperation> statements, int index)
    {
        if (index == statements.Length || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return index;
        }

        Span<long> state = stackalloc long[16];
        state[index % 16] = statements[index].ChildOperations.Count;
        return Visit(statements, index + 1) + (int)(state[0] & 0);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }
}
