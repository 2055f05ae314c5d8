using System;
using System.Collections.Immutable;
using System.Threading;
using Enefit.DataClassification.Analyzers.ConsentFlow;
using Enefit.DataClassification.Analyzers.Graphs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.TaintFlow;

/// <summary>
/// Runs <see cref="TaintAnalysis"/> over a body only when the body has an operation that needs it (a sink call, a store
/// into an anonymous type) and an operation that may bring data in (<see cref="TaintPolicy.IsSource"/>): the cheap
/// operation callbacks look first, the control-flow graph is built at the block's end. Most bodies that log read no
/// client data at all, and without a source no value in them can carry any.
/// </summary>
internal static class OnDemandTaintAnalysis
{
    /// <summary>
    /// Registers, on one operation block, a watch for <paramref name="kinds"/> that <paramref name="needsFlow"/> accepts,
    /// and at the block's end the flow with the observer <paramref name="observerFor"/> makes.
    /// <paramref name="statistics"/> counts the graphs built, when the caller wants to know.
    /// </summary>
    public static void Register(
        OperationBlockStartAnalysisContext block,
        TaintPolicy policy,
        Func<IOperation, bool> needsFlow,
        Func<OperationBlockAnalysisContext, ITaintObserver> observerFor,
        ImmutableArray<OperationKind> kinds,
        FlowStatistics? statistics = null)
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
            if (Volatile.Read(ref needed) != 0 && HasSource(end.OperationBlocks, policy))
            {
                AnalyzeBodies(end, policy, observerFor(end), statistics);
            }
        });
    }

    /// <summary>Analyses each body once: a constructor's initializer and body are two blocks of one graph.</summary>
    private static void AnalyzeBodies(OperationBlockAnalysisContext context, TaintPolicy policy, ITaintObserver observer, FlowStatistics? statistics)
    {
        foreach (var block in FlowRoots.Of(context.OperationBlocks))
        {
            statistics?.CountGraph();
            TaintAnalysis.Analyze(context.GetControlFlowGraph(block), context.OwningSymbol as IMethodSymbol, policy, observer, context.CancellationToken);
        }
    }

    /// <summary>
    /// Whether any operation of the member, in its lambdas and local functions too, is a source. All of the member's
    /// blocks are searched: a constructor's initializer and body share one graph.
    /// </summary>
    private static bool HasSource(ImmutableArray<IOperation> operationBlocks, TaintPolicy policy)
    {
        foreach (var block in operationBlocks)
        {
            if (policy.IsSource(block))
            {
                return true;
            }

            foreach (var operation in block.Descendants())
            {
                if (policy.IsSource(operation))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
