using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Reads;

/// <summary>
/// One read of classified data: which member, its category, the operation it happens at and where to report it.
/// </summary>
internal readonly struct ClassifiedRead
{
    public ClassifiedRead(ISymbol member, ClassifiedCategory category, SyntaxNode siteSyntax, OperationKind siteKind, Location location)
    {
        Member = member;
        Category = category;
        SiteSyntax = siteSyntax;
        SiteKind = siteKind;
        Location = location;
    }

    /// <summary>The field, property, parameter or method whose value is read.</summary>
    public ISymbol Member { get; }

    public ClassifiedCategory Category { get; }

    /// <summary>
    /// The syntax of the operation the read belongs to. With <see cref="SiteKind"/> it finds the read again in the
    /// control-flow graph, whose operations are new objects.
    /// </summary>
    public SyntaxNode SiteSyntax { get; }

    /// <summary>The kind of the operation the read belongs to, in the control-flow graph.</summary>
    public OperationKind SiteKind { get; }

    public Location Location { get; }

    /// <summary>
    /// Whether the read is legal only where a consent check holds: any classified read under a marketing purpose
    /// (§7.1.2, §7.3), and marketing-only data where no purpose is declared (§7.4).
    /// </summary>
    public bool NeedsConsentUnder(int? purpose)
        => purpose is { } value
            ? PurposeRules.RequiresConsent(value)
            : Category == ClassifiedCategory.MarketingOnly;
}
