using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.DataFlow;

/// <summary>What a rule does with the flow's result: it sees each call, creation and assignment once.</summary>
internal interface ITaintObserver
{
    /// <summary>
    /// Called once per invocation, object creation and assignment of the analysed body, after the flow has reached a
    /// fixed point, with the taints of its parts (<see cref="TaintFlow.TaintOf"/>).
    /// </summary>
    void Observe(IOperation operation, TaintFlow flow);
}
