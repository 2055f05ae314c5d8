using Enefit.DataClassification.Analyzers.Generator;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Tests.Generator;

/// <summary>
/// The syntax filter of the second path (types classified without an attribute on their members) lets through only
/// the partial types that may be classified so, and every one of them: the filter runs on every type of every edit.
/// </summary>
public sealed class HolderCandidateTests
{
    [Theory]
    [InlineData("public partial class C { public string Name { get; set; } = \"\"; public int? Age { get; set; } private readonly object[] _items = []; }")]
    [InlineData("public partial class C { public int Count; public void Run() { } }")]
    [InlineData("public class C { public InterestProfile Profile { get; set; } }")]
    public void A_type_that_cannot_be_classified_without_attributes_is_filtered_out(string declaration)
        => Assert.False(Parser.IsHolderCandidate(TypeIn(declaration)));

    [Theory]
    [InlineData("public partial class C { public InterestProfile Profile { get; set; } }")]
    [InlineData("public partial class C { public InterestProfile[]? Profiles; }")]
    [InlineData("public partial class C : Party { public override string Name => \"\"; }")]
    [InlineData("public partial class C { public override string Name => \"\"; }")]
    [InlineData("public partial class C : IContactable { }")]
    [InlineData("public partial class C { string IContactable.Email => \"\"; }")]
    [InlineData("public partial record C([property: MasterData] string Email);")]
    public void A_type_that_may_be_classified_without_attributes_is_a_candidate(string declaration)
        => Assert.True(Parser.IsHolderCandidate(TypeIn(declaration)));

    [Fact]
    public void A_property_in_one_part_implementing_a_classified_interface_property_named_in_another_gets_accessors()
    {
        var run = GeneratorHarness.Run(
            """
            using Enefit.DataClassification;
            namespace L;
            public interface IContactable { [MasterData] string Email { get; } }
            public partial class Lead : IContactable { }
            """,
            "namespace L; public partial class Lead { public string Email { get; set; } = \"\"; }");

        Assert.Contains("GetEmail(global::Enefit.DataClassification.Purpose purpose)", run.Text("L.Lead.DataClassification.g.cs"), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Problems(run.Output));
    }

    [Fact]
    public void The_search_reads_the_file_its_namespaces_and_nested_types_and_lists_candidates_as_written()
    {
        var root = CSharpSyntaxTree.ParseText(
            """
            public partial record First([property: MasterData] string Name);
            namespace A
            {
                public partial class Outer : System.IDisposable
                {
                    public void Dispose() { }
                    public partial class Inner { public Money Amount { get; set; } }
                }
                namespace B { public partial struct Deep { public Money Amount; } }
            }
            public class NotPartial { public Money Amount { get; set; } }
            public partial class Plain { public string Name { get; set; } = ""; }
            """).GetRoot();

        Assert.Equal(
            new[] { "First", "Outer", "Inner", "Deep" },
            HolderSearch.CandidatesIn(root).Select(type => type.Identifier.ValueText));
    }

    [Fact]
    public void A_holder_nested_in_a_type_in_a_file_scoped_namespace_gets_accessors_and_a_clean_type_none()
    {
        var run = GeneratorHarness.Run(
            """
            using Enefit.DataClassification;
            namespace N;
            [MarketingOnly] public sealed class InterestProfile { }
            public partial class Outer
            {
                public partial class Inner { public InterestProfile Profile { get; set; } = new(); }
                public partial class Clean { public System.Uri? Site { get; set; } }
            }
            """);

        Assert.Contains("GetProfile(global::Enefit.DataClassification.MarketingConsent consent)", run.Text("N.Outer+Inner.DataClassification.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Result.GeneratedSources, source => source.HintName.Contains("Clean", StringComparison.Ordinal));
        Assert.Empty(GeneratorHarness.Problems(run.Output));
    }

    private static TypeDeclarationSyntax TypeIn(string declaration)
        => CSharpSyntaxTree.ParseText(declaration).GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>().First();
}
