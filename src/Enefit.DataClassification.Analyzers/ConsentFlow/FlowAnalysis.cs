using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Enefit.DataClassification.Analyzers.Graphs;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.ConsentFlow;

/// <summary>Sees every operation of a body with the state that holds where it runs.</summary>
internal interface IFlowObserver
{
    void Observe(IOperation operation, FlowState state, GraphScope scope);
}

/// <summary>
/// "A check holds" (DESIGN.md): at an operation, on every path from the entry of its body, a check for that subject
/// returned true. Runs over the control-flow graph of a body and the graphs of its lambdas and local functions.
/// A lambda starts with the facts that hold where it is created; a local function with those that hold at every call
/// or delegate made of it in the body and in the other local functions, which are walked before it (local functions
/// that call one another in a cycle: <see cref="LocalFunctionCalls"/>); both with the proofs their own parameters
/// carry (a <c>MarketingConsent</c> or <c>ElectronicMarketingPermit</c> parameter: the caller checked). Made per
/// compilation; holds no graph.
/// </summary>
internal sealed partial class FlowAnalysis
{
    private readonly KnownSymbols _symbols;
    private readonly GraphSolver _solver;
    private readonly Transfer _transfer;
    private readonly Guards _guards;
    private readonly ConsentedSequences _sequences;
    private readonly FlowStatistics? _statistics;
    private readonly ConcurrentDictionary<IMethodSymbol, Facts> _predicates = new(SymbolEqualityComparer.Default);

    /// <param name="checks">Which members are checks, cached per compilation.</param>
    /// <param name="statistics">Counts the graphs <see cref="RunOnRoots"/> asks for, when the caller wants to know.</param>
    public FlowAnalysis(CheckMembers checks, FlowStatistics? statistics = null)
    {
        _statistics = statistics;
        _symbols = checks.Symbols;
        _guards = new Guards(checks);
        _sequences = new ConsentedSequences(checks);
        _transfer = new Transfer(_guards, _sequences);
        _solver = new GraphSolver(_transfer, _guards);
    }

    /// <summary>
    /// Calls <paramref name="observer"/> for every operation of each root of a code block (<see cref="Bodies.CodeBlockRoots"/>;
    /// a constructor's initializer and body share one), their lambdas and local functions. The only place a rule asks
    /// for a graph: call it once the cheap search of the tree found something the facts must decide.
    /// </summary>
    public void RunOnRoots(IReadOnlyList<IOperation> roots, ISymbol owner, IFlowObserver observer, CancellationToken cancellationToken)
    {
        foreach (var root in roots)
        {
            _statistics?.CountGraph();
            Run(FlowRoots.GraphOf(root, cancellationToken), owner, observer, cancellationToken);
        }
    }

    /// <summary>Calls <paramref name="observer"/> for every operation of the body, its lambdas and local functions.</summary>
    public void Run(ControlFlowGraph root, ISymbol owner, IFlowObserver observer, CancellationToken cancellationToken)
    {
        var walk = new Walk(this, observer, cancellationToken);
        walk.Enqueue(root, EntryState(owner, FlowState.Empty));
        walk.Drain();
    }

    /// <summary>
    /// The subject <paramref name="source"/> belongs to, and the facts that hold at this point: those of the state, and
    /// for an element of a checked sequence used in place (a foreach deconstruction, <c>consented.First().Interests</c>,
    /// <c>customers.Where(c => c.AcceptsEmail).First()</c>) what the sequence's checks prove of it.
    /// </summary>
    public (SubjectKey Subject, Facts Facts) FactsFor(IOperation? source, FlowState state, GraphScope scope)
    {
        var subject = Subjects.SubjectOf(source, state);
        return (subject, state.Facts.Union(OneElementFactsOf(source, state, scope).About(SubjectKey.Element, subject)));
    }

    /// <summary>
    /// What holds for <paramref name="value"/> as one element of a checked sequence (<c>Current</c> of a loop,
    /// <c>First()</c>), said of <see cref="SubjectKey.Element"/>.
    /// </summary>
    private Facts OneElementFactsOf(IOperation? value, FlowState state, GraphScope scope)
    {
        // consented.First()?.Interests reads through a flow capture that holds the element.
        if (Subjects.Strip(value) is IFlowCaptureReferenceOperation capture)
        {
            return state.Facts.About(SubjectKey.ForCapture(capture.Id), SubjectKey.Element);
        }

        return value is null ? Facts.Empty : _sequences.OneElementFactsOf(value, state, scope);
    }

    /// <summary>What a lambda proves of its first parameter when it returns true. Cached per lambda.</summary>
    internal Facts PredicateFacts(GraphScope scope, IFlowAnonymousFunctionOperation lambda)
    {
        if (lambda.Symbol.Parameters.IsEmpty)
        {
            return Facts.Empty;
        }

        return _predicates.GetOrAdd(lambda.Symbol, _ =>
        {
            var graph = scope.Graph.GetAnonymousFunctionControlFlowGraph(lambda);
            var returned = WhenReturnsTrue(new GraphScope(graph, this), EntryState(lambda.Symbol, FlowState.Empty));
            return returned.About(SubjectKey.For(lambda.Symbol.Parameters[0]), SubjectKey.Element)
                .Union(returned.About(SubjectKey.Unknown, SubjectKey.Element));
        });
    }

    /// <summary>What holds at every <c>return true</c>-like exit of a function: the meet over its returns of the true side of the value.</summary>
    private Facts WhenReturnsTrue(GraphScope scope, FlowState entry)
    {
        var states = _solver.Solve(scope, entry, CancellationToken.None);
        Facts? result = null;
        foreach (var block in scope.Graph.Blocks)
        {
            if (states[block.Ordinal] is not { } state
                || block.FallThroughSuccessor?.Semantics != ControlFlowBranchSemantics.Return
                || block.BranchValue is not { } value)
            {
                continue;
            }

            var before = _solver.BeforeBranch(block, state, scope);
            var facts = before.Facts.Union(_guards.Evaluate(value, before).WhenTrue);
            result = result is null ? facts : result.Meet(facts);
        }

        return result ?? Facts.Empty;
    }

    /// <summary>The proofs a function's own parameters carry: the caller checked, for a subject the callee cannot name.</summary>
    private FlowState EntryState(ISymbol function, FlowState inherited)
    {
        if (function is not IMethodSymbol method)
        {
            return inherited;
        }

        var state = inherited;
        foreach (var parameter in method.Parameters)
        {
            if (TypeRelations.Is(parameter.Type, _symbols.MarketingConsent))
            {
                state = state.Add(Facts.ConsentOf(SubjectKey.Unknown));
            }
            else if (TypeRelations.Is(parameter.Type, _symbols.ElectronicMarketingPermit))
            {
                state = state.Add(Facts.PermitFor(SubjectKey.Unknown, channel: null));
            }
        }

        return state;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for every statement and branch value of the graph with the state that holds before
    /// it. A block no path reaches is judged with no facts at all: nothing proves a check there.
    /// </summary>
    private void VisitStatements(ControlFlowGraph graph, FlowState entry, Action<IOperation, FlowState, GraphScope> visit, CancellationToken cancellationToken)
    {
        var scope = new GraphScope(graph, this);
        var states = _solver.Solve(scope, entry, cancellationToken);
        foreach (var block in graph.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var state = states[block.Ordinal] ?? FlowState.Empty;
            foreach (var operation in block.Operations)
            {
                visit(operation, state, scope);
                state = _transfer.Apply(operation, state, scope);
            }

            if (block.BranchValue is { } value)
            {
                visit(value, state, scope);
            }
        }
    }

    /// <summary>What a lambda starts with: the facts where it is made, what its parameters are known to be, its own proofs.</summary>
    private FlowState LambdaEntry(IFlowAnonymousFunctionOperation lambda, FlowState state, GraphScope scope)
        => EntryState(lambda.Symbol, state.WithoutCaptures().Add(_sequences.LambdaParameterFacts(lambda, state, scope)));

    /// <summary>One run: a queue of graphs to walk, and the local functions waiting for all their call sites.</summary>
    private sealed class Walk
    {
        private readonly FlowAnalysis _analysis;
        private readonly IFlowObserver _observer;
        private readonly CancellationToken _cancellationToken;
        private readonly Queue<(ControlFlowGraph Graph, FlowState Entry)> _graphs = new();
        private readonly List<IMethodSymbol> _localFunctionOrder = new();
        private readonly Dictionary<IMethodSymbol, (ControlFlowGraph Declaring, FlowState? Entry)> _localFunctions = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<IMethodSymbol, HashSet<IMethodSymbol>> _callees = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<IMethodSymbol, int> _waitingCallers = new(SymbolEqualityComparer.Default);

        /// <summary>How many rounds of meets each function of a cycle may take before the cycle is given up on.</summary>
        private const int MeetRoundsPerFunction = 8;

        public Walk(FlowAnalysis analysis, IFlowObserver observer, CancellationToken cancellationToken)
        {
            _analysis = analysis;
            _observer = observer;
            _cancellationToken = cancellationToken;
        }

        public void Enqueue(ControlFlowGraph graph, FlowState entry) => _graphs.Enqueue((graph, entry));

        public void Drain()
        {
            while (true)
            {
                while (_graphs.Count > 0)
                {
                    var (graph, entry) = _graphs.Dequeue();
                    Visit(graph, entry);
                }

                if (_localFunctionOrder.Count == 0)
                {
                    return;
                }

                // Local functions wait until every graph that may call them has been walked.
                var next = NextLocalFunction();
                _localFunctionOrder.Remove(next);
                foreach (var callee in _callees[next])
                {
                    _waitingCallers[callee]--;
                }

                var (declaring, callers) = _localFunctions[next];
                _localFunctions.Remove(next);
                var graphOfNext = declaring.GetLocalFunctionControlFlowGraph(next, _cancellationToken);
                Enqueue(graphOfNext, _analysis.EntryState(next, (callers ?? FlowState.Empty).WithoutCaptures()));
            }
        }

        /// <summary>
        /// The first declared of the waiting local functions that no other waiting one calls: every call of it has then
        /// been walked, so it starts with the facts that hold at all of them, whichever order they are declared in. When
        /// every one left waits for another, they call one another in a cycle: the first declared, once the cycle's
        /// entries are settled.
        /// </summary>
        private IMethodSymbol NextLocalFunction()
        {
            foreach (var candidate in _localFunctionOrder)
            {
                if (_waitingCallers.TryGetValue(candidate, out var callers) is false || callers == 0)
                {
                    return candidate;
                }
            }

            SettleCycle();
            return _localFunctionOrder[0];
        }

        /// <summary>
        /// Local functions that call one another cannot each wait for the others' walks. Their entries are found first:
        /// each is walked without observing, and the facts at its calls are met into its callees' entries, until no entry
        /// changes. A meet only takes facts away, so this ends; should it not within a generous bound, every entry of the
        /// cycle is emptied, which can only report more. Each then starts, as a local function outside a cycle does,
        /// with the facts that hold at every call of it, those inside the cycle too. Once settled, a further round
        /// (when the next of the cycle is picked) changes nothing and costs one walk of each, without observing.
        /// </summary>
        private void SettleCycle()
        {
            var waiting = _localFunctionOrder.ToList();
            for (var round = 0; round <= waiting.Count * MeetRoundsPerFunction; round++)
            {
                if (!MeetCallsOnce(waiting))
                {
                    return;
                }
            }

            foreach (var localFunction in waiting)
            {
                _localFunctions[localFunction] = (_localFunctions[localFunction].Declaring, FlowState.Empty);
            }
        }

        /// <summary>Meets the facts at each call the functions make into the callee's entry; true when an entry changed.</summary>
        private bool MeetCallsOnce(List<IMethodSymbol> functions)
        {
            var changed = false;
            foreach (var localFunction in functions)
            {
                // A function no walked code calls yet passes nothing on so far.
                if (_localFunctions[localFunction] is not (var declaring, { } callers))
                {
                    continue;
                }

                var graph = declaring.GetLocalFunctionControlFlowGraph(localFunction, _cancellationToken);
                var entry = _analysis.EntryState(localFunction, callers.WithoutCaptures());
                foreach (var (callee, state) in _analysis.LocalFunctionCalls(graph, entry, _cancellationToken))
                {
                    changed |= AddCaller(callee, state);
                }
            }

            return changed;
        }

        /// <summary>
        /// Makes the local functions <paramref name="graph"/> declares wait, each counted as a caller of the other local
        /// functions it calls or makes a delegate of anywhere in its body, its lambdas and the local functions declared
        /// inside it (which are walked only after it).
        /// </summary>
        private void AddWaiting(ControlFlowGraph graph)
        {
            if (graph.LocalFunctions.IsEmpty)
            {
                return;
            }

            foreach (var operation in graph.OriginalOperation.Descendants())
            {
                if (operation is ILocalFunctionOperation declaration
                    && graph.LocalFunctions.Contains(declaration.Symbol, SymbolEqualityComparer.Default)
                    && !_localFunctions.ContainsKey(declaration.Symbol))
                {
                    AddWaiting(graph, declaration.Symbol, CalleesOf(declaration));
                }
            }

            // The graph's own list is the authority; a local function its operations did not show waits calling none.
            foreach (var localFunction in graph.LocalFunctions)
            {
                if (!_localFunctions.ContainsKey(localFunction))
                {
                    AddWaiting(graph, localFunction, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default));
                }
            }
        }

        private void AddWaiting(ControlFlowGraph graph, IMethodSymbol localFunction, HashSet<IMethodSymbol> callees)
        {
            _localFunctions.Add(localFunction, (graph, null));
            _localFunctionOrder.Add(localFunction);
            _callees.Add(localFunction, callees);
            foreach (var callee in callees)
            {
                _waitingCallers[callee] = _waitingCallers.TryGetValue(callee, out var count) ? count + 1 : 1;
            }
        }

        private static HashSet<IMethodSymbol> CalleesOf(ILocalFunctionOperation declaration)
        {
            var callees = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (var operation in declaration.Descendants())
            {
                switch (operation)
                {
                    case IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call:
                        callees.Add(call.TargetMethod.OriginalDefinition);
                        break;
                    case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference:
                        callees.Add(reference.Method.OriginalDefinition);
                        break;
                }
            }

            // Its own recursive calls come from inside it: they cannot be walked before it.
            callees.Remove(declaration.Symbol);
            return callees;
        }

        private void Visit(ControlFlowGraph graph, FlowState entry)
        {
            AddWaiting(graph);
            _analysis.VisitStatements(graph, entry, Observe, _cancellationToken);
        }

        private void Observe(IOperation statement, FlowState state, GraphScope scope)
        {
            foreach (var operation in statement.DescendantsAndSelf())
            {
                _observer.Observe(operation, state, scope);
                switch (operation)
                {
                    case IFlowAnonymousFunctionOperation lambda:
                        EnqueueLambda(lambda, state, scope);
                        break;
                    case IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call:
                        AddCaller(call.TargetMethod, state);
                        break;
                    case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference:
                        AddCaller(reference.Method, state);
                        break;
                }
            }
        }

        private void EnqueueLambda(IFlowAnonymousFunctionOperation lambda, FlowState state, GraphScope scope)
            => Enqueue(scope.Graph.GetAnonymousFunctionControlFlowGraph(lambda, _cancellationToken), _analysis.LambdaEntry(lambda, state, scope));

        /// <summary>Meets <paramref name="state"/> into a waiting local function's entry; true when the entry changed.</summary>
        private bool AddCaller(IMethodSymbol localFunction, FlowState state)
        {
            localFunction = localFunction.OriginalDefinition;
            if (!_localFunctions.TryGetValue(localFunction, out var pending))
            {
                return false;
            }

            var entry = pending.Entry is null ? state : pending.Entry.Meet(state);
            if (entry.Equals(pending.Entry))
            {
                return false;
            }

            _localFunctions[localFunction] = (pending.Declaring, entry);
            return true;
        }
    }
}
