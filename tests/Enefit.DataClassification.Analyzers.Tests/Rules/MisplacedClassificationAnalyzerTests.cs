using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Verify = Enefit.DataClassification.Analyzers.Tests.Verifiers.AnalyzerVerifier<Enefit.DataClassification.Analyzers.Rules.MisplacedClassificationAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

public sealed class MisplacedClassificationAnalyzerTests
{
    [Fact]
    public Task Two_categories_on_a_property_report_the_second_with_the_member_and_both_names()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public class Customer
            {
                [MasterData, {|#0:MarketingOnly|}]
                public string Email { get; set; } = "";
            }
            """,
            Verify.Diagnostic("EDC0011").WithLocation(0).WithArguments(
                "Customer.Email",
                "carries [MasterData] and [MarketingOnly], but a piece of data has one kind (§6.3, §7.4)",
                "keep the one category that fits the data and remove the others"));

    [Fact]
    public Task Three_categories_report_each_extra_one()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public class Customer
            {
                [MasterData]
                [{|EDC0011:CommunicationData|}]
                [{|EDC0011:MarketingOnly(Kind = "user.behavior")|}]
                public string _notes = "";
            }
            """);

    [Fact]
    public Task Conflicting_categories_on_a_parameter_a_return_value_and_a_type_are_reported()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            [MarketingOnly, {|EDC0011:MasterData|}]
            public class Profile
            {
                [return: MasterData, {|EDC0011:CommunicationData|}]
                public string Describe([CommunicationData, {|EDC0011:MarketingOnly|}] string note) => note;
            }
            """);

    [Fact]
    public Task One_category_per_member_and_well_shaped_checks_are_fine()
        => Verify.VerifyAsync(
            """
            using System.Threading.Tasks;
            using Enefit.DataClassification;

            public class Customer
            {
                [SubjectId] public string Id { get; set; } = "";
                [MasterData(Kind = "user.contact.email")] public string Email { get; set; } = "";
                [CommunicationData] public decimal Debt;
                [MarketingOnly] public string Interests { get; set; } = "";
                [ConsentCheck] public bool AcceptsMarketing { get; set; }
                [ElectronicMarketingCheck] public bool AcceptsEmail;
                [ConsentCheck] public bool HasConsent() => AcceptsMarketing;
            }

            public static class Checks
            {
                [ConsentCheck] public static bool Consented(Customer c) => c.AcceptsMarketing;
                [ConsentCheck] public static Task<bool> ConsentedAsync(string id) => Task.FromResult(id.Length > 0);
                [ConsentCheck] public static ValueTask<bool> ConsentedValueAsync(Customer c) => new(c.AcceptsMarketing);
                [ConsentCheck] public static bool TryConsent(string id, out MarketingConsent consent) { consent = default; return false; }
                [ElectronicMarketingCheck] public static bool TryPermit(string id, out ElectronicMarketingPermit permit) { permit = default; return false; }
                [ElectronicMarketingSend] public static void SendOffer(Customer c, string text) { }
            }
            """);

    [Fact]
    public Task A_check_method_that_does_not_return_bool_is_reported()
        => Verify.VerifyAsync(
            """
            using System.Threading.Tasks;
            using Enefit.DataClassification;

            public static class Checks
            {
                [{|#0:ConsentCheck|}] public static int Consented(string id) => 1;
                [{|#1:ElectronicMarketingCheck|}] public static Task PermitAsync(string id) => Task.CompletedTask;
            }
            """,
            Verify.Diagnostic("EDC0011").WithLocation(0).WithArguments(
                "Checks.Consented",
                "is marked [ConsentCheck] but returns int",
                "a check returns bool, Task<bool> or ValueTask<bool>, true when the subject may be contacted"),
            Verify.Diagnostic("EDC0011").WithLocation(1).WithArguments(
                "Checks.PermitAsync",
                "is marked [ElectronicMarketingCheck] but returns Task",
                "a check returns bool, Task<bool> or ValueTask<bool>, true when the subject may be contacted"));

    [Fact]
    public Task A_try_pattern_with_the_other_kind_of_proof_is_reported()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public static class Checks
            {
                [{|#0:ConsentCheck|}] public static bool TryConsent(string id, out ElectronicMarketingPermit permit) { permit = default; return false; }
                [{|#1:ElectronicMarketingCheck|}] public static bool TryPermit(string id, out MarketingConsent consent) { consent = default; return false; }
            }
            """,
            Verify.Diagnostic("EDC0011").WithLocation(0).WithArguments(
                "Checks.TryConsent",
                "is marked [ConsentCheck] but its out parameter 'permit' has type ElectronicMarketingPermit",
                "a Try-pattern [ConsentCheck] hands out MarketingConsent"),
            Verify.Diagnostic("EDC0011").WithLocation(1).WithArguments(
                "Checks.TryPermit",
                "is marked [ElectronicMarketingCheck] but its out parameter 'consent' has type MarketingConsent",
                "a Try-pattern [ElectronicMarketingCheck] hands out ElectronicMarketingPermit"));

    [Fact]
    public Task A_static_check_without_parameters_names_no_subject()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public static class Checks
            {
                [{|EDC0011:ConsentCheck|}] public static bool Anyone() => true;
                [{|EDC0011:ConsentCheck|}] public static bool Everyone = true;
            }
            """);

    [Fact]
    public Task A_check_property_or_field_that_is_not_bool_is_reported()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public class Customer
            {
                [{|#0:ConsentCheck|}] public string Consent { get; set; } = "";
                [{|EDC0011:ElectronicMarketingCheck|}] public int Permits;
                [{|EDC0011:ConsentCheck|}] public bool? MaybeConsented { get; set; }
            }
            """,
            Verify.Diagnostic("EDC0011").WithLocation(0).WithArguments(
                "Customer.Consent",
                "is marked [ConsentCheck] but has type string",
                "a check property or field is a bool of the subject type, true when the subject may be contacted"));

    [Fact]
    public Task Look_alike_attributes_from_another_namespace_are_not_ours()
        => Verify.VerifyAsync(
            """
            namespace Other
            {
                public sealed class MasterDataAttribute : System.Attribute { }
                public sealed class MarketingOnlyAttribute : System.Attribute { }
                public sealed class ConsentCheckAttribute : System.Attribute { }

                public class Customer
                {
                    [MasterData, MarketingOnly] public string Email { get; set; } = "";
                    [ConsentCheck] public int Consent;
                }
            }
            """);

    [Fact]
    public Task Without_the_runtime_library_nothing_is_reported()
        => new AnalyzerVerifier<MisplacedClassificationAnalyzer>.Test
        {
            WithoutRuntime = true,
            TestCode =
                """
                public class Customer
                {
                    public string Email { get; set; } = "";
                }
                """,
        }.RunAsync();
}
