using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.TaintFlow;

/// <summary>
/// Follows client data through one method body: a forward "may hold data" analysis over the body's control-flow graph,
/// iterated to a fixed point (with a budget, so it always ends), then one more pass that shows every call, creation
/// and assignment to an <see cref="ITaintObserver"/>. Locals, parameters, compiler flow captures and the fields and
/// auto-properties of the object itself or static ones (<see cref="FollowedMember"/>) are tracked; an assignment of a
/// clean value cleans a variable; any other member is judged by its member alone.
/// Lambdas start with the facts where they are created, local functions with what any point of the body knows.
/// </summary>
internal sealed class TaintAnalysis
{
    /// <summary>Deeper expressions are cut off rather than risk the stack: they count as clean.</summary>
    private const int MaxExpressionDepth = 200;

    /// <summary>How often, on average, a block may be revisited before the fixed-point search stops.</summary>
    private const int VisitsPerBlock = 12;

    private readonly TaintPolicy _policy;
    private readonly ITaintObserver _observer;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<IOperation, Taint?> _recorded = new();
    private readonly Dictionary<IPropertySymbol, bool> _autoProperties = new(SymbolEqualityComparer.Default);
    private readonly Queue<(ControlFlowGraph Graph, TaintState Entry)> _pending = new();
    private ControlFlowGraph? _graph;
    private bool _recording;

    private TaintAnalysis(TaintPolicy policy, ITaintObserver observer, CancellationToken cancellationToken)
    {
        _policy = policy;
        _observer = observer;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Analyses <paramref name="graph"/>, whose parameters belong to <paramref name="owner"/>, and the functions in it.</summary>
    public static void Analyze(ControlFlowGraph graph, IMethodSymbol? owner, TaintPolicy policy, ITaintObserver observer, CancellationToken cancellationToken)
    {
        var flow = new TaintAnalysis(policy, observer, cancellationToken);
        flow._pending.Enqueue((graph, flow.WithParameters(new TaintState(), owner)));
        while (flow._pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (next, entry) = flow._pending.Dequeue();
            flow.AnalyzeGraph(next, entry);
        }
    }

    /// <summary>The taint of an operation of the final pass; null when it carries no data or was not reached.</summary>
    public Taint? TaintOf(IOperation operation) => _recorded.TryGetValue(operation, out var taint) ? taint : null;

    private TaintState WithParameters(TaintState state, IMethodSymbol? method)
    {
        if (method is not null)
        {
            foreach (var parameter in method.Parameters)
            {
                if (_policy.OfMember(parameter) is { } taint)
                {
                    state.Set(parameter, taint);
                }
            }
        }

        return state;
    }

    private void AnalyzeGraph(ControlFlowGraph graph, TaintState entry)
    {
        _graph = graph;
        var blocks = graph.Blocks;
        var exits = new TaintState?[blocks.Length];
        FindFixedPoint(blocks, exits, entry);

        _recording = true;
        foreach (var block in blocks)
        {
            if (block.IsReachable || block.Predecessors.IsEmpty)
            {
                Transfer(block, EntryOf(block, exits, entry));
            }
        }

        _recording = false;
        var anywhere = Everything(exits, entry);
        foreach (var localFunction in graph.LocalFunctions)
        {
            _pending.Enqueue((graph.GetLocalFunctionControlFlowGraph(localFunction, _cancellationToken), WithParameters(anywhere.Clone(), localFunction)));
        }
    }

    private void FindFixedPoint(System.Collections.Immutable.ImmutableArray<BasicBlock> blocks, TaintState?[] exits, TaintState entry)
    {
        var queued = new bool[blocks.Length];
        var worklist = new Queue<int>();
        var withoutPredecessors = new List<int>();
        foreach (var block in blocks)
        {
            Enqueue(block.Ordinal);
            if (IsWithoutPredecessors(block))
            {
                withoutPredecessors.Add(block.Ordinal);
            }
        }

        var budget = blocks.Length * VisitsPerBlock;
        while (worklist.Count > 0 && budget-- > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var ordinal = worklist.Dequeue();
            queued[ordinal] = false;
            var block = blocks[ordinal];
            var state = EntryOf(block, exits, entry);
            Transfer(block, state);
            if (exits[ordinal] is { } previous && previous.SameAs(state))
            {
                continue;
            }

            exits[ordinal] = state;
            EnqueueDestination(block.FallThroughSuccessor);
            EnqueueDestination(block.ConditionalSuccessor);
            foreach (var other in withoutPredecessors)
            {
                Enqueue(other);
            }
        }

        void EnqueueDestination(ControlFlowBranch? branch)
        {
            if (branch?.Destination is { } destination)
            {
                Enqueue(destination.Ordinal);
            }
        }

        void Enqueue(int ordinal)
        {
            if (!queued[ordinal])
            {
                queued[ordinal] = true;
                worklist.Enqueue(ordinal);
            }
        }
    }

    /// <summary>
    /// The first block of a <c>catch</c> or <c>finally</c> has no predecessor in the graph: it may run after any point of
    /// its <c>try</c>, so it starts with what any point knows.
    /// </summary>
    private static bool IsWithoutPredecessors(BasicBlock block) => block.Kind != BasicBlockKind.Entry && block.Predecessors.IsEmpty;

    private static TaintState EntryOf(BasicBlock block, TaintState?[] exits, TaintState entry)
    {
        if (block.Kind == BasicBlockKind.Entry)
        {
            return entry.Clone();
        }

        if (IsWithoutPredecessors(block))
        {
            return Everything(exits, entry);
        }

        var state = new TaintState();
        foreach (var predecessor in block.Predecessors)
        {
            if (exits[predecessor.Source.Ordinal] is { } exit)
            {
                state.JoinWith(exit);
            }
        }

        return state;
    }

    private static TaintState Everything(TaintState?[] exits, TaintState entry)
    {
        var state = entry.Clone();
        foreach (var exit in exits)
        {
            if (exit is not null)
            {
                state.JoinWith(exit);
            }
        }

        return state;
    }

    private void Transfer(BasicBlock block, TaintState state)
    {
        foreach (var operation in block.Operations)
        {
            Evaluate(operation, state, 0);
        }

        if (block.BranchValue is { } branchValue)
        {
            Evaluate(branchValue, state, 0);
        }
    }

    private Taint? Evaluate(IOperation? operation, TaintState state, int depth)
    {
        if (operation is null || depth > MaxExpressionDepth)
        {
            return null;
        }

        var taint = EvaluateCore(operation, state, depth + 1);
        if (_recording)
        {
            _recorded[operation] = taint;
            if (operation is IInvocationOperation or IObjectCreationOperation or IAssignmentOperation)
            {
                _observer.Observe(operation, this);
            }
        }

        return taint;
    }

    private Taint? EvaluateCore(IOperation operation, TaintState state, int depth)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local:
                return _policy.OfObject(operation) ?? state.Get(local.Local);
            case IParameterReferenceOperation parameter:
                return _policy.OfObject(operation) ?? state.Get(parameter.Parameter);
            case IFlowCaptureReferenceOperation capture:
                return state.Get(capture.Id) ?? _policy.OfObject(operation);
            case IFlowCaptureOperation capture:
                state.Set(capture.Id, Evaluate(capture.Value, state, depth));
                return null;
            case IMemberReferenceOperation member:
                return EvaluateMemberReference(member, state, depth);
            case IArrayElementReferenceOperation element:
                return EvaluateArrayElement(element, state, depth);
            case ISimpleAssignmentOperation assignment:
                return EvaluateSimpleAssignment(assignment, state, depth);
            case IDeconstructionAssignmentOperation deconstruction:
                return EvaluateDeconstruction(deconstruction, state, depth);
            case IAssignmentOperation compound:
                return EvaluateCompoundAssignment(compound, state, depth);
            case IVariableDeclaratorOperation declarator:
                var initial = Evaluate(declarator.Initializer?.Value, state, depth);
                state.Set(declarator.Symbol, initial);
                return initial;
            case IInvocationOperation invocation:
                return EvaluateInvocation(invocation, state, depth);
            case IObjectCreationOperation creation:
                return EvaluateCreation(creation, state, depth);
            case IArgumentOperation argument:
                return Evaluate(argument.Value, state, depth);
            case IFlowAnonymousFunctionOperation function:
                EnqueueFunction(function, state);
                return null;
            case INameOfOperation or ITypeOfOperation or ISizeOfOperation or ILiteralOperation or IDefaultValueOperation:
                // nameof(c.Email) names the member, it does not read it.
                return null;
            case IInstanceReferenceOperation:
                return _policy.OfObject(operation);
            default:
                var parts = EvaluateChildren(operation, state, depth);
                return IsBoolean(operation.Type) ? null : parts;
        }
    }

    private Taint? EvaluateChildren(IOperation operation, TaintState state, int depth)
    {
        Taint? result = null;
        foreach (var child in operation.ChildOperations)
        {
            result = Taint.Either(result, Evaluate(child, state, depth));
        }

        return result;
    }

    /// <summary>
    /// A classified member's value is data; any other member (<c>c.Id</c>, <c>c.Email.Length</c>) is judged by its own
    /// type, not by the object it was read from; an indexer returns what its collection holds.
    /// </summary>
    private Taint? EvaluateMemberReference(IMemberReferenceOperation member, TaintState state, int depth)
    {
        var receiver = EvaluateReceiver(member, state, depth);
        var indexed = member is IPropertyReferenceOperation { Property.IsIndexer: true } ? receiver : null;
        var stored = FollowedMember(member) is { } followed ? state.Get(followed) : null;
        return _policy.OfMember(member.Member) ?? stored ?? indexed ?? _policy.OfObject(member);
    }

    /// <summary>An array element is what its array holds.</summary>
    private Taint? EvaluateArrayElement(IArrayElementReferenceOperation element, TaintState state, int depth)
        => EvaluateReceiver(element, state, depth) ?? _policy.OfObject(element);

    private Taint? EvaluateSimpleAssignment(ISimpleAssignmentOperation assignment, TaintState state, int depth)
    {
        EvaluateReceiver(assignment.Target, state, depth);
        var value = Evaluate(assignment.Value, state, depth);
        Assign(assignment.Target, value, state);
        return value;
    }

    private Taint? EvaluateCompoundAssignment(IAssignmentOperation assignment, TaintState state, int depth)
    {
        var value = Taint.Either(Evaluate(assignment.Target, state, depth), Evaluate(assignment.Value, state, depth));
        Assign(assignment.Target, value, state);
        return value;
    }

    /// <summary><c>(a, b) = (x, y)</c> assigns element by element; from any other value, every target gets all of it.</summary>
    private Taint? EvaluateDeconstruction(IDeconstructionAssignmentOperation deconstruction, TaintState state, int depth)
    {
        var targets = Unwrap(deconstruction.Target) as ITupleOperation;
        if (targets is not null && Unwrap(deconstruction.Value) is ITupleOperation values && values.Elements.Length == targets.Elements.Length)
        {
            Taint? any = null;
            var taints = new Taint?[values.Elements.Length];
            for (var i = 0; i < taints.Length; i++)
            {
                taints[i] = Evaluate(values.Elements[i], state, depth);
                any = Taint.Either(any, taints[i]);
            }

            for (var i = 0; i < taints.Length; i++)
            {
                Assign(Unwrap(targets.Elements[i]), taints[i], state);
            }

            return any;
        }

        var value = Evaluate(deconstruction.Value, state, depth);
        foreach (var target in targets?.Elements ?? System.Collections.Immutable.ImmutableArray<IOperation>.Empty)
        {
            Assign(Unwrap(target), value, state);
        }

        return value;
    }

    private Taint? EvaluateInvocation(IInvocationOperation invocation, TaintState state, int depth)
    {
        var method = invocation.TargetMethod;
        var instance = Evaluate(invocation.Instance, state, depth);
        Taint? arguments = null;
        foreach (var argument in invocation.Arguments)
        {
            arguments = Taint.Either(arguments, Evaluate(argument, state, depth));
        }

        var propagation = _policy.Propagation;
        if (arguments is not null && (propagation.WritesIntoBuilder(method) || TaintPropagation.StoresIntoCollection(method)))
        {
            AddToVariable(invocation.Instance, arguments, state);
        }

        if (propagation.IsRedaction(method))
        {
            return null;
        }

        var text = (method.Name == "ToString" && !method.IsStatic) || propagation.BuildsText(method)
            ? Taint.Either(instance, arguments)
            : null;
        return text ?? _policy.OfObject(invocation);
    }

    private Taint? EvaluateCreation(IObjectCreationOperation creation, TaintState state, int depth)
    {
        var parts = EvaluateChildren(creation, state, depth);
        return (_policy.Propagation.CarriesConstructorArguments(creation.Type) ? parts : null) ?? _policy.OfObject(creation);
    }

    /// <summary>
    /// Evaluates the instance and the indexes of a member or element reference (as an assignment target, they run before
    /// the value is stored) and returns the instance's or array's taint.
    /// </summary>
    private Taint? EvaluateReceiver(IOperation reference, TaintState state, int depth)
    {
        switch (reference)
        {
            case IMemberReferenceOperation member:
                var instance = Evaluate(member.Instance, state, depth);
                if (member is IPropertyReferenceOperation property)
                {
                    foreach (var argument in property.Arguments)
                    {
                        Evaluate(argument, state, depth);
                    }
                }

                return instance;
            case IArrayElementReferenceOperation element:
                var array = Evaluate(element.ArrayReference, state, depth);
                foreach (var index in element.Indices)
                {
                    Evaluate(index, state, depth);
                }

                return array;
            default:
                return null;
        }
    }

    private void Assign(IOperation target, Taint? value, TaintState state)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                state.Set(local.Local, value);
                break;
            case IParameterReferenceOperation parameter:
                state.Set(parameter.Parameter, value);
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when value is not null:
                AddToVariable(indexer.Instance, value, state);
                break;
            case IArrayElementReferenceOperation element when value is not null:
                AddToVariable(element.ArrayReference, value, state);
                break;
            case IMemberReferenceOperation member when FollowedMember(member) is { } followed:
                state.Set(followed, value);
                break;
        }
    }

    /// <summary>Data written into a builder or collection stays in the variable that holds it, through call chains.</summary>
    private void AddToVariable(IOperation? holder, Taint taint, TaintState state)
    {
        for (var current = holder; current is not null;)
        {
            switch (current)
            {
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    break;
                case IInvocationOperation { Instance: { } instance }:
                    current = instance;
                    break;
                case ILocalReferenceOperation local:
                    state.Add(local.Local, taint);
                    return;
                case IParameterReferenceOperation parameter:
                    state.Add(parameter.Parameter, taint);
                    return;
                case IMemberReferenceOperation member when FollowedMember(member) is { } followed:
                    state.Add(followed, taint);
                    return;
                case IFlowCaptureReferenceOperation capture:
                    state.Add(capture.Id, taint);
                    return;
                default:
                    return;
            }
        }
    }

    /// <summary>
    /// A member the method itself may store data into and read it back from (<c>_last = c.Email; …
    /// logger.Log(_last);</c>): a field or an auto-property of the object the method runs on, or a static one. What the
    /// method stores there is what it reads back, until it stores again; a call in between that changes the member is
    /// not seen, and what another method stored is not known (the flow is intra-procedural). Another object's members,
    /// and a property with code of its own, are judged by the member alone.
    /// </summary>
    private ISymbol? FollowedMember(IMemberReferenceOperation member)
    {
        if (!member.Member.IsStatic
            && member.Instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
        {
            return null;
        }

        return member switch
        {
            IFieldReferenceOperation { Field.IsConst: false } field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property when IsAutoProperty(property.Property) => property.Property,
            _ => null,
        };
    }

    /// <summary>A property declared once in source whose accessors have no code: what is stored is what is read.</summary>
    private bool IsAutoProperty(IPropertySymbol property)
    {
        if (!_autoProperties.TryGetValue(property, out var isAuto))
        {
            isAuto = !property.IsAbstract && !property.IsExtern
                && property.DeclaringSyntaxReferences.Length == 1
                && property.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }
                && accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null);
            _autoProperties[property] = isAuto;
        }

        return isAuto;
    }

    private void EnqueueFunction(IFlowAnonymousFunctionOperation function, TaintState state)
    {
        if (_recording && _graph is not null)
        {
            _pending.Enqueue((_graph.GetAnonymousFunctionControlFlowGraph(function, _cancellationToken), WithParameters(state.Clone(), function.Symbol)));
        }
    }

    private static IOperation Unwrap(IOperation operation) => operation switch
    {
        IDeclarationExpressionOperation declaration => declaration.Expression,
        IConversionOperation { IsImplicit: true } conversion => conversion.Operand,
        _ => operation,
    };

    private static bool IsBoolean(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Boolean;
}
