using System;
using System.Collections.Immutable;
using System.Threading;
using Enefit.DataClassification.Analyzers.Graphs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Analyzers.TaintFlow;

/// <summary>
/// Runs <see cref="TaintAnalysis"/> over a body only when the body has an operation that needs it (a sink call, a store
/// into an anonymous type): the cheap operation callbacks look first, the control-flow graph is built at the block's end.
/// </summary>
internal static class OnDemandTaintAnalysis
{
    /// <summary>
    /// Registers, on one operation block, a watch for <paramref name="kinds"/> that <paramref name="needsFlow"/> accepts,
    /// and at the block's end the flow with the observer <paramref name="observerFor"/> makes.
    /// </summary>
    public static void Register(
        OperationBlockStartAnalysisContext block,
        TaintPolicy policy,
        Func<IOperation, bool> needsFlow,
        Func<OperationBlockAnalysisContext, ITaintObserver> observerFor,
        ImmutableArray<OperationKind> kinds)
    {
        var needed = 0;
        block.RegisterOperationAction(
            operation =>
            {
                if (needsFlow(operation.Operation))
                {
                    Interlocked.Exchange(ref needed, 1);
                }
            },
            kinds);
        block.RegisterOperationBlockEndAction(end =>
        {
            if (Volatile.Read(ref needed) != 0)
            {
                AnalyzeBodies(end, policy, observerFor(end));
            }
        });
    }

    /// <summary>Analyses each body once: a constructor's initializer and body are two blocks of one graph.</summary>
    private static void AnalyzeBodies(OperationBlockAnalysisContext context, TaintPolicy policy, ITaintObserver observer)
    {
        foreach (var block in FlowRoots.Of(context.OperationBlocks))
        {
            TaintAnalysis.Analyze(context.GetControlFlowGraph(block), context.OwningSymbol as IMethodSymbol, policy, observer, context.CancellationToken);
        }
    }
}
