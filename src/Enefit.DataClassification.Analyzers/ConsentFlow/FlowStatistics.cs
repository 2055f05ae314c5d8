using System.Threading;

namespace Enefit.DataClassification.Analyzers.ConsentFlow;

/// <summary>
/// Counts the control-flow graphs an analyzer instance asked for, and the bodies or expressions it had bound, so that tests can prove a body with no read that
/// needs consent costs no graph at all. One per analyzer instance: tests make their own instance and read it.
/// </summary>
internal sealed class FlowStatistics
{
    private int _graphsBuilt;
    private int _bodiesBound;
    private int _nodesBound;

    public int GraphsBuilt => Volatile.Read(ref _graphsBuilt);

    /// <summary>How many code blocks the rule had bound: those whose tokens may lead to it (Bodies/BodyGate.cs).</summary>
    public int BodiesBound => Volatile.Read(ref _bodiesBound);

    /// <summary>How many single expressions the rule had bound, for a rule that binds expressions, not bodies (EDC0007).</summary>
    public int NodesBound => Volatile.Read(ref _nodesBound);

    public void CountGraph() => Interlocked.Increment(ref _graphsBuilt);

    public void CountBody() => Interlocked.Increment(ref _bodiesBound);

    public void CountNode() => Interlocked.Increment(ref _nodesBound);
}
