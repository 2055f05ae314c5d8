using System.Reflection;

namespace Enefit.DataClassification.Analyzers.Tests.Generator;

/// <summary>
/// Runs the generated code: the accessors enforce the purpose and consent rules (§6.1, §7.1.2, §7.4), the export
/// returns exactly the classified members (§11.1), and the text of an object never holds a classified value (§3.2).
/// </summary>
public sealed class GeneratedBehaviourTests : IDisposable
{
    private const string Sources = """
        using System;
        using Enefit.DataClassification;

        namespace Crm;

        public partial class Customer
        {
            [CommunicationData] private readonly decimal _debt;

            public Customer(string id, string email, decimal debt, string interests, int visits)
            {
                Id = id;
                Email = email;
                _debt = debt;
                Interests = interests;
                Visits = visits;
            }

            [SubjectId] public string Id { get; }
            [MasterData(Kind = "user.contact.email")] public string Email { get; }
            [MarketingOnly] public string Interests { get; }
            public int Visits { get; }
        }

        public partial record Contact(
            [property: SubjectId] string Id,
            [property: MasterData] string Phone,
            [property: MarketingOnly(Kind = "user.behavior")] string Hobby,
            string Segment);

        public partial class Envelope<TValue>
            where TValue : notnull
        {
            public Envelope(Guid owner, TValue payload)
            {
                Owner = owner;
                Payload = payload;
            }

            [SubjectId] public Guid Owner { get; }
            [MarketingOnly] public TValue Payload { get; }
        }

        public class NotPartial
        {
            [MasterData] public string Email { get; set; } = "";
        }
        """;

    private static readonly DateTimeOffset CheckedAt = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private readonly GeneratedAssembly _assembly = GeneratedAssembly.Build(Sources);

    public static TheoryData<Purpose> ContractPurposes => new(Enum.GetValues<Purpose>().Where(purpose => !PurposePolicy.RequiresConsent(purpose)));

    public static TheoryData<Purpose> MarketingPurposes => new(Enum.GetValues<Purpose>().Where(PurposePolicy.RequiresConsent));

    public void Dispose() => _assembly.Dispose();

    [Theory]
    [MemberData(nameof(ContractPurposes))]
    public void A_contract_purpose_reads_master_and_communication_data(Purpose purpose)
    {
        var customer = NewCustomer();

        Assert.Equal("ann@example.com", (string)customer.GetEmail(purpose));
        Assert.Equal(12.5m, (decimal)customer.GetDebt(purpose));
    }

    [Theory]
    [MemberData(nameof(MarketingPurposes))]
    public void A_marketing_purpose_without_a_proof_is_refused_naming_member_category_purpose_and_clause(Purpose purpose)
    {
        var customer = NewCustomer();

        var refused = Assert.Throws<DataProtectionException>(() => (string)customer.GetEmail(purpose));

        Assert.Equal(
            "A marketing purpose needs the client's checked consent: read through the overload that takes a MarketingConsent. "
            + $"Customer.Email holds MasterData data and was asked for with purpose {purpose} ({PurposePolicy.ClauseOf(purpose)}); "
            + "see §7.1.2 of the customer-data Principles.",
            refused.Message);
        Assert.Equal("Customer.Email", refused.MemberName);
        Assert.Equal(DataCategory.MasterData, refused.Category);
        Assert.Equal(purpose, refused.Purpose);
        Assert.Equal("§7.1.2", refused.Clause);
    }

    [Fact]
    public void A_purpose_that_is_not_defined_reads_nothing()
    {
        var customer = NewCustomer();

        Assert.Throws<ArgumentOutOfRangeException>(() => (string)customer.GetEmail((Purpose)99));
    }

    [Fact]
    public void Marketing_only_data_has_no_accessor_that_takes_a_purpose()
    {
        var accessors = _assembly.Type("Crm.Customer").GetMethods().Where(method => method.Name == "GetInterests").ToList();

        var accessor = Assert.Single(accessors);
        Assert.Equal(typeof(MarketingConsent), Assert.Single(accessor.GetParameters()).ParameterType);
    }

    [Fact]
    public void A_default_proof_is_refused()
    {
        var customer = NewCustomer();

        var refused = Assert.Throws<DataProtectionException>(() => (string)customer.GetInterests(default(MarketingConsent)));

        Assert.Equal(
            "The marketing-consent proof is not valid: only a consent registry issues one. "
            + "Customer.Interests holds MarketingOnly data and was asked for with a marketing-consent proof; see §7.1.2 of the customer-data Principles.",
            refused.Message);
        Assert.Null(refused.Purpose);
        Assert.Equal(DataCategory.MarketingOnly, refused.Category);
    }

    [Fact]
    public void A_proof_for_another_client_is_refused()
    {
        var customer = NewCustomer();

        var refused = Assert.Throws<DataProtectionException>(() => (string)customer.GetInterests(ConsentOf("c-2")));

        Assert.Equal(
            "The marketing-consent proof was checked for another client. "
            + "Customer.Interests holds MarketingOnly data and was asked for with a marketing-consent proof; see §7.1.2 of the customer-data Principles.",
            refused.Message);
        Assert.Throws<DataProtectionException>(() => (string)customer.GetEmail(ConsentOf("c-2")));
    }

    [Fact]
    public void A_valid_proof_for_the_client_reads_marketing_only_and_master_data()
    {
        var customer = NewCustomer();
        var consent = ConsentOf("c-1");

        Assert.Equal("cycling", (string)customer.GetInterests(consent));
        Assert.Equal("ann@example.com", (string)customer.GetEmail(consent));
    }

    [Fact]
    public void A_non_string_subject_id_is_compared_as_invariant_text()
    {
        var owner = Guid.Parse("7d0a9c35-52d3-4a6f-9a3e-6f1f5b0c2a11");
        var envelopeOfString = _assembly.Type("Crm.Envelope`1").MakeGenericType(typeof(string));
        dynamic typed = Activator.CreateInstance(envelopeOfString, owner, "prefers e-mail")!;

        Assert.Equal("prefers e-mail", (string)typed.GetPayload(ConsentOf(owner.ToString())));
        Assert.Throws<DataProtectionException>(() => (string)typed.GetPayload(ConsentOf(Guid.Empty.ToString())));
    }

    [Fact]
    public void Export_returns_exactly_the_classified_members_with_category_kind_and_value()
    {
        var customer = NewCustomer();

        IReadOnlyList<PersonalDataEntry> entries = customer.ExportPersonalData();

        Assert.Equal(
            new (string, DataCategory, string?, object?)[]
            {
                ("_debt", DataCategory.CommunicationData, null, 12.5m),
                ("Email", DataCategory.MasterData, "user.contact.email", "ann@example.com"),
                ("Interests", DataCategory.MarketingOnly, null, "cycling"),
            },
            entries.Select(entry => (entry.MemberName, entry.Category, entry.Kind, entry.Value)));
    }

    [Fact]
    public void Export_of_a_positional_record_lists_its_classified_properties()
    {
        var contact = NewContact();

        IReadOnlyList<PersonalDataEntry> entries = contact.ExportPersonalData();

        Assert.Equal(
            new (string, DataCategory, string?, object?)[]
            {
                ("Phone", DataCategory.MasterData, null, "+371 2000 0000"),
                ("Hobby", DataCategory.MarketingOnly, "user.behavior", "sailing"),
            },
            entries.Select(entry => (entry.MemberName, entry.Category, entry.Kind, entry.Value)));
    }

    [Fact]
    public void ToString_of_a_class_shows_categories_instead_of_classified_values()
    {
        string text = NewCustomer().ToString();

        Assert.Equal("Customer { Id = c-1, Email = [MasterData], Interests = [MarketingOnly], Visits = 3 }", text);
        Assert.DoesNotContain("ann@example.com", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cycling", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_of_a_record_shows_categories_instead_of_classified_values()
    {
        string text = NewContact().ToString();

        Assert.Equal("Contact { Id = c-9, Phone = [MasterData], Hobby = [MarketingOnly], Segment = retail }", text);
        Assert.DoesNotContain("2000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sailing", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_lists_every_classified_member_of_the_generated_types()
    {
        var catalog = _assembly.Type("Enefit.DataClassification.Generated.DataClassificationCatalog");
        var members = (IReadOnlyList<ClassifiedMember>)catalog
            .GetProperty("Members", BindingFlags.Public | BindingFlags.Static)!
            .GetValue(null)!;

        Assert.True(catalog.IsAbstract && catalog.IsSealed && catalog.IsNotPublic);
        Assert.Equal(
            new (string, string, DataCategory, string?)[]
            {
                ("Crm.Contact", "Phone", DataCategory.MasterData, null),
                ("Crm.Contact", "Hobby", DataCategory.MarketingOnly, "user.behavior"),
                ("Crm.Customer", "_debt", DataCategory.CommunicationData, null),
                ("Crm.Customer", "Email", DataCategory.MasterData, "user.contact.email"),
                ("Crm.Customer", "Interests", DataCategory.MarketingOnly, null),
                ("Crm.Envelope<TValue>", "Payload", DataCategory.MarketingOnly, null),
            },
            members.Select(member => (member.TypeName, member.MemberName, member.Category, member.Kind)));
    }

    [Fact]
    public void A_type_that_is_not_partial_gets_nothing()
    {
        var type = _assembly.Type("Crm.NotPartial");

        Assert.Null(type.GetMethod("GetEmail"));
        Assert.Null(type.GetMethod("ExportPersonalData"));
        Assert.DoesNotContain(_assembly.Run.Sources, source => source.HintName.Contains("NotPartial", StringComparison.Ordinal));
    }

    private static MarketingConsent ConsentOf(string subjectId)
    {
        var registry = new InMemoryConsentRegistry();
        registry.GrantMarketingConsent(subjectId, CheckedAt);
        Assert.True(registry.TryGetMarketingConsent(subjectId, out var consent));
        return consent;
    }

    private dynamic NewCustomer() => _assembly.Create("Crm.Customer", "c-1", "ann@example.com", 12.5m, "cycling", 3);

    private dynamic NewContact() => _assembly.Create("Crm.Contact", "c-9", "+371 2000 0000", "sailing", "retail");
}
