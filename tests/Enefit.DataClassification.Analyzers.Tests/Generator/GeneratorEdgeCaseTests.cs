using Enefit.DataClassification.Analyzers.Generator;

namespace Enefit.DataClassification.Analyzers.Tests.Generator;

/// <summary>The shapes a user may give a classified type: each still builds cleanly, or gets nothing when it must.</summary>
public sealed class GeneratorEdgeCaseTests
{
    private const string KeywordsAndVisibility = """
        using Enefit.DataClassification;
        namespace K;
        internal sealed class Note { public string Text = ""; }
        public partial class Account
        {
            private sealed class Secret { }
            [MasterData] public string @class = "";
            [CommunicationData] internal Note Remark { get; set; } = new();
            [MarketingOnly] private Secret Hidden { get; set; } = new();
        }
        """;

    public static TheoryData<string, string[]> CleanShapes => new()
    {
        {
            "readonly record struct, readonly struct and ref struct",
            new[]
            {
                """
                using Enefit.DataClassification;
                public readonly partial record struct Meter([property: MasterData] string Owner);
                public readonly partial struct Card { [MasterData] public readonly string Number; public Card(string n) => Number = n; }
                public ref partial struct Scratch { [CommunicationData] public int Pin; }
                """,
            }
        },
        {
            "a class hierarchy",
            new[]
            {
                """
                using Enefit.DataClassification;
                namespace H;
                public partial class Person { [MasterData] public string Name { get; set; } = ""; }
                public abstract partial class Client : Person { [CommunicationData] public decimal Debt { get; set; } }
                public sealed partial class Business : Client { [MasterData] public string RegistryCode { get; set; } = ""; }
                """,
            }
        },
        {
            "keyword names, less visible member types, two parts in two files",
            new[] { KeywordsAndVisibility, "namespace K; public partial class Account { public int Visits { get; set; } }" }
        },
        {
            "user ToString, user PrintMembers, user ExportPersonalData",
            new[]
            {
                """
                using System.Collections.Generic;
                using System.Text;
                using Enefit.DataClassification;
                public partial class Own
                {
                    [MasterData] public string Name { get; set; } = "";
                    public override string ToString() => "Own";
                    public IReadOnlyList<PersonalDataEntry> ExportPersonalData() => new List<PersonalDataEntry>();
                }
                public sealed partial record OwnRecord
                {
                    [MasterData] public string Name { get; init; } = "";
                    private bool PrintMembers(StringBuilder builder) { builder.Append("redacted"); return true; }
                }
                """,
            }
        },
        {
            "generic nested in generic, with a struct constraint",
            new[]
            {
                """
                using Enefit.DataClassification;
                namespace G;
                public partial class Outer<TKey> where TKey : struct
                {
                    public partial record Inner<TValue>
                    {
                        [CommunicationData] public TKey Key { get; init; }
                        [MarketingOnly] public TValue[] Values { get; init; } = System.Array.Empty<TValue>();
                    }
                }
                """,
            }
        },
    };

    [Theory]
    [MemberData(nameof(CleanShapes))]
    public void Unusual_shapes_compile_without_warnings_after_generation(string shape, string[] sources)
    {
        var run = GeneratorHarness.Run(sources);

        Assert.True(run.Result.GeneratedSources.Length > 1, shape);
        Assert.Empty(GeneratorHarness.Problems(run.Output));
    }

    [Fact]
    public void In_a_class_hierarchy_export_and_text_include_the_base_members_first()
    {
        using var assembly = GeneratedAssembly.Build((string[])CleanShapes.Single(row => (string)row[0] == "a class hierarchy")[1]);
        dynamic business = assembly.Create("H.Business");
        business.Name = "Ann";
        business.Debt = 4m;
        business.RegistryCode = "40003000000";

        IReadOnlyList<PersonalDataEntry> entries = business.ExportPersonalData();

        Assert.Equal(new[] { "Name", "Debt", "RegistryCode" }, entries.Select(entry => entry.MemberName));
        Assert.Equal(new object[] { "Ann", 4m, "40003000000" }, entries.Select(entry => entry.Value));
        Assert.Equal("Business { Name = [MasterData], Debt = [CommunicationData], RegistryCode = [MasterData] }", (string)business.ToString());
    }

    [Fact]
    public void What_the_user_wrote_is_not_generated_again()
    {
        var run = GeneratorHarness.Run((string[])CleanShapes.Single(row => ((string)row[0]).StartsWith("user ", StringComparison.Ordinal))[1]);

        var own = Assert.Single(run.Sources, source => source.HintName == "Own.DataClassification.g.cs").Text;
        var ownRecord = Assert.Single(run.Sources, source => source.HintName == "OwnRecord.DataClassification.g.cs").Text;
        Assert.Contains("GetName(global::Enefit.DataClassification.Purpose purpose)", own, StringComparison.Ordinal);
        Assert.DoesNotContain("ToString", own, StringComparison.Ordinal);
        Assert.DoesNotContain("ExportPersonalData", own, StringComparison.Ordinal);
        Assert.DoesNotContain("PrintMembers", ownRecord, StringComparison.Ordinal);
        Assert.Contains("public global::System.Collections.Generic.IReadOnlyList<global::Enefit.DataClassification.PersonalDataEntry> ExportPersonalData()", ownRecord, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_members_that_would_share_an_accessor_name_get_none_and_stay_in_the_export()
    {
        var run = GeneratorHarness.Run("""
            using Enefit.DataClassification;
            public partial class Duplicate
            {
                [MasterData] public string Email { get; set; } = "";
                [MasterData] private string _email = "";
                [MasterData] public string Phone { get; set; } = "";
                public string Read() => _email;
            }
            """);

        var text = Assert.Single(run.Sources, source => source.HintName == "Duplicate.DataClassification.g.cs").Text;
        Assert.DoesNotContain("GetEmail", text, StringComparison.Ordinal);
        Assert.Contains("public string GetPhone(global::Enefit.DataClassification.Purpose purpose)", text, StringComparison.Ordinal);
        Assert.Contains("new global::Enefit.DataClassification.PersonalDataEntry(\"_email\"", text, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Problems(run.Output));
    }

    [Fact]
    public void Accessors_of_less_visible_member_types_are_no_more_visible_than_the_type()
    {
        var run = GeneratorHarness.Run(KeywordsAndVisibility);

        var text = Assert.Single(run.Sources, source => source.HintName == "K.Account.DataClassification.g.cs").Text;
        Assert.Contains("public string GetClass(global::Enefit.DataClassification.Purpose purpose)", text, StringComparison.Ordinal);
        Assert.Contains("return this.@class;", text, StringComparison.Ordinal);
        Assert.Contains("internal global::K.Note GetRemark(global::Enefit.DataClassification.Purpose purpose)", text, StringComparison.Ordinal);
        Assert.Contains("private global::K.Account.Secret GetHidden(global::Enefit.DataClassification.MarketingConsent consent)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_that_is_not_partial_nested_in_one_or_file_local_gets_nothing()
    {
        var run = GeneratorHarness.Run("""
            using Enefit.DataClassification;
            public class Closed
            {
                public partial class Inner { [MasterData] public string Name { get; set; } = ""; }
            }
            public class Plain { [MasterData] public string Name { get; set; } = ""; }
            file partial class Local { [MasterData] public string Name { get; set; } = ""; }
            """);

        Assert.Null(run.Result.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Fact]
    public void Without_the_runtime_library_nothing_is_generated_even_for_look_alike_attributes()
    {
        var compilation = GeneratorHarness.Compile("""
            using System;
            namespace Enefit.DataClassification
            {
                [AttributeUsage(AttributeTargets.All)] public sealed class MasterDataAttribute : Attribute { }
            }
            public partial class Customer { [Enefit.DataClassification.MasterData] public string Name { get; set; } = ""; }
            """);
        compilation = compilation.RemoveReferences(Verifiers.TestReferences.Runtime, Verifiers.TestReferences.ComplianceAbstractions);

        var run = GeneratorHarness.Run(compilation);

        Assert.Empty(run.Result.GeneratedSources);
    }

    [Fact]
    public void A_member_with_two_categories_still_gives_its_type_one_file_classified_with_the_first()
    {
        var run = GeneratorHarness.Run("""
            using Enefit.DataClassification;
            public partial class Conflicted
            {
                [MarketingOnly, MasterData] public string Notes { get; set; } = "";
            }
            """);

        Assert.Null(run.Result.Exception);
        var text = Assert.Single(run.Sources, source => source.HintName == "Conflicted.DataClassification.g.cs").Text;
        Assert.Contains("public string GetNotes(global::Enefit.DataClassification.MarketingConsent consent)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("GetNotes(global::Enefit.DataClassification.Purpose purpose)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Half_typed_code_does_not_make_the_generator_fail()
    {
        var run = GeneratorHarness.Run("""
            using Enefit.DataClassification;
            public partial class Broken : UnknownBase
            {
                [MasterData] public Missing Email { get; set; }
                [MasterData(Kind = )] public string
                [CommunicationData] int _x
                [MarketingOnly] public string this[int i] => "";
            }
            public partial record Half([property: MasterData] string
            """);

        Assert.Null(run.Result.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains(run.Sources, source => source.HintName == "Broken.DataClassification.g.cs");
    }

    [Theory]
    [InlineData("Email", "GetEmail")]
    [InlineData("_email", "GetEmail")]
    [InlineData("m_email", "GetEmail")]
    [InlineData("email", "GetEmail")]
    [InlineData("__postalCode", "GetPostalCode")]
    [InlineData("class", "GetClass")]
    [InlineData("_", null)]
    [InlineData("m_", null)]
    public void Accessor_names_drop_field_prefixes_and_capitalise(string member, string? accessor)
        => Assert.Equal(accessor, AccessorNames.For(member));
}
