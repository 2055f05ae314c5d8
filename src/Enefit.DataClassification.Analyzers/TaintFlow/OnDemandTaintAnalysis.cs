using System;
using System.Collections.Generic;
using Enefit.DataClassification.Analyzers.Bodies;
using Enefit.DataClassification.Analyzers.ConsentFlow;
using Enefit.DataClassification.Analyzers.Graphs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.TaintFlow;

/// <summary>
/// Runs <see cref="TaintAnalysis"/> over a body only when it may matter, each test dearer than the one before: the
/// body's tokens name a way to the rule's data (<see cref="BodyGate"/>: most bodies are never bound); its operation tree
/// has an operation that needs the flow (a sink call, a store into an anonymous type); it has an operation that may
/// bring data in (<see cref="TaintPolicy.IsSource"/>). Only then is its control-flow graph built and the flow run.
/// </summary>
internal static class OnDemandTaintAnalysis
{
    /// <summary>
    /// Registers, for the compilation of <paramref name="start"/>, the flow over each body whose tokens may lead to
    /// <paramref name="triggers"/> and which has an operation <paramref name="needsFlow"/> accepts, observed by what
    /// <paramref name="observerFor"/> makes from a way to report. <paramref name="statistics"/> counts the bodies bound
    /// and the graphs built, when the caller wants to know.
    /// </summary>
    public static void Register(
        CompilationStartAnalysisContext start,
        TaintPolicy policy,
        BodyTriggers triggers,
        Func<IOperation, bool> needsFlow,
        Func<Action<Diagnostic>, ITaintObserver> observerFor,
        FlowStatistics? statistics = null)
        => BodyGate.RegisterBodyAction(
            start,
            triggers,
            (context, roots) =>
            {
                foreach (var root in roots)
                {
                    if (AnyOperation(root, needsFlow) && AnyOperation(root, policy.IsSource))
                    {
                        statistics?.CountGraph();
                        TaintAnalysis.Analyze(
                            FlowRoots.GraphOf(root, context.CancellationToken),
                            context.OwningSymbol as IMethodSymbol,
                            policy,
                            observerFor(context.ReportDiagnostic),
                            context.CancellationToken);
                    }
                }
            },
            statistics);

    /// <summary>Whether any operation of the root, in its lambdas and local functions too, satisfies <paramref name="test"/>.</summary>
    private static bool AnyOperation(IOperation root, Func<IOperation, bool> test)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (test(operation))
            {
                return true;
            }
        }

        return false;
    }
}
