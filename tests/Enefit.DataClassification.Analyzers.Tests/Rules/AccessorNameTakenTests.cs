using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Verify = Enefit.DataClassification.Analyzers.Tests.Verifiers.AnalyzerVerifier<Enefit.DataClassification.Analyzers.Rules.AccessorNotGeneratedAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

/// <summary>
/// EDC0012's second case: the type is partial, but a member the user declared already has the name of an accessor, so
/// the generator leaves that accessor out. Reported on the classified member's name.
/// </summary>
public sealed class AccessorNameTakenTests
{
    [Fact]
    public Task A_method_with_the_accessor_name_is_reported_on_the_classified_member_with_the_message()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public partial class Customer
            {
                [MasterData] public string {|#0:Email|} { get; set; } = "";
                public string GetEmail() => Email;
            }
            """,
            Verify.Diagnostic("EDC0012").WithLocation(0).WithMessage(
                "'Customer.Email' is master data, but its purpose-checked accessor 'GetEmail' is not generated because the method 'Customer.GetEmail' has that name (§3.1): rename 'Customer.GetEmail', or read 'Customer.Email' only in members under a declared [ProcessingPurpose]"));

    [Fact]
    public Task A_property_a_field_and_a_nested_type_with_accessor_names_are_reported_for_prefixed_fields_too()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public partial class Customer
            {
                [CommunicationData] private decimal {|#0:_debt|};
                [MarketingOnly] private string {|#1:m_interests|} = "";
                [MasterData] public string {|#2:address|} = "";

                public decimal GetDebt => _debt;
                public string GetInterests = "";
                public sealed class GetAddress { }
                public string Describe() => m_interests + address;
            }
            """,
            NameTaken(0, "Customer._debt", "communication", "GetDebt", "the property 'Customer.GetDebt'", "Customer.GetDebt"),
            NameTaken(1, "Customer.m_interests", "marketing-only", "GetInterests", "the field 'Customer.GetInterests'", "Customer.GetInterests"),
            NameTaken(2, "Customer.address", "master", "GetAddress", "the nested type 'Customer.GetAddress'", "Customer.GetAddress"));

    [Fact]
    public Task Records_structs_and_members_in_another_part_or_a_base_type_are_reported()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public partial record Contact([property: MasterData] string {|#0:Phone|})
            {
                public string GetPhone() => Phone;
            }

            public partial struct Meter
            {
                [CommunicationData] public decimal {|#1:Consumption|};
            }

            public partial struct Meter
            {
                public decimal GetConsumption(int month) => Consumption * month;
            }

            public class Person
            {
                public string GetName() => "";
            }

            public sealed partial class Employee : Person
            {
                [MasterData] public string {|#2:Name|} { get; set; } = "";
            }
            """,
            NameTaken(0, "Contact.Phone", "master", "GetPhone", "the method 'Contact.GetPhone'", "Contact.GetPhone"),
            NameTaken(1, "Meter.Consumption", "communication", "GetConsumption", "the method 'Meter.GetConsumption'", "Meter.GetConsumption"),
            NameTaken(2, "Employee.Name", "master", "GetName", "the method 'Person.GetName'", "Person.GetName"));

    [Fact]
    public Task A_name_taken_by_a_framework_member_asks_to_rename_the_classified_member_and_one_taken_by_the_type_the_type()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public partial class Document
            {
                [CommunicationData] public string {|#0:Type|} { get; set; } = "";
            }

            public partial class GetCode
            {
                [MasterData] public string {|#1:Code|} { get; set; } = "";
            }
            """,
            NameTaken(0, "Document.Type", "communication", "GetType", "the method 'object.GetType'", "Document.Type"),
            NameTaken(1, "GetCode.Code", "master", "GetCode", "its type 'GetCode'", "GetCode"));

    [Fact]
    public Task Two_classified_members_that_would_share_an_accessor_are_both_reported_each_naming_the_other()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public partial class Customer
            {
                [MasterData] private string {|#0:_email|} = "";
                [MasterData] public string {|#1:Email|} => _email;
                [MasterData] public string Phone { get; set; } = "";
            }
            """,
            Verify.Diagnostic("EDC0012").WithLocation(0).WithMessage(
                "'Customer._email' is master data, but its purpose-checked accessor 'GetEmail' is not generated because 'Customer.Email', also classified, would take the same name (§3.1): rename 'Customer._email' or 'Customer.Email', or read 'Customer._email' only in members under a declared [ProcessingPurpose]"),
            Verify.Diagnostic("EDC0012").WithLocation(1).WithMessage(
                "'Customer.Email' is master data, but its purpose-checked accessor 'GetEmail' is not generated because 'Customer._email', also classified, would take the same name (§3.1): rename 'Customer.Email' or 'Customer._email', or read 'Customer.Email' only in members under a declared [ProcessingPurpose]"));

    [Fact]
    public Task A_type_that_is_not_partial_gets_only_the_not_partial_diagnostic()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public class {|#0:Customer|}
            {
                [MasterData] public string Email { get; set; } = "";
                public string GetEmail() => Email;
            }
            """,
            Verify.Diagnostic("EDC0012").WithLocation(0).WithMessage(
                "'Customer' has classified members but is not partial, so no purpose-checked accessors are generated for it (§3.1): make it and its containing types partial"));

    [Fact]
    public Task Names_the_generator_itself_takes_for_a_base_type_or_an_override_are_not_reported()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public partial class Person
            {
                [MasterData] public virtual string Name { get; set; } = "";
            }

            public partial class Employee : Person
            {
                [MasterData] private string _name = "";
                public override string Name { get => _name; set => _name = value; }
            }
            """);

    [Fact]
    public Task Members_this_generator_wrote_are_not_reported_but_another_tool_s_are()
    {
        var test = new AnalyzerVerifier<AccessorNotGeneratedAnalyzer>.Test
        {
            TestCode =
                """
                using Enefit.DataClassification;

                public partial class Customer
                {
                    [MasterData] public string Email { get; set; } = "";
                    [MasterData] public string {|#0:Phone|} { get; set; } = "";
                }
                """,
        };
        test.TestState.Sources.Add((
            "Customer.DataClassification.g.cs",
            """
            // <auto-generated/>
            using System.CodeDom.Compiler;
            using Enefit.DataClassification;

            public partial class Customer
            {
                [GeneratedCode("Enefit.DataClassification", "1.0.0.0")]
                public string GetEmail(Purpose purpose) => Email;

                [GeneratedCode("SomeOtherGenerator", "1.0.0.0")]
                public string GetPhone(Purpose purpose) => Phone;
            }
            """));
        test.ExpectedDiagnostics.Add(
            NameTaken(0, "Customer.Phone", "master", "GetPhone", "the method 'Customer.GetPhone'", "Customer.GetPhone"));
        return test.RunAsync();
    }

    [Fact]
    public Task Unannotated_static_and_subject_id_members_are_not_reported_whatever_their_names()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public partial class Customer
            {
                [SubjectId] public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                [MasterData] public static string DefaultPhone { get; set; } = "";
                public string GetId() => Id;
                public string GetEmail() => Email;
                public static string GetDefaultPhone() => DefaultPhone;
            }
            """);

    [Fact]
    public Task Half_typed_partial_code_is_analyzed_without_throwing()
        => new AnalyzerVerifier<AccessorNotGeneratedAnalyzer>.Test
        {
            CompilerDiagnostics = CompilerDiagnostics.None,
            TestCode =
                """
                using Enefit.DataClassification;

                public partial class Customer : Missing
                {
                    [MasterData] public string {|EDC0012:Email|} { get; set; }
                    public string GetEmail(
                    public GetUnknown
                """,
        }.RunAsync();

    private static DiagnosticResult NameTaken(int location, string classified, string category, string accessor, string taker, string rename)
        => Verify.Diagnostic("EDC0012").WithLocation(location).WithMessage(
            $"'{classified}' is {category} data, but its purpose-checked accessor '{accessor}' is not generated because {taker} has that name (§3.1): rename '{rename}', or read '{classified}' only in members under a declared [ProcessingPurpose]");
}
