using Enefit.DataClassification.Analyzers.Symbols;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// Everything the emitter needs to write one partial type's file. Holds strings and flags only (never a symbol,
/// syntax node, location or compilation), so that two runs over unchanged code produce equal models and the
/// incremental pipeline stops here.
/// </summary>
/// <param name="HintName">The generated file's name, unique per type: <c>Shop.Outer+Customer.DataClassification.g.cs</c>.</param>
/// <param name="Namespace">The type's namespace; empty for the global namespace.</param>
/// <param name="ContainingTypes">The partial types the type is nested in, outermost first.</param>
/// <param name="Declaration">How the type itself is declared.</param>
/// <param name="DisplayName">How exception messages name the type: <c>Outer.Customer</c>, <c>Box&lt;T&gt;</c>.</param>
/// <param name="FullName">How the catalog names the type: <c>Shop.Outer.Customer</c>.</param>
/// <param name="SubjectId">The member that identifies the client, or null when the type has none.</param>
/// <param name="Members">The classified instance members declared in the type, as declared.</param>
/// <param name="Export">How <c>ExportPersonalData()</c> is declared, or <see cref="ExportKind.None"/> when the user wrote one.</param>
/// <param name="Text">The redacting <c>ToString</c> or <c>PrintMembers</c>, or null when the user wrote one.</param>
/// <param name="NullableAnnotations">
/// Whether the type's code is C# 8 or later: only then may the file say <c>#nullable enable annotations</c> and <c>object?</c>
/// (a .NET Framework project's C# 7.3 would reject them).
/// </param>
internal sealed record TypeSpec(
    string HintName,
    string Namespace,
    EquatableArray<TypeDeclarationSpec> ContainingTypes,
    TypeDeclarationSpec Declaration,
    string DisplayName,
    string FullName,
    SubjectIdSpec? SubjectId,
    EquatableArray<ClassifiedMemberSpec> Members,
    ExportKind Export,
    TextSpec? Text,
    bool NullableAnnotations);

/// <summary>A partial type declaration: <c>Keyword</c> is what precedes the name after <c>partial</c>'s modifiers.</summary>
/// <param name="Modifiers">Modifiers that every part may repeat, such as <c>readonly </c> or <c>ref </c>, with a trailing space.</param>
/// <param name="Keyword"><c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</param>
/// <param name="Name">The name with its type parameters, escaped where it is a keyword: <c>Box&lt;T&gt;</c>.</param>
internal sealed record TypeDeclarationSpec(string Modifiers, string Keyword, string Name);

/// <summary>One classified field or property.</summary>
/// <param name="Name">The member's name as declared: <c>_email</c>.</param>
/// <param name="Reference">The name as code refers to it, escaped where it is a keyword: <c>@class</c>.</param>
/// <param name="TypeName">The member's type, fully qualified with nullable annotations.</param>
/// <param name="Category">The member's category.</param>
/// <param name="Kind">The fideslang key, or null.</param>
/// <param name="AccessorName">The accessors' name, <c>GetEmail</c>, or null when it would collide with a declared member.</param>
/// <param name="AccessorModifier">The accessors' accessibility, no wider than the member's type allows.</param>
internal sealed record ClassifiedMemberSpec(
    string Name,
    string Reference,
    string TypeName,
    ClassifiedCategory Category,
    string? Kind,
    string? AccessorName,
    string AccessorModifier);

/// <summary>The member marked <c>[SubjectId]</c>; a non-string id is compared in its invariant text form.</summary>
internal sealed record SubjectIdSpec(string Reference, bool IsString);

/// <summary>The redacting text of a type: members in print order, classified ones with their category.</summary>
/// <param name="Kind">Which method carries the text.</param>
/// <param name="TypeName">The type's simple name, as the text starts.</param>
/// <param name="Members">The public instance fields and readable properties that are printed.</param>
internal sealed record TextSpec(TextKind Kind, string TypeName, EquatableArray<PrintedMemberSpec> Members);

/// <summary>A printed member: a classified one prints as its category, such as <c>[MasterData]</c>.</summary>
internal sealed record PrintedMemberSpec(string Name, string Reference, ClassifiedCategory? Category);

/// <summary>How the generated <c>ExportPersonalData()</c> is declared, given what the base types hold.</summary>
internal enum ExportKind
{
    /// <summary>The type declares its own: nothing is generated.</summary>
    None,

    /// <summary>A struct or sealed class: <c>public</c>.</summary>
    Plain,

    /// <summary>A class that may be derived from: <c>public virtual</c>.</summary>
    Virtual,

    /// <summary>A base type has a virtual one, or gets a generated one: <c>public override</c>, base entries first.</summary>
    Override,

    /// <summary>A base type has a non-virtual one: <c>public new</c>.</summary>
    Hide,
}

/// <summary>Which redacting method the type gets.</summary>
internal enum TextKind
{
    /// <summary>A class or struct: <c>public override string ToString()</c>.</summary>
    ToString,

    /// <summary>A sealed record or a record struct: <c>private bool PrintMembers(StringBuilder)</c>.</summary>
    PrivatePrintMembers,

    /// <summary>A record that may be derived from: <c>protected virtual bool PrintMembers(StringBuilder)</c>.</summary>
    VirtualPrintMembers,

    /// <summary>A record derived from another record: <c>protected override bool PrintMembers(StringBuilder)</c>.</summary>
    OverridePrintMembers,
}
