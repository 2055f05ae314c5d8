using Enefit.DataClassification.Analyzers.Flow;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Reads;

/// <summary>
/// The purpose × category table of DESIGN.md, as diagnostics:
/// no purpose: master/communication EDC0004, marketing-only EDC0001 unless consent holds, then EDC0004;
/// contract purpose (§6.1): master/communication allowed, marketing-only EDC0002 even after consent;
/// marketing purpose (§7.3): allowed where consent holds, else EDC0003 (master/communication) or EDC0001 (marketing-only).
/// Consent checked only for another client is EDC0008 alone.
/// </summary>
internal static class ReadRules
{
    /// <summary>The verdict on a read that needs no consent check: the purpose alone decides.</summary>
    public static Diagnostic? WithoutConsent(ClassifiedRead read, int? purpose)
    {
        if (purpose is not { } value)
        {
            return NoPurpose(read);
        }

        return PurposeRules.Permits(value, read.Category)
            ? null
            : Create(DiagnosticDescriptors.CategoryNotPermittedForPurpose, read, Category(read), PurposeResolver.Describe(purpose));
    }

    /// <summary>The verdict on a read that needs consent, given what the flow analysis found.</summary>
    public static Diagnostic? WithConsent(ClassifiedRead read, int? purpose, ConsentVerdict verdict, SubjectKey subject, SubjectKey checkedSubject)
    {
        switch (verdict)
        {
            case ConsentVerdict.Holds:
                return purpose is null ? NoPurpose(read) : null;
            case ConsentVerdict.OtherSubject:
                return Create(
                    DiagnosticDescriptors.ConsentForAnotherSubject,
                    read,
                    Category(read),
                    subject.DisplayName,
                    PurposeResolver.Describe(purpose),
                    checkedSubject.DisplayName);
            default:
                var descriptor = read.Category == ClassifiedCategory.MarketingOnly
                    ? DiagnosticDescriptors.MarketingDataWithoutConsent
                    : DiagnosticDescriptors.MarketingPurposeWithoutConsent;
                return Create(descriptor, read, Category(read), PurposeResolver.Describe(purpose));
        }
    }

    private static Diagnostic NoPurpose(ClassifiedRead read) => Create(DiagnosticDescriptors.NoPurposeDeclared, read, Category(read));

    private static string Category(ClassifiedRead read) => PurposeRules.DescribeCategory(read.Category);

    private static Diagnostic Create(DiagnosticDescriptor descriptor, ClassifiedRead read, params object[] rest)
    {
        var arguments = new object[rest.Length + 1];
        arguments[0] = SymbolNames.Of(read.Member);
        rest.CopyTo(arguments, 1);
        return Diagnostic.Create(descriptor, read.Location, arguments);
    }
}
