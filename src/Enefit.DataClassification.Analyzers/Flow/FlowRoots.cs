using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>The operation blocks of a member that a control-flow graph can be built for, one per root.</summary>
internal static class FlowRoots
{
    public static IEnumerable<IOperation> Of(ImmutableArray<IOperation> operationBlocks)
    {
        var seen = new HashSet<IOperation>();
        foreach (var block in operationBlocks)
        {
            var root = block;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            if (IsGraphRoot(root) && seen.Add(root))
            {
                yield return block;
            }
        }
    }

    private static bool IsGraphRoot(IOperation root) => root.Kind is OperationKind.MethodBody or OperationKind.ConstructorBody
        or OperationKind.FieldInitializer or OperationKind.PropertyInitializer or OperationKind.ParameterInitializer
        || root.Kind == OperationKind.Block;
}
