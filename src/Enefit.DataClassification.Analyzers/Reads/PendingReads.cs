using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Reads;

/// <summary>
/// The reads of one body that need the flow analysis, with the purpose in force at each. Keyed by syntax and operation
/// kind, which find a read again among the control-flow graph's operations.
/// </summary>
internal sealed class PendingReads
{
    private readonly Dictionary<(SyntaxNode Syntax, OperationKind Kind), List<(ClassifiedRead Read, int? Purpose)>> _reads = new();

    public bool IsEmpty => _reads.Count == 0;

    public void Add(ClassifiedRead read, int? purpose)
    {
        var key = (read.SiteSyntax, read.SiteKind);
        if (!_reads.TryGetValue(key, out var list))
        {
            _reads[key] = list = new List<(ClassifiedRead, int?)>();
        }

        list.Add((read, purpose));
    }

    /// <summary>The reads made at <paramref name="operation"/>, removed so that each is judged once.</summary>
    public List<(ClassifiedRead Read, int? Purpose)>? Take(IOperation operation)
    {
        var key = (operation.Syntax, operation.Kind);
        if (!_reads.TryGetValue(key, out var list))
        {
            return null;
        }

        _reads.Remove(key);
        return list;
    }

    public List<(ClassifiedRead Read, int? Purpose)> TakeAll()
    {
        var all = new List<(ClassifiedRead, int?)>();
        foreach (var list in _reads.Values)
        {
            all.AddRange(list);
        }

        _reads.Clear();
        return all;
    }
}
