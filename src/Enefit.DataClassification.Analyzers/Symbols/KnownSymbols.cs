using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// The runtime library's types, resolved once per compilation in a compilation start action.
/// <see cref="TryCreate"/> returns null when the runtime library is not referenced: then the analyzers register nothing.
/// </summary>
internal sealed class KnownSymbols
{
    public const string Namespace = "Enefit.DataClassification";

    private KnownSymbols(Compilation compilation, INamedTypeSymbol classificationBase)
    {
        ClassificationBase = classificationBase;
        MasterData = Get(compilation, "MasterDataAttribute");
        CommunicationData = Get(compilation, "CommunicationDataAttribute");
        MarketingOnly = Get(compilation, "MarketingOnlyAttribute");
        AnonymousData = Get(compilation, "AnonymousDataAttribute");
        SubjectId = Get(compilation, "SubjectIdAttribute");
        ProcessingPurpose = Get(compilation, "ProcessingPurposeAttribute");
        ConsentCheck = Get(compilation, "ConsentCheckAttribute");
        ElectronicMarketingCheck = Get(compilation, "ElectronicMarketingCheckAttribute");
        ElectronicMarketingSend = Get(compilation, "ElectronicMarketingSendAttribute");
        MarketingConsent = Get(compilation, "MarketingConsent");
        ElectronicMarketingPermit = Get(compilation, "ElectronicMarketingPermit");
        ConsentRegistry = Get(compilation, "IConsentRegistry");
        Purpose = Get(compilation, "Purpose");
        ElectronicChannel = Get(compilation, "ElectronicChannel");
        Boolean = compilation.GetSpecialType(SpecialType.System_Boolean);
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
    }

    /// <summary><c>EnefitDataClassificationAttribute</c>, the base of the three category attributes.</summary>
    public INamedTypeSymbol ClassificationBase { get; }

    public INamedTypeSymbol? MasterData { get; }

    public INamedTypeSymbol? CommunicationData { get; }

    public INamedTypeSymbol? MarketingOnly { get; }

    public INamedTypeSymbol? AnonymousData { get; }

    public INamedTypeSymbol? SubjectId { get; }

    public INamedTypeSymbol? ProcessingPurpose { get; }

    public INamedTypeSymbol? ConsentCheck { get; }

    public INamedTypeSymbol? ElectronicMarketingCheck { get; }

    public INamedTypeSymbol? ElectronicMarketingSend { get; }

    public INamedTypeSymbol? MarketingConsent { get; }

    public INamedTypeSymbol? ElectronicMarketingPermit { get; }

    public INamedTypeSymbol? ConsentRegistry { get; }

    public INamedTypeSymbol? Purpose { get; }

    public INamedTypeSymbol? ElectronicChannel { get; }

    public INamedTypeSymbol Boolean { get; }

    /// <summary><c>Task&lt;T&gt;</c>, unbound; null on odd reference sets.</summary>
    public INamedTypeSymbol? Task { get; }

    /// <summary><c>ValueTask&lt;T&gt;</c>, unbound; null on odd reference sets.</summary>
    public INamedTypeSymbol? ValueTask { get; }

    /// <summary>The runtime library's symbols, or null when the compilation does not reference it.</summary>
    public static KnownSymbols? TryCreate(Compilation compilation)
    {
        var classificationBase = compilation.GetTypeByMetadataName(Namespace + ".EnefitDataClassificationAttribute");
        return classificationBase is null ? null : new KnownSymbols(compilation, classificationBase);
    }

    /// <summary>The category an attribute class stands for, or null when it is not one of ours.</summary>
    public ClassifiedCategory? CategoryOf(INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null)
        {
            return null;
        }

        if (SymbolEqualityComparer.Default.Equals(attributeClass, MasterData))
        {
            return ClassifiedCategory.MasterData;
        }

        if (SymbolEqualityComparer.Default.Equals(attributeClass, CommunicationData))
        {
            return ClassifiedCategory.CommunicationData;
        }

        if (SymbolEqualityComparer.Default.Equals(attributeClass, MarketingOnly))
        {
            return ClassifiedCategory.MarketingOnly;
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="type"/> is a proof the registry hands out after a check returned true: a
    /// <c>MarketingConsent</c> (§7.1.2) or an <c>ElectronicMarketingPermit</c> (§8.1).
    /// </summary>
    public bool IsProof(ITypeSymbol? type)
        => TypeRelations.Is(type, MarketingConsent) || TypeRelations.Is(type, ElectronicMarketingPermit);

    private static INamedTypeSymbol? Get(Compilation compilation, string name)
        => compilation.GetTypeByMetadataName(Namespace + "." + name);
}
