using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Enefit.DataClassification.Benchmarks.Components;

/// <summary>A kind of analyzer action, as an analyzer registers it on an analysis context.</summary>
public enum ActionKind
{
    CompilationStart,
    Compilation,
    CompilationEnd,
    SemanticModel,
    Symbol,
    SymbolStart,
    CodeBlockStart,
    CodeBlock,
    SyntaxTree,
    AdditionalFile,
    SyntaxNode,
    Operation,
    OperationBlockStart,
    OperationBlock,
}

/// <summary>
/// One registration: its kind and the symbol, syntax or operation kinds it asks for (empty when the action takes none).
/// <paramref name="InCompilationStart"/>: registered inside a compilation start action rather than in Initialize.
/// </summary>
public sealed record ActionRegistration(ActionKind Kind, bool InCompilationStart, ImmutableArray<int> Kinds)
{
    public override string ToString()
    {
        var where = InCompilationStart ? "compilation start → " : "";
        return where + Kind + (Kinds.IsEmpty ? "" : "(" + string.Join(", ", Kinds.Select(KindName)) + ")");
    }

    private string KindName(int kind) => Kind switch
    {
        ActionKind.Symbol or ActionKind.SymbolStart => ((SymbolKind)kind).ToString(),
        ActionKind.SyntaxNode => ((SyntaxKind)kind).ToString(),
        ActionKind.Operation => ((OperationKind)kind).ToString(),
        _ => kind.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
