using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Benchmarks.Measurement;

/// <summary>
/// EDC0006 against MA0153 on the synthetic code. The issue asks EDC0006 to report every leak MA0153 reports. An MA0153
/// diagnostic counts as also reported when an EDC0006 diagnostic in the same file has a span that contains it or lies
/// inside it (MA0153 marks the log argument; EDC0006 may mark the argument or the member read within it).
/// </summary>
public sealed record LeakComparison(int? Edc0006Leaks, int Ma0153Leaks, int? Ma0153MissedByEdc0006)
{
    public bool? Ma0153SubsetOfEdc0006 => Ma0153MissedByEdc0006 is null ? null : Ma0153MissedByEdc0006 == 0;

    /// <param name="ours">Our diagnostics, or null when no merged analyzer supports EDC0006.</param>
    public static LeakComparison Compare(IEnumerable<Diagnostic>? ours, IEnumerable<Diagnostic> peer)
    {
        var ma0153 = peer.Where(d => d.Id == "MA0153").ToList();
        if (ours is null)
        {
            return new LeakComparison(null, ma0153.Count, null);
        }

        var edc0006 = ours.Where(d => d.Id == "EDC0006").ToList();
        var missed = ma0153.Count(m => !edc0006.Any(e => Overlaps(e.Location, m.Location)));
        return new LeakComparison(edc0006.Count, ma0153.Count, missed);
    }

    private static bool Overlaps(Location a, Location b)
        => a.SourceTree?.FilePath == b.SourceTree?.FilePath
            && (a.SourceSpan.Contains(b.SourceSpan) || b.SourceSpan.Contains(a.SourceSpan));
}
