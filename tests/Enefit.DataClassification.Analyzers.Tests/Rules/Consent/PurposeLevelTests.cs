using Verify = Enefit.DataClassification.Analyzers.Tests.Rules.Consent.ConsentVerify<Enefit.DataClassification.Analyzers.Rules.ConsentAndPurposeAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules.Consent;

/// <summary>The purpose × category table, and where the purpose in force comes from.</summary>
public sealed class PurposeLevelTests
{
    [Fact]
    public Task No_purpose_and_master_data_is_EDC0004_with_member_and_category()
        => Verify.VerifyAsync(
            """
            public class Mailer
            {
                public string To(Customer c) => {|#0:c.Email|};
            }
            """,
            Verify.Diagnostic("EDC0004").WithLocation(0).WithArguments("Customer.Email", "master"));

    [Fact]
    public Task No_purpose_and_communication_data_is_EDC0004()
        => Verify.VerifyAsync(
            """
            public class Dunning
            {
                public decimal Owed(Customer c) => {|EDC0004:c.Debt|};
            }
            """);

    [Fact]
    public Task No_purpose_and_marketing_only_data_without_consent_is_EDC0001_naming_no_declared_purpose()
        => Verify.VerifyAsync(
            """
            public class Profiler
            {
                public string Read(Customer c) => {|#0:c.Interests|};
            }
            """,
            Verify.Diagnostic("EDC0001").WithLocation(0).WithArguments("Customer.Interests", "marketing-only", "no declared purpose"));

    [Fact]
    public Task No_purpose_and_marketing_only_data_after_consent_is_EDC0004()
        => Verify.VerifyAsync(
            """
            public class Profiler
            {
                public string Read(Customer c) => Checks.Consented(c) ? {|EDC0004:c.Interests|} : "";
            }
            """);

    [Fact]
    public Task Contract_purpose_may_read_master_and_communication_data()
        => Verify.VerifyAsync(
            """
            public class Billing
            {
                [ProcessingPurpose(Purpose.Billing)]
                public string Invoice(Customer c) => c.Email + c.Debt;
            }
            """);

    [Fact]
    public Task Contract_purpose_reading_marketing_only_data_is_EDC0002_with_the_purpose_and_clause()
        => Verify.VerifyAsync(
            """
            public class Billing
            {
                [ProcessingPurpose(Purpose.Billing)]
                public string Invoice(Customer c) => {|#0:c.Interests|};
            }
            """,
            Verify.Diagnostic("EDC0002").WithLocation(0).WithArguments("Customer.Interests", "marketing-only", "purpose Billing (§6.1.4)"));

    [Fact]
    public Task Contract_purpose_reading_marketing_only_data_is_EDC0002_even_after_consent()
        => Verify.VerifyAsync(
            """
            public class Service
            {
                [ProcessingPurpose(Purpose.CustomerService)]
                public string Answer(Customer c, IConsentRegistry registry)
                {
                    if (registry.TryGetMarketingConsent(c.Id, out _))
                    {
                        return {|EDC0002:c.Interests|};
                    }

                    return "";
                }
            }
            """);

    [Fact]
    public Task Marketing_purpose_reading_master_data_without_consent_is_EDC0003_with_the_purpose()
        => Verify.VerifyAsync(
            """
            public class Campaign
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public string Target(Customer c) => {|#0:c.Email|};
            }
            """,
            Verify.Diagnostic("EDC0003").WithLocation(0).WithArguments("Customer.Email", "master", "purpose PersonalizedOffers (§7.3.2)"));

    [Fact]
    public Task Marketing_purpose_reading_marketing_only_data_without_consent_is_EDC0001()
        => Verify.VerifyAsync(
            """
            public class Campaign
            {
                [ProcessingPurpose(Purpose.MarketingAnalysis)]
                public string Target(Customer c) => {|#0:c.Interests|};
            }
            """,
            Verify.Diagnostic("EDC0001").WithLocation(0).WithArguments("Customer.Interests", "marketing-only", "purpose MarketingAnalysis (§7.3.1)"));

    [Fact]
    public Task Marketing_purpose_after_consent_reads_every_category()
        => Verify.VerifyAsync(
            """
            public class Campaign
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public string Target(Customer c, IConsentRegistry registry)
                {
                    if (!registry.TryGetMarketingConsent(c.Id, out _))
                    {
                        return "";
                    }

                    return c.Email + c.Debt + c.Interests + c.Hobbies;
                }
            }
            """);

    [Fact]
    public Task Type_level_purpose_applies_to_its_members_and_nested_types()
        => Verify.VerifyAsync(
            """
            [ProcessingPurpose(Purpose.Billing)]
            public class Billing
            {
                public string Invoice(Customer c) => c.Email;

                public class Reminder
                {
                    public string Send(Customer c) => c.Email + {|EDC0002:c.Interests|};
                }
            }
            """);

    [Fact]
    public Task Method_purpose_overrides_type_purpose()
        => Verify.VerifyAsync(
            """
            [ProcessingPurpose(Purpose.Billing)]
            public class Mixed
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public string Offer(Customer c) => {|EDC0003:c.Email|};
            }
            """);

    [Fact]
    public Task Lambda_and_local_function_purposes_are_innermost()
        => Verify.VerifyAsync(
            """
            public class Mixed
            {
                [ProcessingPurpose(Purpose.Billing)]
                public void Run(Customer c)
                {
                    Func<string> offer = [ProcessingPurpose(Purpose.PersonalizedOffers)] () => {|EDC0003:c.Email|};
                    Use.It(offer);
                    Use.It(Local());

                    [ProcessingPurpose(Purpose.MarketingAnalysis)]
                    string Local() => {|EDC0001:c.Interests|};
                }
            }
            """);

    [Fact]
    public Task Accessor_purpose_then_property_purpose()
        => Verify.VerifyAsync(
            """
            public class View
            {
                private readonly Customer _c = new();

                [ProcessingPurpose(Purpose.CustomerService)]
                public string Contact => _c.Email;

                public string Debt
                {
                    [ProcessingPurpose(Purpose.Billing)]
                    get => _c.Debt.ToString();
                }

                public string Unclear => {|EDC0004:_c.Email|};
            }
            """);

    [Fact]
    public Task Assembly_purpose_applies_where_nothing_closer_is_declared()
        => Verify.VerifyAsync(
            """
            [assembly: ProcessingPurpose(Purpose.CustomerService)]

            public class Service
            {
                public string Contact(Customer c) => c.Email;

                public string Profile(Customer c) => {|EDC0002:c.Interests|};
            }
            """);

    [Fact]
    public Task Field_initializers_constructors_and_expression_bodied_properties_are_analysed_with_the_flow()
        => Verify.VerifyAsync(
            """
            public class Seed
            {
                public Seed(string interests) { }
            }

            [ProcessingPurpose(Purpose.PersonalizedOffers)]
            public class Offer : Seed
            {
                private static readonly Customer Sample = new();
                private readonly string _pitch = {|EDC0001:Sample.Interests|};
                private readonly Customer _customer = new();

                public Offer(Customer c, MarketingConsent consent) : base(c.Interests) { }

                public Offer(Customer c) : base({|EDC0001:c.Interests|}) { }

                public string Pitch => _customer.AcceptsMarketing ? _customer.Interests + _pitch : {|EDC0003:_customer.Email|};
            }
            """);

    [Fact]
    public Task An_overriding_member_of_a_classified_one_is_classified()
        => Verify.VerifyAsync(
            """
            public abstract class Party { [MasterData] public abstract string Name { get; } }

            public sealed class Person : Party { public override string Name => "Ann"; }

            public class Reader
            {
                [ProcessingPurpose(Purpose.MarketingAnalysis)]
                public string Read(Person p) => {|EDC0003:p.Name|};
            }
            """);

    [Fact]
    public Task Purposes_are_inherited_by_overrides_and_derived_types()
        => Verify.VerifyAsync(
            """
            [ProcessingPurpose(Purpose.Billing)]
            public class BillingBase
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public virtual string Offer(Customer c) => {|EDC0003:c.Email|};
            }

            public class Derived : BillingBase
            {
                public override string Offer(Customer c) => {|EDC0003:c.Email|};

                public string Invoice(Customer c) => c.Email + {|EDC0002:c.Interests|};
            }
            """);

    [Fact]
    public Task Module_purpose_applies_where_nothing_closer_is_declared()
        => Verify.VerifyAsync(
            """
            [module: ProcessingPurpose(Purpose.MarketingAnalysis)]

            public class Analysis
            {
                public string Segment(Customer c) => {|EDC0003:c.Email|};

                [ProcessingPurpose(Purpose.Billing)]
                public string Bill(Customer c) => c.Email;
            }
            """);
}
