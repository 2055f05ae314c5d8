using Enefit.DataClassification.Analyzers;
using Enefit.DataClassification.CodeFixes.Tests.Verifiers;
using Verify = Enefit.DataClassification.CodeFixes.Tests.Verifiers.CodeFixVerifier<
    Enefit.DataClassification.Analyzers.Rules.ConsentAndPurposeAnalyzer,
    Enefit.DataClassification.CodeFixes.AddProcessingPurposeCodeFix>;

namespace Enefit.DataClassification.CodeFixes.Tests.Rules;

public sealed class AddProcessingPurposeCodeFixTests
{
    private const string Customer = """
        using Enefit.DataClassification;

        public class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData] public string Email { get; set; } = "";
            [CommunicationData] public decimal Debt { get; set; }
            [MarketingOnly] public string Interests { get; set; } = "";
        }
        """;

    [Fact]
    public Task The_chosen_purpose_is_declared_on_the_method_below_its_comment()
        => RunAsync(
            """
            using Enefit.DataClassification;

            public static class Invoices
            {
                /// <summary>Sends one.</summary>
                public static string Send(Customer customer) => {|EDC0004:customer.Email|};
            }
            """,
            """
            using Enefit.DataClassification;

            public static class Invoices
            {
                /// <summary>Sends one.</summary>
                [ProcessingPurpose(Purpose.Billing)]
                public static string Send(Customer customer) => customer.Email;
            }
            """,
            "Billing");

    private const string ContractGroup = """
          Contract purpose (§6.1, no consent needed)
            Identification (§6.1.1)
            ServiceDelivery (§6.1.2)
            CustomerService (§6.1.3)
            Billing (§6.1.4)
            ContractNotices (§6.1.5)
            BusinessRecords (§6.1.6)
            ServiceImprovement (§6.1.7)
            DeviceMaintenance (§6.1.8)
            CallRecording (§6.1.9)
            RiskManagement (§6.1.10)
            ContractSecurity (§6.1.11)
            DebtCollection (§6.1.12)
            CreditAssessment (§6.1.13)
            PaymentDefaultReporting (§6.1.14)

        """;

    private const string MarketingGroup = """
          Marketing purpose (§7.3, needs consent)
            MarketingAnalysis (§7.3.1)
            PersonalizedOffers (§7.3.2)
            ElectronicDirectMarketing (§7.3.3)
            GroupSharing (§7.3.4)
            PersonalizedContent (§7.3.5)

        """;

    [Fact]
    public async Task Purposes_are_offered_in_two_groups_under_one_action()
        => Assert.Equal(
            ("Declare a processing purpose\n" + ContractGroup + MarketingGroup).ReplaceLineEndings("\n"),
            await OutlineAsync(
                """
                public static class Invoices
                {
                    public static decimal Due(Customer customer) => [|customer.Debt|];
                }
                """));

    [Fact]
    public async Task Marketing_only_data_is_offered_only_the_marketing_purposes()
        => Assert.Equal(
            ("Declare a processing purpose\n" + MarketingGroup).ReplaceLineEndings("\n"),
            await OutlineAsync(
                """
                public static class Offers
                {
                    public static string Topics(Customer customer, MarketingConsent consent) => [|customer.Interests|];
                }
                """));

    [Fact]
    public async Task A_read_in_a_field_initializer_is_offered_the_purposes_for_its_type()
        => Assert.Equal(
            ("Declare a processing purpose on type 'Defaults'\n" + ContractGroup + MarketingGroup).ReplaceLineEndings("\n"),
            await OutlineAsync(
                """
                public static class Defaults
                {
                    private static readonly string Email = [|new Customer().Email|];
                }
                """));

    [Fact]
    public Task A_read_in_a_field_initializer_gets_the_purpose_on_its_type()
        => RunAsync(
            """
            using Enefit.DataClassification;

            namespace Support
            {
                /// <summary>Who answers.</summary>
                public static class Defaults
                {
                    private static readonly string Email = {|EDC0004:new Customer().Email|};
                }
            }
            """,
            """
            using Enefit.DataClassification;

            namespace Support
            {
                /// <summary>Who answers.</summary>
                [ProcessingPurpose(Purpose.CustomerService)]
                public static class Defaults
                {
                    private static readonly string Email = new Customer().Email;
                }
            }
            """,
            "CustomerService");

    [Fact]
    public Task A_read_in_a_primary_constructor_s_base_arguments_gets_the_purpose_on_its_type()
        => RunAsync(
            """
            using Enefit.DataClassification;

            public class Letter(string recipient)
            {
                public string Recipient { get; } = recipient;
            }

            public sealed class Reminder(Customer customer) : Letter({|EDC0004:customer.Email|});
            """,
            """
            using Enefit.DataClassification;

            public class Letter(string recipient)
            {
                public string Recipient { get; } = recipient;
            }

            [ProcessingPurpose(Purpose.ContractNotices)]
            public sealed class Reminder(Customer customer) : Letter(customer.Email);
            """,
            "ContractNotices");

    [Fact]
    public Task Fix_all_puts_the_purpose_on_a_type_and_not_again_on_its_members()
        => RunFixAllOnceAsync(
            """
            using Enefit.DataClassification;

            public sealed class Desk
            {
                private readonly string _email = {|EDC0004:new Customer().Email|};
                private readonly decimal _debt = {|EDC0004:new Customer().Debt|};

                public decimal Due(Customer customer) => {|EDC0004:customer.Debt|};
            }

            public static class Invoices
            {
                public static decimal Total(Customer customer) => {|EDC0004:customer.Debt|};
            }
            """,
            """
            using Enefit.DataClassification;

            [ProcessingPurpose(Purpose.CustomerService)]
            public sealed class Desk
            {
                private readonly string _email = new Customer().Email;
                private readonly decimal _debt = new Customer().Debt;

                public decimal Due(Customer customer) => customer.Debt;
            }

            public static class Invoices
            {
                [ProcessingPurpose(Purpose.CustomerService)]
                public static decimal Total(Customer customer) => customer.Debt;
            }
            """,
            "CustomerService");

    [Fact]
    public Task The_using_is_added_when_the_file_lacks_it()
        => RunAsync(
            """
            using System.Linq;

            public static class Reports
            {
                public static int Longest(Customer[] customers) => customers.Max(c => {|EDC0004:c.Email|}.Length);
            }
            """,
            """
            using System.Linq;
            using Enefit.DataClassification;

            public static class Reports
            {
                [ProcessingPurpose(Purpose.BusinessRecords)]
                public static int Longest(Customer[] customers) => customers.Max(c => c.Email.Length);
            }
            """,
            "BusinessRecords");

    [Fact]
    public Task A_property_gets_the_purpose_after_its_own_attributes_for_a_read_in_its_getter()
        => RunAsync(
            """
            using System;

            public sealed class Statement
            {
                private readonly Customer _customer = new();

                [Obsolete("use the invoice")]
                public string Recipient
                {
                    get { return {|EDC0004:_customer.Email|}; }
                }
            }
            """,
            """
            using System;
            using Enefit.DataClassification;

            public sealed class Statement
            {
                private readonly Customer _customer = new();

                [Obsolete("use the invoice")]
                [ProcessingPurpose(Purpose.ContractNotices)]
                public string Recipient
                {
                    get { return _customer.Email; }
                }
            }
            """,
            "ContractNotices");

    [Fact]
    public Task A_constructor_and_a_local_function_s_method_get_the_purpose()
        => RunAsync(
            """
            using Enefit.DataClassification;

            public sealed class Dunning
            {
                private readonly decimal _due;

                public Dunning(Customer customer) => _due = {|EDC0004:customer.Debt|};

                public bool Overdue(Customer customer)
                {
                    return Owes();

                    bool Owes() => {|EDC0004:customer.Debt|} > _due;
                }
            }
            """,
            """
            using Enefit.DataClassification;

            public sealed class Dunning
            {
                private readonly decimal _due;

                [ProcessingPurpose(Purpose.DebtCollection)]
                public Dunning(Customer customer) => _due = customer.Debt;

                [ProcessingPurpose(Purpose.DebtCollection)]
                public bool Overdue(Customer customer)
                {
                    return Owes();

                    bool Owes() => customer.Debt > _due;
                }
            }
            """,
            "DebtCollection");

    [Fact]
    public Task A_member_written_on_its_type_s_line_gets_the_attribute_on_that_line()
        => RunAsync(
            """
            using Enefit.DataClassification;

            public static class Lookup { public static string Who(Customer c) => {|EDC0004:c.Email|}; }
            """,
            """
            using Enefit.DataClassification;

            public static class Lookup { [ProcessingPurpose(Purpose.Identification)] public static string Who(Customer c) => c.Email; }
            """,
            "Identification");

    [Fact]
    public Task Fix_all_declares_the_purpose_once_per_member()
        => RunFixAllOnceAsync(
            """
            using Enefit.DataClassification;

            public static class Invoices
            {
                public static string Header(Customer customer) => {|EDC0004:customer.Email|} + {|EDC0004:customer.Debt|};

                public static decimal Total(Customer customer) => {|EDC0004:customer.Debt|};
            }
            """,
            """
            using Enefit.DataClassification;

            public static class Invoices
            {
                [ProcessingPurpose(Purpose.Billing)]
                public static string Header(Customer customer) => customer.Email + customer.Debt;

                [ProcessingPurpose(Purpose.Billing)]
                public static decimal Total(Customer customer) => customer.Debt;
            }
            """,
            "Billing");

    [Fact]
    public Task Fix_all_with_a_contract_purpose_leaves_members_that_read_marketing_only_data_alone()
    {
        var test = NewTest(
            """
            using Enefit.DataClassification;

            public static class Statements
            {
                public static string Header(Customer customer) => {|EDC0004:customer.Email|};

                public static string Topics(Customer customer, MarketingConsent consent) => {|EDC0004:customer.Interests|};
            }
            """,
            """
            using Enefit.DataClassification;

            public static class Statements
            {
                [ProcessingPurpose(Purpose.ContractNotices)]
                public static string Header(Customer customer) => customer.Email;

                public static string Topics(Customer customer, MarketingConsent consent) => customer.Interests;
            }
            """,
            "ContractNotices");
        test.FixedState.ExpectedDiagnostics.Add(
            Verify.Diagnostic("EDC0004").WithSpan("Test.cs", 8, 81, 8, 99).WithArguments("Customer.Interests", "marketing-only"));
        return test.RunAsync();
    }

    private static Task<string> OutlineAsync(string code)
        => OfferedActions.OutlineAsync(new AddProcessingPurposeCodeFix(), DiagnosticDescriptors.NoPurposeDeclared, Customer + "\n" + code);

    private static Task RunAsync(string source, string fixedSource, string purpose) => NewTest(source, fixedSource, purpose).RunAsync();

    /// <summary>Fix-all must reach the fixed source in one pass over the document, as over the project.</summary>
    private static Task RunFixAllOnceAsync(string source, string fixedSource, string purpose)
    {
        var test = NewTest(source, fixedSource, purpose);
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        return test.RunAsync();
    }

    private static Verify.Test NewTest(string source, string fixedSource, string purpose)
    {
        var test = new Verify.Test { CodeActionEquivalenceKey = AddProcessingPurposeCodeFix.EquivalenceKeyPrefix + purpose };
        test.TestState.Sources.Add(("Customer.cs", Customer));
        test.TestState.Sources.Add(("Test.cs", source));
        test.FixedState.Sources.Add(("Customer.cs", Customer));
        test.FixedState.Sources.Add(("Test.cs", fixedSource));
        return test;
    }
}
