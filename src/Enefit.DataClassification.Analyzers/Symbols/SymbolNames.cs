using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>How diagnostics name symbols: <c>Customer.Email</c>, <c>Customer</c>, <c>email</c> for a parameter.</summary>
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
}
