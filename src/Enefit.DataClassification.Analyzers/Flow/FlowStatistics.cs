using System.Threading;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>
/// Counts the control-flow graphs an analyzer instance asked for, so that tests can prove a body with no read that
/// needs consent costs no graph at all. One per analyzer instance: tests make their own instance and read it.
/// </summary>
internal sealed class FlowStatistics
{
    private int _graphsBuilt;

    public int GraphsBuilt => Volatile.Read(ref _graphsBuilt);

    public void CountGraph() => Interlocked.Increment(ref _graphsBuilt);
}
