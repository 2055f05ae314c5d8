using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Verify = Enefit.DataClassification.Analyzers.Tests.Verifiers.AnalyzerVerifier<Enefit.DataClassification.Analyzers.Rules.AccessorNotGeneratedAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

public sealed class AccessorNotGeneratedAnalyzerTests
{
    [Fact]
    public Task A_class_with_a_classified_property_is_reported_on_its_name_with_the_message()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public class {|#0:Customer|}
            {
                [MasterData] public string Email { get; set; } = "";
            }
            """,
            Verify.Diagnostic("EDC0012").WithLocation(0).WithMessage("'Customer' has classified members but is not partial, so no purpose-checked accessors are generated for it (§3.1): make it and its containing types partial"));

    [Fact]
    public Task Structs_records_and_fields_of_every_category_are_reported()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public struct {|EDC0012:Meter|}
            {
                [CommunicationData] public decimal Consumption;
            }

            public record {|EDC0012:Profile|}([property: MarketingOnly] string Interests);

            public readonly record struct {|EDC0012:Contact|}
            {
                [MasterData] public string Phone { get; init; }
            }
            """);

    [Fact]
    public Task A_member_classified_through_its_type_or_an_overridden_member_counts()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            [MarketingOnly]
            public sealed class InterestProfile
            {
                public string Topics { get; set; } = "";
            }

            public class {|EDC0012:Customer|}
            {
                public InterestProfile? Interests { get; set; }
            }

            public abstract partial class Person
            {
                [MasterData] public abstract string Name { get; }
            }

            public sealed class {|EDC0012:Employee|} : Person
            {
                public override string Name => "";
            }
            """);

    [Fact]
    public Task A_partial_type_inside_a_type_that_is_not_partial_is_reported()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public class Outer
            {
                public partial class Middle
                {
                    public partial class {|#0:Customer|}
                    {
                        [MasterData] public string Email { get; set; } = "";
                    }
                }
            }
            """,
            Verify.Diagnostic("EDC0012").WithLocation(0).WithMessage("'Outer.Middle.Customer' has classified members but sits in 'Outer', which is not partial, so no purpose-checked accessors are generated for it (§3.1): make it and its containing types partial"));

    [Fact]
    public Task A_file_local_partial_type_or_a_type_inside_one_is_reported_as_file_local()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            file partial class {|#0:Customer|}
            {
                [MasterData] public string Email { get; set; } = "";
            }

            file partial class Outer
            {
                public partial class {|#1:Contact|}
                {
                    [CommunicationData] public string Phone { get; set; } = "";
                }
            }

            file partial class Unclassified
            {
                public string Note { get; set; } = "";
            }
            """,
            Verify.Diagnostic("EDC0012").WithLocation(0).WithMessage("'Customer' has classified members but is file-local, so no purpose-checked accessors are generated for it (§3.1): remove the 'file' modifier from 'Customer'"),
            Verify.Diagnostic("EDC0012").WithLocation(1).WithMessage("'Outer.Contact' has classified members but sits in 'Outer', which is file-local, so no purpose-checked accessors are generated for it (§3.1): remove the 'file' modifier from 'Outer'"));

    [Fact]
    public Task Partial_types_in_partial_containers_are_fine()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public partial class Outer
            {
                public partial record Customer([property: MasterData] string Email);
            }

            public partial struct Meter
            {
                [CommunicationData] public decimal Consumption;
            }
            """);

    [Fact]
    public Task Types_without_classified_instance_members_are_not_reported()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public class Customer
            {
                [SubjectId] public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                public string PersonalCode = "";
                [MasterData] public static string DefaultEmail { get; set; } = "";
                public void Send([MasterData] string phone) { }
            }

            public interface IContact
            {
                [MasterData] string Phone { get; }
            }

            [MarketingOnly]
            public sealed class InterestProfile
            {
                public string Topics { get; set; } = "";
            }
            """);

    [Fact]
    public Task Without_the_runtime_library_nothing_is_reported()
        => new AnalyzerVerifier<AccessorNotGeneratedAnalyzer>.Test
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

    [Fact]
    public Task Half_typed_code_is_analyzed_without_throwing()
        => new AnalyzerVerifier<AccessorNotGeneratedAnalyzer>.Test
        {
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
            TestCode =
                """
                using Enefit.DataClassification;

                public class {|EDC0012:Customer|} : Missing
                {
                    [MasterData] public string Email { get;
                    [MarketingOnly] public Unknown Profile
                    public partial class
                """,
        }.RunAsync();
}
