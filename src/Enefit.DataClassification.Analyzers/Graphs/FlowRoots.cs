using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Graphs;

/// <summary>
/// The operation blocks of a member that a control-flow graph can be built for, one per root: a constructor's
/// initializer and body are two blocks of one graph, and an attribute argument has no graph at all.
/// </summary>
internal static class FlowRoots
{
    public static IEnumerable<IOperation> Of(ImmutableArray<IOperation> operationBlocks)
    {
        var seen = new HashSet<IOperation>();
        foreach (var block in operationBlocks)
        {
            var root = RootOf(block);
            if (HasControlFlowGraph(root) && seen.Add(root))
            {
                yield return block;
            }
        }
    }

    /// <summary>The outermost operation above <paramref name="operation"/>: its body or initializer.</summary>
    public static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    /// <summary>The roots a control-flow graph can be built for: bodies and initializers, not attribute arguments.</summary>
    public static bool HasControlFlowGraph(IOperation root)
        => root.Kind is OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.FieldInitializer
            or OperationKind.PropertyInitializer or OperationKind.ParameterInitializer or OperationKind.Block;
}
