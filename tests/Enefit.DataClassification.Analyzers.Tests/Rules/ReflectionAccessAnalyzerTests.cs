using Verify = Enefit.DataClassification.Analyzers.Tests.Verifiers.AnalyzerVerifier<Enefit.DataClassification.Analyzers.Rules.ReflectionAccessAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

/// <summary>EDC0010: classified members reached by reflection by a constant name on a type known at compile time.</summary>
public sealed class ReflectionAccessAnalyzerTests
{
    private const string Model = """

        public partial class Customer
        {
            [Enefit.DataClassification.SubjectId] public string Id { get; set; } = "";
            [Enefit.DataClassification.MasterData] public string Email { get; set; } = "";
            [Enefit.DataClassification.CommunicationData] public decimal Debt;
            [Enefit.DataClassification.MarketingOnly] public string Interests { get; set; } = "";
            public string Region { get; set; } = "";
        }

        public class PremiumCustomer : Customer
        {
        }
        """;

    [Fact]
    public Task GetProperty_GetField_and_GetMember_on_typeof_report_the_member_and_category_at_the_name()
        => Verify.VerifyAsync(
            """
            public class Service
            {
                public object? Read(Customer c)
                {
                    var email = typeof(Customer).GetProperty({|#0:"Email"|})!.GetValue(c);
                    var debt = typeof(Customer).GetField({|#1:nameof(Customer.Debt)|})!.GetValue(c);
                    var members = typeof(PremiumCustomer).GetMember({|#2:"Interests"|});
                    return (email, debt, members);
                }
            }
            """ + Model,
            Verify.Diagnostic("EDC0010").WithLocation(0).WithArguments("GetProperty(\"Email\")", "Customer.Email", "master"),
            Verify.Diagnostic("EDC0010").WithLocation(1).WithArguments("GetField(\"Debt\")", "Customer.Debt", "communication"),
            Verify.Diagnostic("EDC0010").WithLocation(2).WithArguments("GetMember(\"Interests\")", "Customer.Interests", "marketing-only"));

    [Fact]
    public Task GetType_of_a_value_and_generated_or_property_accessors_by_GetMethod_are_reported()
        => Verify.VerifyAsync(
            """
            using System.Reflection;

            public class Service
            {
                public void Read(Customer c)
                {
                    c.GetType().GetProperty({|#0:"Email"|}, BindingFlags.Public | BindingFlags.Instance);
                    c.GetType().GetMethod({|#1:"GetInterests"|});
                    typeof(Customer).GetMethod({|#2:"get_Email"|});
                    typeof(Customer).GetMember({|#3:"GetEmail"|});
                }
            }
            """ + Model,
            Verify.Diagnostic("EDC0010").WithLocation(0).WithArguments("GetProperty(\"Email\")", "Customer.Email", "master"),
            Verify.Diagnostic("EDC0010").WithLocation(1).WithArguments("GetMethod(\"GetInterests\")", "Customer.Interests", "marketing-only"),
            Verify.Diagnostic("EDC0010").WithLocation(2).WithArguments("GetMethod(\"get_Email\")", "Customer.Email", "master"),
            Verify.Diagnostic("EDC0010").WithLocation(3).WithArguments("GetMember(\"GetEmail\")", "Customer.Email", "master"));

    [Fact]
    public Task A_name_in_another_case_is_reported_where_the_lookup_may_ignore_case()
        => Verify.VerifyAsync(
            """
            using System.Reflection;

            public class Service
            {
                public void Read(Customer c, BindingFlags flags)
                {
                    typeof(Customer).GetProperty({|#0:"email"|}, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                    c.GetType().GetMethod({|#1:"getinterests"|}, flags);
                    typeof(Customer).GetMember({|#2:"DEBT"|}, BindingFlags.IgnoreCase | BindingFlags.Public | BindingFlags.Instance);
                    typeof(Customer).GetProperty("email");
                    typeof(Customer).GetField("debt", BindingFlags.Public | BindingFlags.Instance);
                    typeof(Customer).GetProperty("region", BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                }
            }
            """ + Model,
            Verify.Diagnostic("EDC0010").WithLocation(0).WithArguments("GetProperty(\"email\")", "Customer.Email", "master"),
            Verify.Diagnostic("EDC0010").WithLocation(1).WithArguments("GetMethod(\"getinterests\")", "Customer.Interests", "marketing-only"),
            Verify.Diagnostic("EDC0010").WithLocation(2).WithArguments("GetMember(\"DEBT\")", "Customer.Debt", "communication"));

    [Fact]
    public Task Non_classified_members_unknown_names_runtime_names_and_unknown_types_are_not_reported()
        => Verify.VerifyAsync(
            """
            using System;

            public class Service
            {
                public void Read(Customer c, Type someType, string name)
                {
                    typeof(Customer).GetProperty("Id");
                    typeof(Customer).GetProperty("Region");
                    typeof(Customer).GetProperty("Missing");
                    typeof(Customer).GetProperty(name);
                    typeof(Customer).GetField("Email");
                    typeof(Customer).GetMethod("GetRegion");
                    someType.GetProperty("Email");
                    typeof(Customer).GetProperties();
                }
            }
            """ + Model);

    [Fact]
    public Task Nothing_is_registered_when_the_runtime_library_is_not_referenced()
    {
        var test = new Verifiers.AnalyzerVerifier<Analyzers.Rules.ReflectionAccessAnalyzer>.Test
        {
            TestCode = """
                public class Customer
                {
                    public string Email { get; set; } = "";
                }

                public class Service
                {
                    public object? Read(Customer c) => typeof(Customer).GetProperty("Email")!.GetValue(c);
                }
                """,
            WithoutRuntime = true,
        };
        return test.RunAsync();
    }
}
