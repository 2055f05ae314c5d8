using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Graphs;

/// <summary>The paths of a body's control-flow graph from an operation to its returns.</summary>
internal static class ReturnPaths
{
    /// <summary>
    /// Whether a path from <paramref name="assignment"/> to a parameter returns the constant <c>true</c> without the
    /// parameter being used again: for EDC0007, a Try-pattern that claims a check with the empty proof it stored in its
    /// <c>out</c> parameter (§7.1.2). Any later use of the parameter ends a path, and only a constant <c>true</c> counts,
    /// so a method that returns what it computed, or assigns the parameter again, gets the benefit of the doubt. The
    /// body's control-flow graph is built only here, for such an assignment.
    /// </summary>
    public static bool ReturnsTrueWithoutUsing(ISimpleAssignmentOperation assignment, CancellationToken cancellationToken)
    {
        var root = FlowRoots.RootOf(assignment);
        if (assignment.Target is not IParameterReferenceOperation { Parameter: var parameter }
            || !FlowRoots.HasControlFlowGraph(root)
            || LocationIn(FlowRoots.GraphOf(root, cancellationToken), assignment.Syntax) is not var (start, index))
        {
            // An assignment in a local function or lambda lies in a graph of its own: left as a false path.
            return false;
        }

        var visited = new HashSet<BasicBlock> { start };
        var pending = new Stack<(BasicBlock Block, int From)>();
        pending.Push((start, index + 1));
        while (pending.Count > 0)
        {
            var (block, from) = pending.Pop();
            if (UsesAfter(block, from, parameter))
            {
                continue;
            }

            if (block.FallThroughSuccessor is { Semantics: ControlFlowBranchSemantics.Return } && block.BranchValue is { } returned)
            {
                if (returned.ConstantValue is { HasValue: true, Value: true })
                {
                    return true;
                }

                continue;
            }

            foreach (var successor in new[] { block.FallThroughSuccessor, block.ConditionalSuccessor })
            {
                if (successor?.Destination is { } next && visited.Add(next))
                {
                    pending.Push((next, 0));
                }
            }
        }

        return false;
    }

    /// <summary>The block of <paramref name="graph"/> and the index of its operation that holds <paramref name="syntax"/>'s assignment.</summary>
    private static (BasicBlock Block, int Index)? LocationIn(ControlFlowGraph graph, SyntaxNode syntax)
    {
        foreach (var block in graph.Blocks)
        {
            for (var i = 0; i < block.Operations.Length; i++)
            {
                foreach (var operation in block.Operations[i].DescendantsAndSelf())
                {
                    if (operation is ISimpleAssignmentOperation && operation.Syntax == syntax)
                    {
                        return (block, i);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether the operations of <paramref name="block"/> from <paramref name="from"/> on, or its branch value, use <paramref name="parameter"/>.</summary>
    private static bool UsesAfter(BasicBlock block, int from, IParameterSymbol parameter)
    {
        for (var i = from; i < block.Operations.Length; i++)
        {
            if (Uses(block.Operations[i], parameter))
            {
                return true;
            }
        }

        return block.BranchValue is { } branch && Uses(branch, parameter);
    }

    private static bool Uses(IOperation operation, IParameterSymbol parameter)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
            {
                return true;
            }
        }

        return false;
    }
}
