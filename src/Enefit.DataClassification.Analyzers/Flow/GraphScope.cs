using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>One graph being analysed, and the way to its lambdas' graphs (which only the graph that holds them can give).</summary>
internal sealed class GraphScope
{
    private readonly FlowAnalysis _analysis;

    public GraphScope(ControlFlowGraph graph, FlowAnalysis analysis)
    {
        Graph = graph;
        _analysis = analysis;
    }

    public ControlFlowGraph Graph { get; }

    /// <summary>Whether the lambda returns true only for an element whose consent it checked: a <c>Where</c> predicate.</summary>
    public bool ConsentsFirstParameter(IFlowAnonymousFunctionOperation lambda) => _analysis.ConsentsFirstParameter(this, lambda);
}
