using System;
using System.Collections.Generic;
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
            if ((names.Scan(context.CodeBlock, context.OwningSymbol) & triggers) == 0)
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
}
