using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Enefit.DataClassification.Analyzers.DataFlow;

/// <summary>
/// What the flow knows at one point of a method: which locals, parameters and compiler flow captures hold client data.
/// A variable that is absent holds none (a parameter's classification is entered at the method's entry).
/// </summary>
internal sealed class TaintState
{
    private readonly Dictionary<ISymbol, Taint> _variables;
    private readonly Dictionary<CaptureId, Taint> _captures;

    public TaintState()
    {
        _variables = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);
        _captures = new Dictionary<CaptureId, Taint>();
    }

    private TaintState(TaintState other)
    {
        _variables = new Dictionary<ISymbol, Taint>(other._variables, SymbolEqualityComparer.Default);
        _captures = new Dictionary<CaptureId, Taint>(other._captures);
    }

    public TaintState Clone() => new(this);

    public Taint? Get(ISymbol variable) => _variables.TryGetValue(variable, out var taint) ? taint : null;

    public Taint? Get(CaptureId capture) => _captures.TryGetValue(capture, out var taint) ? taint : null;

    /// <summary>An assignment: the variable now holds exactly what was assigned, so a clean value cleans it.</summary>
    public void Set(ISymbol variable, Taint? taint)
    {
        if (taint is null)
        {
            _variables.Remove(variable);
        }
        else
        {
            _variables[variable] = taint;
        }
    }

    public void Set(CaptureId capture, Taint? taint)
    {
        if (taint is null)
        {
            _captures.Remove(capture);
        }
        else
        {
            _captures[capture] = taint;
        }
    }

    /// <summary>A mutation (<c>builder.Append(x)</c>, <c>list.Add(x)</c>): the variable keeps its data and gains more.</summary>
    public void Add(ISymbol variable, Taint taint)
    {
        if (!_variables.ContainsKey(variable))
        {
            _variables[variable] = taint;
        }
    }

    public void Add(CaptureId capture, Taint taint)
    {
        if (!_captures.ContainsKey(capture))
        {
            _captures[capture] = taint;
        }
    }

    /// <summary>Where two paths meet, a variable holds data when it does on either path.</summary>
    public void JoinWith(TaintState other)
    {
        foreach (var pair in other._variables)
        {
            Add(pair.Key, pair.Value);
        }

        foreach (var pair in other._captures)
        {
            Add(pair.Key, pair.Value);
        }
    }

    public bool SameAs(TaintState other)
        => SameEntries(_variables, other._variables) && SameEntries(_captures, other._captures);

    private static bool SameEntries<TKey>(Dictionary<TKey, Taint> left, Dictionary<TKey, Taint> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var pair in left)
        {
            if (!right.TryGetValue(pair.Key, out var other) || !ReferenceEquals(pair.Value, other))
            {
                return false;
            }
        }

        return true;
    }
}
