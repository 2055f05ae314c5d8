namespace Enefit.DataClassification.Benchmarks.Synthetic;

/// <summary>
/// For the "runtime library not referenced" variant: the same code, compiled against look-alike types of its own in
/// another namespace, so that it still compiles (a project that has the analyzers but not the library) while our
/// components find none of the runtime's types and must do nothing.
/// </summary>
internal static class LookalikeTypes
{
    public const string Namespace = "Retail.Lookalikes";

    public static string Source()
    {
        var code = new CodeWriter()
            .Line("using System;")
            .Line("using System.Threading;")
            .Line("using System.Threading.Tasks;")
            .Line()
            .Line("namespace " + Namespace + ";")
            .Line();
        foreach (var attribute in new[] { "SubjectIdAttribute", "MasterDataAttribute", "CommunicationDataAttribute", "MarketingOnlyAttribute" })
        {
            code.Open("public sealed class " + attribute + " : Attribute")
                .Line("public string? Kind { get; set; }")
                .Close()
                .Line();
        }

        code.Line("public enum Purpose { ServiceDelivery, CustomerService, Billing, ContractNotices, MarketingAnalysis, PersonalizedOffers, PersonalizedContent }")
            .Line()
            .Open("public sealed class ProcessingPurposeAttribute : Attribute")
            .Line("public ProcessingPurposeAttribute(Purpose purpose) => Purpose = purpose;")
            .Line()
            .Line("public Purpose Purpose { get; }")
            .Close()
            .Line()
            .Open("public readonly struct MarketingConsent")
            .Line("public bool IsValid => CheckedAt != default;")
            .Line()
            .Line("public DateTimeOffset CheckedAt { get; init; }")
            .Close()
            .Line()
            .Open("public interface IConsentRegistry")
            .Line("bool TryGetMarketingConsent(string subjectId, out MarketingConsent consent);")
            .Line()
            .Line("ValueTask<bool> HasMarketingConsentAsync(string subjectId, CancellationToken cancellationToken = default);")
            .Close();
        return code.ToString();
    }
}
