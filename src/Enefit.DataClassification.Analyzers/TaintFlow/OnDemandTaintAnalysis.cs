using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.ConsentFlow;
using Enefit.DataClassification.Analyzers.Graphs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.TaintFlow;

/// <summary>
/// Runs <see cref="TaintAnalysis"/> over a body only when the body has an operation that needs it (a sink call, a store
/// into an anonymous type) and an operation that may bring data in (<see cref="TaintPolicy.IsSource"/>). One operation
/// action per compilation watches for the first; only when it fires is the body searched for the second, and only then
/// is its control-flow graph built. Most bodies have no sink, and most bodies that log read no client data at all:
/// without a source no value in them can carry any. A per-body start action would cost every body of the compilation
/// a callback of its own; this costs one per operation of the watched kinds.
/// </summary>
internal static class OnDemandTaintAnalysis
{
    /// <summary>
    /// Registers, for the compilation of <paramref name="start"/>, a watch for <paramref name="kinds"/> that
    /// <paramref name="needsFlow"/> accepts, and the flow over the body of the first such operation, observed by
    /// what <paramref name="observerFor"/> makes from a way to report. <paramref name="statistics"/> counts the graphs
    /// built, when the caller wants to know.
    /// </summary>
    public static void Register(
        CompilationStartAnalysisContext start,
        TaintPolicy policy,
        Func<IOperation, bool> needsFlow,
        Func<Action<Diagnostic>, ITaintObserver> observerFor,
        ImmutableArray<OperationKind> kinds,
        FlowStatistics? statistics = null)
    {
        // The bodies already analysed in this compilation, by their root's syntax: one flow per body, however many
        // sinks it has.
        var analysed = new ConcurrentDictionary<SyntaxNode, byte>();
        start.RegisterOperationAction(
            context =>
            {
                if (!needsFlow(context.Operation))
                {
                    return;
                }

                var root = FlowRoots.RootOf(context.Operation);
                if (FlowRoots.HasControlFlowGraph(root) && analysed.TryAdd(root.Syntax, 0) && HasSource(root, policy))
                {
                    statistics?.CountGraph();
                    TaintAnalysis.Analyze(
                        context.GetControlFlowGraph(),
                        context.ContainingSymbol as IMethodSymbol,
                        policy,
                        observerFor(context.ReportDiagnostic),
                        context.CancellationToken);
                }
            },
            kinds);
    }

    /// <summary>Whether any operation of the body, in its lambdas and local functions too, is a source.</summary>
    private static bool HasSource(IOperation root, TaintPolicy policy)
    {
        if (policy.IsSource(root))
        {
            return true;
        }

        foreach (var operation in root.Descendants())
        {
            if (policy.IsSource(operation))
            {
                return true;
            }
        }

        return false;
    }
}
