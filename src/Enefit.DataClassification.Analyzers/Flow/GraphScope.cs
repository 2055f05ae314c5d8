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

    /// <summary>What a <c>Where</c> predicate proves of its parameter when it returns true, said of <see cref="SubjectKey.Element"/>.</summary>
    public Facts PredicateFacts(IFlowAnonymousFunctionOperation lambda) => _analysis.PredicateFacts(this, lambda);
}
