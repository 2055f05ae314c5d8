using Enefit.DataClassification.Analyzers;
using Enefit.DataClassification.CodeFixes.Tests.Verifiers;
using Verify = Enefit.DataClassification.CodeFixes.Tests.Verifiers.CodeFixVerifier<
    Enefit.DataClassification.Analyzers.Rules.ConsentAndPurposeAnalyzer,
    Enefit.DataClassification.CodeFixes.AddConsentParameterCodeFix>;

namespace Enefit.DataClassification.CodeFixes.Tests.Rules;

public sealed class AddConsentParameterCodeFixTests
{
    private const string Customer = """
        using Enefit.DataClassification;

        public class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData] public string Email { get; set; } = "";
            [MarketingOnly] public string Interests { get; set; } = "";
        }
        """;

    [Fact]
    public Task Marketing_only_data_read_gets_a_consent_parameter_after_the_others()
        => RunAsync(
            """
            using Enefit.DataClassification;

            public static class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public static string Topics(Customer customer, int count) => {|EDC0001:customer.Interests|}.Substring(0, count);
            }
            """,
            """
            using Enefit.DataClassification;

            public static class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public static string Topics(Customer customer, int count, MarketingConsent consent) => customer.Interests.Substring(0, count);
            }
            """);

    [Fact]
    public Task Master_data_under_a_marketing_purpose_gets_the_parameter_and_the_using()
        => RunAsync(
            """
            using System;

            public sealed class Campaign
            {
                [Enefit.DataClassification.ProcessingPurpose(Enefit.DataClassification.Purpose.ElectronicDirectMarketing)]
                public void Address(Customer customer)
                {
                    Console.WriteLine({|EDC0003:customer.Email|});
                }
            }
            """,
            """
            using System;
            using Enefit.DataClassification;

            public sealed class Campaign
            {
                [Enefit.DataClassification.ProcessingPurpose(Enefit.DataClassification.Purpose.ElectronicDirectMarketing)]
                public void Address(Customer customer, MarketingConsent consent)
                {
                    Console.WriteLine(customer.Email);
                }
            }
            """);

    [Fact]
    public Task The_parameter_goes_before_optional_params_and_cancellation_token_parameters()
        => RunAsync(
            """
            using System.Threading;
            using Enefit.DataClassification;

            public sealed class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public Offers(Customer customer, CancellationToken cancellationToken) => Topics = {|EDC0001:customer.Interests|};

                public string Topics { get; }

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public static string Join(Customer customer, string separator = ", ", params string[] extra)
                    => {|EDC0001:customer.Interests|} + separator + string.Join(separator, extra);

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public static string Lines(
                    Customer customer,
                    int limit = 3)
                    => {|EDC0001:customer.Interests|}.Substring(0, limit);
            }
            """,
            """
            using System.Threading;
            using Enefit.DataClassification;

            public sealed class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public Offers(Customer customer, MarketingConsent consent, CancellationToken cancellationToken) => Topics = customer.Interests;

                public string Topics { get; }

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public static string Join(Customer customer, MarketingConsent consent, string separator = ", ", params string[] extra)
                    => customer.Interests + separator + string.Join(separator, extra);

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public static string Lines(
                    Customer customer,
                    MarketingConsent consent, int limit = 3)
                    => customer.Interests.Substring(0, limit);
            }
            """);

    [Fact]
    public Task A_name_the_method_already_uses_is_not_taken_again()
        => RunAsync(
            """
            using System.Linq;
            using Enefit.DataClassification;

            public static class Offers
            {
                [ProcessingPurpose(Purpose.MarketingAnalysis)]
                public static int Count(Customer[] customers, bool consent)
                {
                    var consent1 = consent ? 1 : 0;
                    return customers.Count(c => {|EDC0001:c.Interests|}.Length > consent1);
                }
            }
            """,
            """
            using System.Linq;
            using Enefit.DataClassification;

            public static class Offers
            {
                [ProcessingPurpose(Purpose.MarketingAnalysis)]
                public static int Count(Customer[] customers, bool consent, MarketingConsent consent2)
                {
                    var consent1 = consent ? 1 : 0;
                    return customers.Count(c => c.Interests.Length > consent1);
                }
            }
            """);

    [Fact]
    public Task A_read_in_a_local_function_or_lambda_gets_the_parameter_on_the_method_around_it()
        => RunAsync(
            """
            using System.Linq;
            using Enefit.DataClassification;

            public static class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedContent)]
                public static string[] Topics(Customer[] customers)
                {
                    return customers.Select(Describe).Where(t => t.Length > 0).ToArray();

                    string Describe(Customer c) => {|EDC0001:c.Interests|};
                }

                [ProcessingPurpose(Purpose.PersonalizedContent)]
                public static string[] Emails(Customer[] customers) => customers.Select(c => {|EDC0003:c.Email|}).ToArray();
            }
            """,
            """
            using System.Linq;
            using Enefit.DataClassification;

            public static class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedContent)]
                public static string[] Topics(Customer[] customers, MarketingConsent consent)
                {
                    return customers.Select(Describe).Where(t => t.Length > 0).ToArray();

                    string Describe(Customer c) => c.Interests;
                }

                [ProcessingPurpose(Purpose.PersonalizedContent)]
                public static string[] Emails(Customer[] customers, MarketingConsent consent) => customers.Select(c => c.Email).ToArray();
            }
            """);

    [Fact]
    public Task Fix_all_adds_one_parameter_per_method()
    {
        var test = NewTest(
            """
            using Enefit.DataClassification;

            public static class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public static string Card(Customer customer) => {|EDC0003:customer.Email|} + {|EDC0001:customer.Interests|};

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public static string Topics(Customer customer) => {|EDC0001:customer.Interests|};
            }
            """,
            """
            using Enefit.DataClassification;

            public static class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public static string Card(Customer customer, MarketingConsent consent) => customer.Email + customer.Interests;

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public static string Topics(Customer customer, MarketingConsent consent) => customer.Interests;
            }
            """);
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public async Task An_ordinary_method_is_offered_the_parameter()
        => Assert.Equal(
            "Take a MarketingConsent parameter\n",
            await OfferedActions.OutlineAsync(
                new AddConsentParameterCodeFix(),
                DiagnosticDescriptors.MarketingDataWithoutConsent,
                Customer + """

                public static class Offers
                {
                    public static string Topics(Customer customer) => [|customer.Interests|];
                }
                """));

    [Theory]
    [InlineData("""
        public class Profile
        {
            private readonly Customer _customer = new();
            public override string ToString() => [|_customer.Interests|];
        }
        """)]
    [InlineData("""
        public interface IDescribed { string Describe(); }
        public class Profile : IDescribed
        {
            private readonly Customer _customer = new();
            public string Describe() => [|_customer.Interests|];
        }
        """)]
    [InlineData("""
        public interface IDescribed { string Describe(); }
        public class Profile : IDescribed
        {
            private readonly Customer _customer = new();
            string IDescribed.Describe() => [|_customer.Interests|];
        }
        """)]
    [InlineData("""
        public class Profile
        {
            private readonly Customer _customer = new();
            public string Topics => [|_customer.Interests|];
        }
        """)]
    [InlineData("""
        public class Profile
        {
            static Profile() => _ = [|new Customer().Interests|];
        }
        """)]
    [InlineData("""
        public partial class Profile
        {
            private readonly Customer _customer = new();
            partial void Fill();
            partial void Fill() => _ = [|_customer.Interests|];
        }
        """)]
    [InlineData("""
        public static class Program
        {
            public static void Main() => _ = [|new Customer().Interests|];
        }
        """)]
    public async Task No_parameter_is_offered_where_it_would_break_the_code(string profile)
        => Assert.Equal(
            "",
            await OfferedActions.OutlineAsync(
                new AddConsentParameterCodeFix(),
                DiagnosticDescriptors.MarketingDataWithoutConsent,
                Customer + "\n" + profile));

    private static Task RunAsync(string source, string fixedSource) => NewTest(source, fixedSource).RunAsync();

    private static Verify.Test NewTest(string source, string fixedSource)
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("Customer.cs", Customer));
        test.TestState.Sources.Add(("Test.cs", source));
        test.FixedState.Sources.Add(("Customer.cs", Customer));
        test.FixedState.Sources.Add(("Test.cs", fixedSource));
        return test;
    }
}
