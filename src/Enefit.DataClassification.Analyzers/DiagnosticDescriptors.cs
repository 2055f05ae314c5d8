using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers;

/// <summary>
/// The one table of the package's diagnostics. Each rule has a page in <c>docs/rules/</c>, linked by its help link,
/// and a line in <c>AnalyzerReleases.Unshipped.md</c>. Messages name the member, its category, the purpose in force,
/// the clause of the Principles and the fix.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "DataProtection";

    private const string HelpLinkBase = "https://github.com/enefit/Enefit.DataClassification/blob/main/docs/rules/";

    /// <summary>§7.1.2, §7.4: marketing-only data needs checked consent.</summary>
    public static readonly DiagnosticDescriptor MarketingDataWithoutConsent = Rule(
        "EDC0001",
        "Marketing-only data read without a consent check",
        "'{0}' is {1} data, read under {2} where no marketing-consent check holds (§7.1.2, §7.4): check the client's consent first (IConsentRegistry.TryGetMarketingConsent or a [ConsentCheck]) or take a MarketingConsent parameter",
        DiagnosticSeverity.Error);

    /// <summary>§3.1, §6.1, §7.4: a contract purpose may not use marketing-only data, consent or not.</summary>
    public static readonly DiagnosticDescriptor CategoryNotPermittedForPurpose = Rule(
        "EDC0002",
        "Classified data read under a purpose that may not use its category",
        "'{0}' is {1} data, which {2} may not use (§3.1, §6.1, §7.4): read it only under a marketing purpose (§7.3) for a consenting client, or do not read it here",
        DiagnosticSeverity.Error);

    /// <summary>§7.1.2, §7.3: a marketing purpose needs checked consent for any client data.</summary>
    public static readonly DiagnosticDescriptor MarketingPurposeWithoutConsent = Rule(
        "EDC0003",
        "Client data read under a marketing purpose without a consent check",
        "'{0}' is {1} data, read under {2} where no marketing-consent check holds (§7.1.2, §7.3): check the client's consent first (IConsentRegistry.TryGetMarketingConsent or a [ConsentCheck]) or take a MarketingConsent parameter",
        DiagnosticSeverity.Error);

    /// <summary>§3.1: data is used only for a purpose, so code that reads it declares one.</summary>
    public static readonly DiagnosticDescriptor NoPurposeDeclared = Rule(
        "EDC0004",
        "Classified data read where no processing purpose is declared",
        "'{0}' is {1} data, read where no processing purpose is declared (§3.1): add [ProcessingPurpose(Purpose.X)] to the method, its type or the assembly",
        DiagnosticSeverity.Warning);

    /// <summary>§8.1: every electronic offer checks the opt-out first.</summary>
    public static readonly DiagnosticDescriptor ElectronicSendWithoutCheck = Rule(
        "EDC0005",
        "Electronic offer sent without an electronic-marketing check",
        "'{0}' sends an electronic offer under {1} where no electronic-marketing check holds for its recipient (§8.1): call IConsentRegistry.TryGetElectronicPermit (or an [ElectronicMarketingCheck]) for the recipient and channel first, or take an ElectronicMarketingPermit parameter",
        DiagnosticSeverity.Error);

    /// <summary>§3.2, §3.3: personal data does not leak into logs, traces or error messages.</summary>
    public static readonly DiagnosticDescriptor ClassifiedDataLeak = Rule(
        "EDC0006",
        "Classified data reaches a log, console, trace or exception message unredacted",
        "'{0}' holds {1} data and reaches {2} unredacted (§3.2, §3.3): {3}",
        DiagnosticSeverity.Warning);

    /// <summary>§7.1.2: a consent proof comes only from the registry that checked the consent.</summary>
    public static readonly DiagnosticDescriptor HandMadeConsentProof = Rule(
        "EDC0007",
        "Consent proof made by hand",
        "{0} is made by hand with '{1}' (§7.1.2): only an IConsentRegistry issues proofs; obtain one from TryGetMarketingConsent or TryGetElectronicPermit",
        DiagnosticSeverity.Error);

    /// <summary>§7.1.2: consent is a client's own; one client's consent proves nothing for another.</summary>
    public static readonly DiagnosticDescriptor ConsentForAnotherSubject = Rule(
        "EDC0008",
        "Consent checked for one client, data read of another",
        "'{0}' is {1} data of '{2}', read under {3}, but marketing consent was checked for '{4}' (§7.1.2): check consent for '{2}' before reading its data",
        DiagnosticSeverity.Error);

    /// <summary>§2.3: anonymous data carries nothing that identifies a client.</summary>
    public static readonly DiagnosticDescriptor AnonymousDataIdentifies = Rule(
        "EDC0009",
        "Anonymous data holds or receives data that identifies a client",
        "[AnonymousData] type '{0}' {1} (§2.3): anonymous data must identify no client; remove the identifying data or drop [AnonymousData]",
        DiagnosticSeverity.Error);

    /// <summary>§3.2: reflection by name walks around every purpose and consent check.</summary>
    public static readonly DiagnosticDescriptor ReflectionOnClassifiedMember = Rule(
        "EDC0010",
        "Classified member reached by reflection",
        "'{0}' reaches '{1}', which is {2} data, by reflection (§3.2): use the member or its generated accessor so that purpose and consent are checked",
        DiagnosticSeverity.Warning);

    /// <summary>§6.3, §7.4: each piece of data has one kind; checks have shapes the analysis understands.</summary>
    public static readonly DiagnosticDescriptor MisplacedClassification = Rule(
        "EDC0011",
        "Conflicting categories or a check attribute on a member of the wrong shape",
        "'{0}' {1}: {2}",
        DiagnosticSeverity.Error);

    /// <summary>
    /// §3.1: the generated accessors are the purpose-checked way in. Two cases, each message built whole by the analyzer:
    /// the type is not partial, or a member the user declared already has the accessor's name.
    /// </summary>
    public static readonly DiagnosticDescriptor AccessorNotGenerated = Rule(
        "EDC0012",
        "No purpose-checked accessor is generated for classified data",
        "{0} (§3.1): {1}",
        DiagnosticSeverity.Info);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Rule(string id, string title, string messageFormat, DiagnosticSeverity severity)
        => new(
            id,
            title,
            messageFormat,
            Category,
            severity,
            isEnabledByDefault: true,
            description: null,
            helpLinkUri: HelpLink(id));
}
