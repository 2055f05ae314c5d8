using System;
using System.Collections.Generic;
using System.Threading;
using Enefit.DataClassification.Analyzers.ConsentFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// How the body rules look at code: a code block action, which the driver runs on syntax, with no operation tree made;
/// a token scan of the block (<see cref="BodyScan"/>); and only for a block whose tokens may lead to the rule, its
/// operation trees, bound on request (<see cref="CodeBlockRoots"/>). An operation action or an operation block action
/// would have the driver bind every body of the compilation and build its operation tree, which on the benchmark's
/// code cost more than all the rules' own work (benchmarks/README.md).
/// </summary>
internal static class BodyGate
{
    /// <summary>
    /// Registers <paramref name="analyze"/> for every code block of the compilation whose tokens may lead to
    /// <paramref name="triggers"/>, with the block's roots. Registers nothing when the runtime library is not referenced.
    /// <paramref name="statistics"/> counts the blocks bound, when the caller wants to know.
    /// </summary>
    public static void RegisterBodyAction(
        CompilationStartAnalysisContext start,
        BodyTriggers triggers,
        Action<CodeBlockAnalysisContext, List<IOperation>> analyze,
        FlowStatistics? statistics = null)
    {
        if (ClientDataNames.For(start.Compilation) is not { } names)
        {
            return;
        }

        start.RegisterCodeBlockAction(context =>
        {
            if (!MayLeadTo(names, context, triggers))
            {
                return;
            }

            var roots = CodeBlockRoots.Of(context.CodeBlock, context.OwningSymbol, context.SemanticModel, context.CancellationToken);
            if (roots.Count == 0)
            {
                return;
            }

            statistics?.CountBody();
            analyze(context, roots);
        });
    }

    /// <summary>
    /// Registers <paramref name="analyze"/> for every node of a code block whose tokens may lead to
    /// <paramref name="triggers"/> that <paramref name="operationOf"/> finds an operation for, binding only what it asks
    /// for: the semantic model binds the statement around a node, not the whole body. For rules that judge one
    /// expression by itself, such as a proof made with <c>default</c>, a keyword most bodies that have it use for
    /// something else.
    /// </summary>
    public static void RegisterNodeAction(
        CompilationStartAnalysisContext start,
        BodyTriggers triggers,
        Func<SyntaxNode, ClientDataNames, SemanticModel, CancellationToken, IOperation?> operationOf,
        Action<CodeBlockAnalysisContext, IOperation> analyze)
    {
        if (ClientDataNames.For(start.Compilation) is not { } names)
        {
            return;
        }

        start.RegisterCodeBlockAction(context =>
        {
            if (CodeBlockRoots.RepeatsAnother(context.OwningSymbol) || !MayLeadTo(names, context, triggers))
            {
                return;
            }

            foreach (var part in BodyScan.ExecutableParts(context.CodeBlock))
            {
                foreach (var node in part.DescendantNodesAndSelf())
                {
                    if (operationOf(node, names, context.SemanticModel, context.CancellationToken) is { } operation)
                    {
                        analyze(context, operation);
                    }
                }
            }
        });
    }

    private static bool MayLeadTo(ClientDataNames names, CodeBlockAnalysisContext context, BodyTriggers triggers)
        => (names.Scan(context.CodeBlock, context.OwningSymbol, context.CancellationToken) & triggers) != 0;
}
