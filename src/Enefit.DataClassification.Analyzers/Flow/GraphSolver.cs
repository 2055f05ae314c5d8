using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>
/// The dataflow over one control-flow graph: a worklist over basic blocks, never recursion, so a method of ten thousand
/// statements or five hundred nested <c>if</c>s costs heap, not stack. Facts meet as "must" where paths join: a check
/// on one branch only does not hold after the merge. Blocks no path reaches keep a null state.
/// </summary>
internal sealed class GraphSolver
{
    /// <summary>A safety valve: the lattice is finite, but a block is never processed more often than this.</summary>
    private const int MaxVisitsPerBlock = 64;

    private readonly Transfer _transfer;
    private readonly Guards _guards;

    public GraphSolver(Transfer transfer, Guards guards)
    {
        _transfer = transfer;
        _guards = guards;
    }

    /// <summary>The state on entry to each block, or null for a block no path reaches.</summary>
    public FlowState?[] Solve(GraphScope scope, FlowState entry, CancellationToken cancellationToken)
    {
        var blocks = scope.Graph.Blocks;
        var states = new FlowState?[blocks.Length];
        var handlers = HandlersByTryStart(scope.Graph);
        var visits = new int[blocks.Length];
        var queued = new bool[blocks.Length];
        var worklist = new Queue<int>();

        void Propagate(BasicBlock? destination, FlowState state)
        {
            if (destination is null)
            {
                return;
            }

            var old = states[destination.Ordinal];
            var merged = old is null ? state : old.Meet(state);
            if (old is not null && merged.Equals(old))
            {
                return;
            }

            states[destination.Ordinal] = merged;
            if (!queued[destination.Ordinal])
            {
                queued[destination.Ordinal] = true;
                worklist.Enqueue(destination.Ordinal);
            }
        }

        Propagate(blocks[0], entry);
        while (worklist.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ordinal = worklist.Dequeue();
            queued[ordinal] = false;
            if (++visits[ordinal] > MaxVisitsPerBlock)
            {
                continue;
            }

            var block = blocks[ordinal];
            var state = states[ordinal]!;

            // Exception handlers have no edges in the graph: they start from what held when their try began.
            if (handlers.TryGetValue(ordinal, out var handlerStarts))
            {
                foreach (var handlerStart in handlerStarts)
                {
                    Propagate(blocks[handlerStart], state);
                }
            }

            state = BeforeBranch(block, state, scope);
            if (block.ConditionalSuccessor is { } conditional && block.BranchValue is { } condition)
            {
                var proves = _guards.Evaluate(condition, state);
                var jumpsWhenTrue = block.ConditionKind == ControlFlowConditionKind.WhenTrue;
                Propagate(conditional.Destination, state.Add(jumpsWhenTrue ? proves.WhenTrue : proves.WhenFalse));
                Propagate(block.FallThroughSuccessor?.Destination, state.Add(jumpsWhenTrue ? proves.WhenFalse : proves.WhenTrue));
            }
            else
            {
                Propagate(block.FallThroughSuccessor?.Destination, state);
            }
        }

        return states;
    }

    /// <summary>The state after a block's statements and its branch value, before it branches.</summary>
    public FlowState BeforeBranch(BasicBlock block, FlowState state, GraphScope scope)
    {
        foreach (var operation in block.Operations)
        {
            state = _transfer.Apply(operation, state, scope);
        }

        return block.BranchValue is { } value ? _transfer.Apply(value, state, scope) : state;
    }

    /// <summary>For the first block of each try region, the first blocks of its catch, filter and finally regions.</summary>
    private static Dictionary<int, List<int>> HandlersByTryStart(ControlFlowGraph graph)
    {
        var result = new Dictionary<int, List<int>>();
        var regions = new Stack<ControlFlowRegion>();
        regions.Push(graph.Root);
        while (regions.Count > 0)
        {
            var region = regions.Pop();
            foreach (var nested in region.NestedRegions)
            {
                regions.Push(nested);
            }

            if (region.Kind != ControlFlowRegionKind.Try || region.EnclosingRegion is not { } tryStatement)
            {
                continue;
            }

            foreach (var handler in tryStatement.NestedRegions)
            {
                if (handler != region)
                {
                    if (!result.TryGetValue(region.FirstBlockOrdinal, out var starts))
                    {
                        result[region.FirstBlockOrdinal] = starts = new List<int>();
                    }

                    starts.Add(handler.FirstBlockOrdinal);
                }
            }
        }

        return result;
    }
}
