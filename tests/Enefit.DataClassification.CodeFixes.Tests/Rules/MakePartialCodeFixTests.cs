using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.CodeFixes.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Verify = Enefit.DataClassification.CodeFixes.Tests.Verifiers.CodeFixVerifier<
    Enefit.DataClassification.Analyzers.Rules.AccessorNotGeneratedAnalyzer,
    Enefit.DataClassification.CodeFixes.MakePartialCodeFix>;

namespace Enefit.DataClassification.CodeFixes.Tests.Rules;

public sealed class MakePartialCodeFixTests
{
    [Fact]
    public Task A_public_class_gets_partial_after_its_modifiers()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public sealed class {|#0:Customer|}
            {
                [MasterData] public string Email { get; set; } = "";
            }
            """,
            """
            using Enefit.DataClassification;

            public sealed partial class Customer
            {
                [MasterData] public string Email { get; set; } = "";
            }
            """,
            Verify.Diagnostic("EDC0012").WithLocation(0).WithMessage("'Customer' has classified members but is not partial, so no purpose-checked accessors are generated for it (§3.1): make it and its containing types partial"));

    [Fact]
    public Task A_type_without_modifiers_keeps_its_comment_and_attribute_in_front()
        => Verify.VerifyAsync(
            """
            using System;
            using Enefit.DataClassification;

            /// <summary>A client.</summary>
            class {|EDC0012:Customer|}
            {
                [MasterData] public string Email { get; set; } = "";
            }

            [Serializable]
                struct {|EDC0012:Meter|}
            {
                [CommunicationData] public decimal Consumption;
            }
            """,
            """
            using System;
            using Enefit.DataClassification;

            /// <summary>A client.</summary>
            partial class Customer
            {
                [MasterData] public string Email { get; set; } = "";
            }

            [Serializable]
                partial struct Meter
            {
                [CommunicationData] public decimal Consumption;
            }
            """);

    [Fact]
    public Task Records_and_ref_structs_get_partial_right_before_their_keyword()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public record {|EDC0012:Profile|}([property: MarketingOnly] string Interests);

            public readonly record struct {|EDC0012:Contact|}([property: MasterData] string Phone);

            public readonly ref struct {|EDC0012:Reading|}
            {
                [CommunicationData] public decimal Value { get; init; }
            }
            """,
            """
            using Enefit.DataClassification;

            public partial record Profile([property: MarketingOnly] string Interests);

            public readonly partial record struct Contact([property: MasterData] string Phone);

            public readonly ref partial struct Reading
            {
                [CommunicationData] public decimal Value { get; init; }
            }
            """);

    [Fact]
    public Task Every_containing_type_that_is_not_partial_becomes_partial()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public static class Outer
            {
                public partial class Middle
                {
                    internal sealed class {|EDC0012:Customer|}
                    {
                        [MasterData] public string Email { get; set; } = "";
                    }
                }
            }
            """,
            """
            using Enefit.DataClassification;

            public static partial class Outer
            {
                public partial class Middle
                {
                    internal sealed partial class Customer
                    {
                        [MasterData] public string Email { get; set; } = "";
                    }
                }
            }
            """);

    [Fact]
    public Task Fix_all_in_a_document_edits_a_shared_container_once()
        => new Verify.Test
        {
            TestCode =
                """
                using Enefit.DataClassification;

                public class Outer
                {
                    public class {|EDC0012:Customer|}
                    {
                        [MasterData] public string Email { get; set; } = "";
                    }

                    public class {|EDC0012:Profile|}
                    {
                        [MarketingOnly] public string Interests { get; set; } = "";
                    }
                }
                """,
            FixedCode =
                """
                using Enefit.DataClassification;

                public partial class Outer
                {
                    public partial class Customer
                    {
                        [MasterData] public string Email { get; set; } = "";
                    }

                    public partial class Profile
                    {
                        [MarketingOnly] public string Interests { get; set; } = "";
                    }
                }
                """,
            NumberOfFixAllInDocumentIterations = 1,
            NumberOfFixAllIterations = 1,
        }.RunAsync();

    [Fact]
    public Task Fix_all_in_the_solution_fixes_every_document_in_one_pass()
    {
        var test = new Verify.Test
        {
            NumberOfFixAllIterations = 1,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInProjectCheck,
        };
        test.TestState.Sources.Add(("Customer.cs", """
            using Enefit.DataClassification;

            public class {|EDC0012:Customer|}
            {
                [MasterData] public string Email { get; set; } = "";
            }
            """));
        test.TestState.Sources.Add(("Meter.cs", """
            using Enefit.DataClassification;

            public struct {|EDC0012:Meter|}
            {
                [CommunicationData] public decimal Consumption;
            }
            """));
        test.FixedState.Sources.Add(("Customer.cs", """
            using Enefit.DataClassification;

            public partial class Customer
            {
                [MasterData] public string Email { get; set; } = "";
            }
            """));
        test.FixedState.Sources.Add(("Meter.cs", """
            using Enefit.DataClassification;

            public partial struct Meter
            {
                [CommunicationData] public decimal Consumption;
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public async Task Only_the_not_partial_case_is_offered_the_fix_not_a_taken_accessor_name_nor_a_file_local_type()
    {
        var outlines = await OfferedActions.OutlinesForAnalyzerAsync(
            new MakePartialCodeFix(),
            new AccessorNotGeneratedAnalyzer(),
            """
            using Enefit.DataClassification;

            public class Customer
            {
                [MasterData] public string Email { get; set; } = "";
            }

            public partial class Contact
            {
                [MasterData] public string Phone { get; set; } = "";
                public string GetPhone() => Phone;
            }

            file partial class Local
            {
                [MasterData] public string Address { get; set; } = "";
            }
            """);

        Assert.Equal(new[] { "Make 'Customer' partial\n", "", "" }, outlines);
    }

    [Fact]
    public Task A_taken_accessor_name_is_left_as_it_is()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public partial class Contact
            {
                [MasterData] public string {|EDC0012:Phone|} { get; set; } = "";
                public string GetPhone() => Phone;
            }
            """,
            """
            using Enefit.DataClassification;

            public partial class Contact
            {
                [MasterData] public string {|EDC0012:Phone|} { get; set; } = "";
                public string GetPhone() => Phone;
            }
            """);
}
