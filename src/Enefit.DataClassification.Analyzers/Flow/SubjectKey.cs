using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>What a subject key names: a variable the analysis can follow, or something it cannot.</summary>
internal enum SubjectKind
{
    /// <summary>A call result, an element of a collection, a classified parameter: whose data it is, is not known.</summary>
    Unknown,
    This,
    Local,
    Parameter,

    /// <summary>A field or property of <c>this</c>, or a static one.</summary>
    Member,

    /// <summary>A value the control-flow graph holds for a moment (the receiver of <c>?.</c>, a foreach enumerator).</summary>
    Capture,

    /// <summary>"Each element" of a sequence, in the facts a sequence holds for its elements.</summary>
    Element,
}

/// <summary>
/// The identity of a data subject as the flow analysis sees it: the variable a consent check's argument or a read's
/// receiver comes from. Two reads of <c>c.Email</c> and <c>c.Interests</c> share the key of <c>c</c>.
/// </summary>
internal readonly struct SubjectKey : IEquatable<SubjectKey>
{
    public static readonly SubjectKey Unknown = default;
    public static readonly SubjectKey This = new(SubjectKind.This, null, null);
    public static readonly SubjectKey Element = new(SubjectKind.Element, null, null);

    private SubjectKey(SubjectKind kind, ISymbol? symbol, CaptureId? capture)
    {
        Kind = kind;
        Symbol = symbol;
        Capture = capture;
    }

    public SubjectKind Kind { get; }

    public ISymbol? Symbol { get; }

    public CaptureId? Capture { get; }

    public bool IsUnknown => Kind == SubjectKind.Unknown;

    /// <summary>How a message names the subject: <c>c</c>, <c>_customer</c>, <c>this</c>.</summary>
    public string DisplayName => Kind switch
    {
        SubjectKind.This => "this",
        SubjectKind.Unknown => "an unknown client",
        SubjectKind.Capture => "a temporary value",
        SubjectKind.Element => "an element",
        _ => Symbol!.Name,
    };

    public static SubjectKey For(ISymbol symbol) => symbol switch
    {
        ILocalSymbol => new SubjectKey(SubjectKind.Local, symbol, null),
        IParameterSymbol => new SubjectKey(SubjectKind.Parameter, symbol, null),
        _ => new SubjectKey(SubjectKind.Member, symbol, null),
    };

    public static SubjectKey ForCapture(CaptureId capture) => new(SubjectKind.Capture, null, capture);

    public bool Equals(SubjectKey other)
        => Kind == other.Kind
            && SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol)
            && Nullable.Equals(Capture, other.Capture);

    public override bool Equals(object? obj) => obj is SubjectKey other && Equals(other);

    public override int GetHashCode()
        => unchecked(((int)Kind * 397) ^ SymbolEqualityComparer.Default.GetHashCode(Symbol) ^ (Capture?.GetHashCode() ?? 0));
}
