using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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
/// action per compilation watches for the first; the first such operation of a body has the body searched for the
/// second and, only then, its control-flow graph built and the flow run. Most bodies have no sink, and most bodies that
/// log read no client data at all: without a source no value in them can carry any. A per-body start action would cost
/// every body of the compilation a callback of its own; this costs one per operation of the watched kinds.
/// </summary>
/// <remarks>
/// The flow's findings are kept per body and each watched operation reports those that lie inside it: a diagnostic
/// reported outside the operation whose callback reports it is "non-local", and the IDE shows non-local diagnostics only
/// after a full analysis of the project, not as the user types. Every finding lies at a watched operation (a sink's
/// argument, a store's value), so each is reported, once, by the operation that holds it.
/// </remarks>
internal static class OnDemandTaintAnalysis
{
    /// <summary>
    /// Registers, for the compilation of <paramref name="start"/>, a watch for <paramref name="kinds"/> that
    /// <paramref name="needsFlow"/> accepts, and the flow over the body of such an operation, observed by what
    /// <paramref name="observerFor"/> makes from a way to report. <paramref name="statistics"/> counts the graphs built,
    /// when the caller wants to know.
    /// </summary>
    public static void Register(
        CompilationStartAnalysisContext start,
        TaintPolicy policy,
        Func<IOperation, bool> needsFlow,
        Func<Action<Diagnostic>, ITaintObserver> observerFor,
        ImmutableArray<OperationKind> kinds,
        FlowStatistics? statistics = null)
    {
        // The findings of each body analysed in this compilation, by its root's syntax: one flow per body, however many
        // watched operations it has.
        var bodies = new ConcurrentDictionary<SyntaxNode, Lazy<BodyFindings>>();
        start.RegisterOperationAction(
            context =>
            {
                if (!needsFlow(context.Operation))
                {
                    return;
                }

                var root = FlowRoots.RootOf(context.Operation);
                if (!FlowRoots.HasControlFlowGraph(root))
                {
                    return;
                }

                var findings = bodies.GetOrAdd(
                    root.Syntax,
                    _ => new Lazy<BodyFindings>(() => Analyze(context, root, policy, observerFor, statistics))).Value;
                findings.ReportInside(context);
            },
            kinds);
    }

    private static BodyFindings Analyze(
        OperationAnalysisContext context,
        IOperation root,
        TaintPolicy policy,
        Func<Action<Diagnostic>, ITaintObserver> observerFor,
        FlowStatistics? statistics)
    {
        if (!HasSource(root, policy))
        {
            return BodyFindings.None;
        }

        statistics?.CountGraph();
        var found = new List<Diagnostic>();
        TaintAnalysis.Analyze(
            context.GetControlFlowGraph(),
            context.ContainingSymbol as IMethodSymbol,
            policy,
            observerFor(found.Add),
            context.CancellationToken);
        return new BodyFindings(found);
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

    /// <summary>What the flow found in one body, each finding handed out once.</summary>
    private sealed class BodyFindings
    {
        public static readonly BodyFindings None = new(new List<Diagnostic>());

        private readonly List<Diagnostic> _diagnostics;
        private readonly ConcurrentDictionary<Diagnostic, byte> _reported = new();

        public BodyFindings(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        /// <summary>Reports the findings inside the operation of <paramref name="context"/> not yet reported.</summary>
        public void ReportInside(OperationAnalysisContext context)
        {
            var syntax = context.Operation.Syntax;
            foreach (var diagnostic in _diagnostics)
            {
                if (diagnostic.Location.SourceTree == syntax.SyntaxTree
                    && syntax.Span.Contains(diagnostic.Location.SourceSpan)
                    && _reported.TryAdd(diagnostic, 0))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }
}
