using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.ConsentFlow;

internal sealed partial class FlowAnalysis
{
    /// <summary>
    /// The calls of local functions, and the delegates made of them, in a graph and in the lambdas it makes, each with
    /// the state that holds there: what a walk would see at them, found without observing anything. The walk asks for
    /// them to settle the entries of local functions that call one another in a cycle, where none can wait until every
    /// call of it has been walked (§7.1.2: a read inside such a function is checked only if a check holds at every call).
    /// </summary>
    private List<(IMethodSymbol Callee, FlowState State)> LocalFunctionCalls(ControlFlowGraph graph, FlowState entry, CancellationToken cancellationToken)
    {
        var calls = new List<(IMethodSymbol Callee, FlowState State)>();
        AddLocalFunctionCalls(graph, entry, calls, cancellationToken);
        return calls;
    }

    private void AddLocalFunctionCalls(ControlFlowGraph graph, FlowState entry, List<(IMethodSymbol Callee, FlowState State)> calls, CancellationToken cancellationToken)
        => VisitStatements(
            graph,
            entry,
            (statement, state, scope) =>
            {
                foreach (var operation in statement.DescendantsAndSelf())
                {
                    switch (operation)
                    {
                        case IFlowAnonymousFunctionOperation lambda:
                            var lambdaGraph = scope.Graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken);
                            AddLocalFunctionCalls(lambdaGraph, LambdaEntry(lambda, state, scope), calls, cancellationToken);
                            break;
                        case IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call:
                            calls.Add((call.TargetMethod, state));
                            break;
                        case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference:
                            calls.Add((reference.Method, state));
                            break;
                    }
                }
            },
            cancellationToken);
}
