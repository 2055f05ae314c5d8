using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// How symbols are named: in diagnostics, <c>Customer.Email</c>, <c>Customer</c>, <c>email</c> for a parameter; for a
/// lookup, a type's full metadata name.
/// </summary>
internal static class SymbolNames
{
    private static readonly SymbolDisplayFormat MemberFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>A type as C# spells it in an error message: <c>int</c>, <c>Task</c>, <c>MarketingConsent</c>.</summary>
    public static string OfType(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);

    public static string Of(ISymbol symbol)
        => symbol is IParameterSymbol or ILocalSymbol ? symbol.Name : symbol.ToDisplayString(MemberFormat);

    /// <summary>
    /// The name <see cref="Compilation.GetTypeByMetadataName"/> finds <paramref name="type"/> by: its namespace, then
    /// each containing type's metadata name and its own joined by <c>+</c> (<c>Retail.Outer+Inner`1</c>).
    /// </summary>
    public static string MetadataNameOf(INamedTypeSymbol type)
    {
        if (type.ContainingType is { } containing)
        {
            return MetadataNameOf(containing) + "+" + type.MetadataName;
        }

        var name = type.MetadataName;
        for (var @namespace = type.ContainingNamespace; @namespace is { IsGlobalNamespace: false }; @namespace = @namespace.ContainingNamespace)
        {
            name = @namespace.Name + "." + name;
        }

        return name;
    }
}
