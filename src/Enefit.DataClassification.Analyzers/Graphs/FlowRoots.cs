using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Graphs;

/// <summary>
/// The roots of operation trees that a control-flow graph can be built for: bodies and initializers, not attribute
/// arguments; and the graph of each.
/// </summary>
internal static class FlowRoots
{
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

    /// <summary>The control-flow graph of a root <see cref="HasControlFlowGraph"/> accepts, built by the caller's request.</summary>
    public static ControlFlowGraph GraphOf(IOperation root, CancellationToken cancellationToken) => root switch
    {
        IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
        IConstructorBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
        IFieldInitializerOperation initializer => ControlFlowGraph.Create(initializer, cancellationToken),
        IPropertyInitializerOperation initializer => ControlFlowGraph.Create(initializer, cancellationToken),
        IParameterInitializerOperation initializer => ControlFlowGraph.Create(initializer, cancellationToken),
        IBlockOperation block => ControlFlowGraph.Create(block, cancellationToken),
        _ => throw new System.ArgumentException("No control-flow graph can be built for a " + root.Kind + " root.", nameof(root)),
    };
}
