using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.DataFlow;

/// <summary>
/// Runs <see cref="TaintFlow"/> over a body only when the body has an operation that needs it (a sink call, a store
/// into an anonymous type): the cheap operation callbacks look first, the control-flow graph is built at the block's end.
/// </summary>
internal static class OnDemandTaintFlow
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
        var analyzedRoots = new HashSet<IOperation>();
        foreach (var block in context.OperationBlocks)
        {
            var root = RootOf(block);
            if (HasControlFlowGraph(root) && analyzedRoots.Add(root))
            {
                TaintFlow.Analyze(context.GetControlFlowGraph(block), context.OwningSymbol as IMethodSymbol, policy, observer, context.CancellationToken);
            }
        }
    }

    private static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    /// <summary>The roots a control-flow graph can be built for: bodies and initializers, not attribute arguments.</summary>
    private static bool HasControlFlowGraph(IOperation root)
        => root is IMethodBodyOperation or IConstructorBodyOperation or IFieldInitializerOperation
            or IPropertyInitializerOperation or IParameterInitializerOperation or IBlockOperation;
}
