using System.Reflection;
using Enefit.DataClassification.Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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

    private const string ClassHierarchy = """
        using Enefit.DataClassification;
        namespace H;
        public partial class Person { [MasterData] public string Name { get; set; } = ""; }
        public abstract partial class Client : Person { [CommunicationData] public decimal Debt { get; set; } }
        public sealed partial class Business : Client
        {
            [MasterData] public string RegistryCode { get; set; } = "";
            [MasterData] private string _name = "";
        }
        """;

    private const string UserWrittenMembers = """
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
            "nested in a static class, a record struct and an interface",
            new[]
            {
                """
                using Enefit.DataClassification;
                namespace N;
                public static partial class Registry { public partial class Entry { [MasterData] public string Name { get; set; } = ""; } }
                public partial record struct Pair { internal partial class Side { [CommunicationData] public decimal Amount = 1m; } }
                public partial interface IHolder { public partial class Box { [MarketingOnly] public string Tag { get; set; } = ""; } }
                """,
            }
        },
        {
            "a class hierarchy",
            new[] { ClassHierarchy }
        },
        {
            "keyword names, less visible member types, two parts in two files",
            new[] { KeywordsAndVisibility, "namespace K; public partial class Account { public int Visits { get; set; } }" }
        },
        {
            "user ToString, user PrintMembers, user ExportPersonalData",
            new[] { UserWrittenMembers }
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
    public void In_a_class_hierarchy_export_and_text_include_the_base_members_first_and_base_accessor_names_are_taken()
    {
        using var assembly = GeneratedAssembly.Build(ClassHierarchy);
        dynamic business = assembly.Create("H.Business");
        business.Name = "Ann";
        business.Debt = 4m;
        business.RegistryCode = "40003000000";

        IReadOnlyList<PersonalDataEntry> entries = business.ExportPersonalData();

        Assert.Equal(new[] { "Name", "Debt", "RegistryCode", "_name" }, entries.Select(entry => entry.MemberName));
        Assert.Equal(new object[] { "Ann", 4m, "40003000000", string.Empty }, entries.Select(entry => entry.Value));

        // Business._name would take GetName, which Person's generated part already has: it gets no accessor.
        Assert.DoesNotContain(
            assembly.Type("H.Business").GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly),
            method => method.Name == "GetName");
        Assert.Equal("Business { Name = [MasterData], Debt = [CommunicationData], RegistryCode = [MasterData] }", (string)business.ToString());
    }

    [Fact]
    public void A_derived_record_prints_and_exports_the_base_members_first_and_redacted()
    {
        using var assembly = GeneratedAssembly.Build(GoldenInputs.Sources["DerivedRecord"]);
        var employeeType = assembly.Type("Staff.Employee");
        var employee = Activator.CreateInstance(employeeType)!;
        employeeType.GetProperty("Name")!.SetValue(employee, "Ann");
        employeeType.GetProperty("Salary")!.SetValue(employee, 3100m);
        employeeType.GetProperty("Team")!.SetValue(employee, "ops");

        var entries = (IReadOnlyList<PersonalDataEntry>)employeeType.GetMethod("ExportPersonalData")!.Invoke(employee, null)!;

        Assert.Equal("Employee { Name = [MasterData], Salary = [CommunicationData], Team = ops }", employee.ToString());
        Assert.Equal(new object[] { "Ann", 3100m }, entries.Select(entry => entry.Value));
    }

    [Fact]
    public void The_redacting_text_prints_each_value_as_a_record_prints_it()
    {
        // Null, an empty Nullable, a value whose ToString returns null, a char, and a type with an operator + of its own,
        // which a concatenation must not call: a record the compiler prints (Twin) says what each should look like.
        using var assembly = GeneratedAssembly.Build("""
            #nullable enable
            using Enefit.DataClassification;
            namespace P;
            public readonly struct Money
            {
                public static string operator +(string text, Money money) => text + "not a record's text";
                public override string ToString() => "3 EUR";
            }
            public sealed class Silent { public override string? ToString() => null; }
            public partial class Odd
            {
                [MasterData] public string Secret { get; set; } = "s3cret";
                public string? Name { get; set; }
                public int? Count { get; set; }
                public Money Amount { get; set; }
                public Silent Quiet { get; set; } = new();
                public char Grade { get; set; } = 'A';
            }
            public partial record OddRecord
            {
                [MasterData] public string Secret { get; init; } = "s3cret";
                public string? Name { get; init; }
                public int? Count { get; init; }
                public Money Amount { get; init; }
                public Silent Quiet { get; init; } = new();
                public char Grade { get; init; } = 'A';
            }
            public sealed record Twin(string? Name, int? Count, Money Amount, Silent Quiet, char Grade);
            public partial class Vault { [MasterData] public string Pin { get; set; } = "1234"; }
            """);

        var twin = assembly.Create("P.Twin", null, null, Activator.CreateInstance(assembly.Type("P.Money")), assembly.Create("P.Silent"), 'A');

        Assert.Equal("Twin { Name = , Count = , Amount = 3 EUR, Quiet = , Grade = A }", twin.ToString());
        Assert.Equal("Odd { Secret = [MasterData], Name = , Count = , Amount = 3 EUR, Quiet = , Grade = A }", assembly.Create("P.Odd").ToString());
        Assert.Equal("OddRecord { Secret = [MasterData], Name = , Count = , Amount = 3 EUR, Quiet = , Grade = A }", assembly.Create("P.OddRecord").ToString());
        Assert.Equal("Vault { Pin = [MasterData] }", assembly.Create("P.Vault").ToString());
    }

    [Fact]
    public void A_public_property_whose_getter_reads_a_classified_member_prints_a_placeholder()
    {
        using var assembly = GeneratedAssembly.Build("""
            using Enefit.DataClassification;
            namespace E;
            public partial class Company
            {
                [MasterData] private string _name = "Enefit AS";
                [CommunicationData] private decimal _debt = 12m;
                [MarketingOnly] private string _hobby = "sailing";
                private string _city = "Tallinn";
                public string TradeName => _name;
                public decimal Debt { get { return this._debt; } }
                public string Legal { get => (_name); }
                public string City => _city;
                public string Upper => _name.ToUpperInvariant();
                public string Card { get { var text = $"{_name}, owes {_debt}"; return text; } }
                public string Pitch => _name + " likes " + _hobby;
                public int Letters => Other.Letters(_name);
                public string OtherName => Other.Default._name;
                public string Named => Describe(_name: _city);
                public string Sister => new Company()?._name ?? "";
                private static string Describe(string _name) => _name;
            }
            public sealed class Other
            {
                public static readonly Other Default = new();
                public string _name = "other";
                public static int Letters(string text) => text.Length;
            }
            """);

        // Read alone, after this., in an interpolation, a concatenation or a call: redacted; of several categories the
        // most restricted (§7.4). Read from another object, or a named argument's name: printed as it is.
        Assert.Equal(
            "Company { TradeName = [MasterData], Debt = [CommunicationData], Legal = [MasterData], City = Tallinn, "
            + "Upper = [MasterData], Card = [CommunicationData], Pitch = [MarketingOnly], Letters = [MasterData], "
            + "OtherName = other, Named = Tallinn, Sister = Enefit AS }",
            assembly.Create("E.Company").ToString());
    }

    [Fact]
    public void A_public_property_that_reaches_a_classified_member_through_its_own_methods_or_properties_prints_a_placeholder()
    {
        using var assembly = GeneratedAssembly.Build("""
            using Enefit.DataClassification;
            namespace E;
            public partial class Person
            {
                [MasterData] private string _first = "Mari";
                [MarketingOnly] private string _hobby = "sailing";
                private string _city = "Tartu";
                public string Greeting => Greet();
                public string Shout => this.Loud("!");
                public string Home => Echo(_city);
                public string Initial => FirstPart.Substring(0, 1);
                public string FirstPart => _first;
                public string Loop => Ping(2);
                public string Elsewhere => Other.Greet();
                private string Greet() => "Hello " + _first;
                private string Loud(string end) => Hobby() + end;
                private string Hobby() { return _hobby.ToUpperInvariant(); }
                private static string Echo(string _first) => _first;
                private string Ping(int n) => n > 0 ? Pong(n - 1) : _city;
                private string Pong(int n) => Ping(n);
            }
            public static class Other
            {
                public static string Greet() => "Tere";
            }
            """);

        // Through a method of its own (also after this., also two calls deep), or another property of its own: redacted.
        // A method's parameter hides the member of its name; calls that come back round are followed once; another
        // type's method of the same name is not followed.
        Assert.Equal(
            "Person { Greeting = [MasterData], Shout = [MarketingOnly], Home = Tartu, Initial = [MasterData], "
            + "FirstPart = [MasterData], Loop = Tartu, Elsewhere = Tere }",
            assembly.Create("E.Person").ToString());
    }

    [Fact]
    public void A_property_classified_through_its_interface_gets_accessors_and_an_override_is_left_to_its_base()
    {
        using var assembly = GeneratedAssembly.Build("""
            using Enefit.DataClassification;
            namespace I;
            public interface IContactable { [MasterData] string Email { get; } }
            public partial class Lead : IContactable { public string Email { get; set; } = "lead@example.com"; }
            public abstract partial class Party { [MasterData] public abstract string Name { get; } }
            public sealed partial class Company : Party
            {
                public override string Name => "Enefit";
                [CommunicationData] public decimal Turnover { get; set; } = 7m;
            }
            """);
        dynamic lead = assembly.Create("I.Lead");
        dynamic company = assembly.Create("I.Company");

        Assert.Equal("lead@example.com", (string)lead.GetEmail(Purpose.Billing));
        Assert.Equal("Enefit", (string)company.GetName(Purpose.Billing));
        Assert.Single(assembly.Type("I.Company").GetMethods(), method => method.Name == "GetName" && method.GetParameters()[0].ParameterType == typeof(Purpose));
        IReadOnlyList<PersonalDataEntry> entries = company.ExportPersonalData();
        Assert.Equal(new[] { "Name", "Turnover" }, entries.Select(entry => entry.MemberName));
    }

    [Fact]
    public void A_holder_whose_first_part_is_empty_gets_one_file_from_the_part_with_the_member()
    {
        var run = GeneratorHarness.Run(
            """
            using Enefit.DataClassification;
            namespace P;
            [MarketingOnly] public sealed class InterestProfile { }
            public partial class Prospect { }
            """,
            "namespace P; public partial class Prospect { public InterestProfile Profile { get; set; } = new(); }",
            "namespace P; public partial class Prospect { public int Visits { get; set; } }");

        Assert.Contains("GetProfile(global::Enefit.DataClassification.MarketingConsent consent)", run.Text("P.Prospect.DataClassification.g.cs"), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Problems(run.Output));
    }

    [Fact]
    public void What_the_user_wrote_is_not_generated_again()
    {
        var run = GeneratorHarness.Run(UserWrittenMembers);

        var own = run.Text("Own.DataClassification.g.cs");
        var ownRecord = run.Text("OwnRecord.DataClassification.g.cs");
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

        var text = run.Text("Duplicate.DataClassification.g.cs");
        Assert.DoesNotContain("GetEmail", text, StringComparison.Ordinal);
        Assert.Contains("public string GetPhone(global::Enefit.DataClassification.Purpose purpose)", text, StringComparison.Ordinal);
        Assert.Contains("new global::Enefit.DataClassification.PersonalDataEntry(\"_email\"", text, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Problems(run.Output));
    }

    [Fact]
    public void Accessors_of_less_visible_member_types_are_no_more_visible_than_the_type()
    {
        var run = GeneratorHarness.Run(KeywordsAndVisibility);

        var text = run.Text("K.Account.DataClassification.g.cs");
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
        var text = run.Text("Conflicted.DataClassification.g.cs");
        Assert.Contains("public string GetNotes(global::Enefit.DataClassification.MarketingConsent consent)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("GetNotes(global::Enefit.DataClassification.Purpose purpose)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csharp_7_3_project_gets_code_without_nullable_annotations_that_builds_cleanly()
    {
        var options = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3);
        var compilation = GeneratorHarness.Compile()
            .WithOptions(GeneratorHarness.Compile().Options.WithNullableContextOptions(NullableContextOptions.Disable))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                """
                using Enefit.DataClassification;
                namespace Legacy
                {
                    public partial class Customer
                    {
                        [SubjectId] public string Id { get; set; }
                        [MasterData] public string Email { get; set; }
                        public string Segment { get; set; }
                    }
                }
                """,
                options,
                "Source0.cs"));

        var run = GeneratorHarness.Run(compilation, options);

        Assert.DoesNotContain(run.Sources, source => source.Text.Contains("#nullable", StringComparison.Ordinal));
        Assert.Contains("+ (object)this.Segment\n", run.Text("Legacy.Customer.DataClassification.g.cs"), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Problems(run.Output));
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
