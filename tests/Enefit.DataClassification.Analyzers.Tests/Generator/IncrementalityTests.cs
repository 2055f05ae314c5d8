using System.Collections;
using System.Reflection;
using Enefit.DataClassification.Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Enefit.DataClassification.Analyzers.Tests.Generator;

/// <summary>
/// The pipeline stops where the input did not change: an unrelated edit leaves every named step cached or unchanged,
/// an edit to one classified type changes that type's model alone, and no step holds a symbol, syntax node, location,
/// semantic model or compilation (which would keep old compilations alive and defeat the caching).
/// </summary>
public sealed class IncrementalityTests
{
    private const string CustomerPath = "Customer.cs";
    private const string UnrelatedPath = "Unrelated.cs";
    private const string OthersPath = "Others.cs";
    private const string ProspectFile = "Shop.Prospect.DataClassification.g.cs";

    private const string Customer = """
        using Enefit.DataClassification;

        namespace Shop;

        public partial class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData(Kind = "user.contact.email")] public string Email { get; set; } = "";
            [MarketingOnly] public string Interests { get; set; } = "";
        }
        """;

    // Each source of the pipeline has a type: Contact's lead is communication data, Campaign's marketing-only, and
    // Prospect is found as a holder of a marketing-only type. (A step that yields nothing is not tracked at all.)
    private const string Others = """
        using Enefit.DataClassification;

        namespace Shop;

        public partial record Contact
        {
            [CommunicationData] public decimal Balance { get; init; }
            [MasterData] public string Phone { get; init; } = "";
        }

        [MarketingOnly]
        public sealed class InterestProfile
        {
            public string Topics { get; set; } = "";
        }

        public partial class Prospect
        {
            public InterestProfile Profile { get; set; } = new();
        }

        public partial class Campaign
        {
            [MarketingOnly] public string Audience { get; set; } = "";
        }
        """;

    private const string Unrelated = """
        namespace Shop;

        public partial class Invoice
        {
            public decimal Total { get; set; }
        }
        """;

    private static readonly IncrementalStepRunReason[] Untouched = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    [Fact]
    public void An_edit_in_an_unrelated_file_leaves_every_step_cached_or_unchanged()
    {
        var (first, second) = RunTwice(UnrelatedPath, Unrelated.Replace(
            "public decimal Total { get; set; }",
            "public decimal Total { get; set; }\n    public string Currency { get; set; } = \"EUR\";",
            StringComparison.Ordinal));

        Assert.Equal(5, first.Result.GeneratedSources.Length);
        foreach (var name in TrackingNames.All)
        {
            var outputs = Outputs(second, name);
            Assert.All(outputs, output => Assert.Contains(output.Reason, Untouched));
        }

        Assert.All(
            second.Result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void An_edit_to_a_classified_member_modifies_that_type_alone()
    {
        var (_, second) = RunTwice(CustomerPath, Customer.Replace("user.contact.email", "user.contact.email.work", StringComparison.Ordinal));

        var modified = TrackingNames.TypeSteps
            .SelectMany(name => Outputs(second, name))
            .Where(output => output.Reason == IncrementalStepRunReason.Modified)
            .Select(output => Assert.IsType<TypeSpec>(output.Value))
            .ToList();

        Assert.NotEmpty(modified);
        Assert.All(modified, type => Assert.Equal("Shop.Customer.DataClassification.g.cs", type.HintName));
        Assert.Contains(Outputs(second, TrackingNames.Catalog), output => output.Reason == IncrementalStepRunReason.Modified);

        var others = TrackingNames.TypeSteps
            .SelectMany(name => Outputs(second, name))
            .Where(output => output.Value is TypeSpec { HintName: not "Shop.Customer.DataClassification.g.cs" })
            .ToList();
        // Contact and Campaign pass a member step and a type step each; Prospect, from the holder search, one type step.
        Assert.Equal(2 + 2 + 1, others.Count);
        Assert.All(others, output => Assert.Contains(output.Reason, Untouched));

        // Only Customer's file and the catalog are written again.
        var rewritten = second.Result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs)
            .Where(output => output.Reason != IncrementalStepRunReason.Cached);
        Assert.Equal(2, rewritten.Count());
    }

    [Fact]
    public void Reclassifying_a_type_in_another_file_updates_the_types_that_hold_it()
    {
        var (first, second) = RunTwice(OthersPath, Others.Replace("[MarketingOnly]\npublic sealed class", "[MasterData]\npublic sealed class", StringComparison.Ordinal));

        Assert.DoesNotContain("GetProfile(global::Enefit.DataClassification.Purpose purpose)", first.Text(ProspectFile), StringComparison.Ordinal);
        Assert.Contains("GetProfile(global::Enefit.DataClassification.Purpose purpose)", second.Text(ProspectFile), StringComparison.Ordinal);
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_node_location_semantic_model_or_compilation()
    {
        var (first, second) = RunTwice(CustomerPath, Customer.Replace("Interests", "Hobbies", StringComparison.Ordinal));
        var walker = new ForbiddenObjectWalker();

        foreach (var run in new[] { first, second })
        {
            foreach (var name in TrackingNames.All)
            {
                foreach (var output in Outputs(run, name))
                {
                    walker.Walk(output.Value, name);
                }
            }
        }

        Assert.Empty(walker.Found);
        Assert.True(walker.TypeSpecsSeen >= 4, $"the walk saw {walker.TypeSpecsSeen} type models, not the four types");
    }

    [Fact]
    public void The_walk_finds_a_compilation_and_a_symbol_hidden_in_a_nested_value()
    {
        var compilation = GeneratorHarness.Compile("public class C { }");
        var walker = new ForbiddenObjectWalker();

        walker.Walk((1, new object[] { "text", compilation }), "tuple");
        walker.Walk(new List<ISymbol> { compilation.GetTypeByMetadataName("C")! }, "list");

        Assert.Equal(2, walker.Found.Count);
    }

    private static (GeneratorRun First, GeneratorRun Second) RunTwice(string editedPath, string editedText)
    {
        var compilation = CSharpCompilation.Create(
            "Incremental",
            new[]
            {
                GeneratorHarness.Parse(Customer, CustomerPath),
                GeneratorHarness.Parse(Others, OthersPath),
                GeneratorHarness.Parse(Unrelated, UnrelatedPath),
            },
            GeneratorHarness.Compile().References,
            GeneratorHarness.Compile().Options);
        var first = GeneratorHarness.Run(compilation);

        var oldTree = compilation.SyntaxTrees.Single(tree => tree.FilePath == editedPath);
        Assert.NotEqual(oldTree.ToString(), editedText);
        var edited = compilation.ReplaceSyntaxTree(oldTree, GeneratorHarness.Parse(editedText, editedPath));
        var driver = first.Driver.RunGeneratorsAndUpdateCompilation(edited, out var output, out var diagnostics);
        return (first, new GeneratorRun(driver, output, diagnostics, driver.GetRunResult().Results.Single()));
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string stepName)
    {
        Assert.True(run.Result.TrackedSteps.TryGetValue(stepName, out var steps), $"step {stepName} was not tracked: {string.Join(", ", run.Result.TrackedSteps.Keys)}");
        return steps.SelectMany(step => step.Outputs);
    }

    /// <summary>Walks an object graph through every field, array and collection, recording the forbidden objects it meets.</summary>
    private sealed class ForbiddenObjectWalker
    {
        private static readonly Type[] Forbidden =
        {
            typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SemanticModel), typeof(Compilation), typeof(SyntaxTree),
        };

        private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);

        public List<string> Found { get; } = new();

        public int TypeSpecsSeen { get; private set; }

        public void Walk(object? value, string path)
        {
            if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
            {
                return;
            }

            var type = value.GetType();
            if (!type.IsValueType && !_seen.Add(value))
            {
                return;
            }

            if (Forbidden.Any(forbidden => forbidden.IsAssignableFrom(type)))
            {
                Found.Add($"{path}: {type.FullName}");
                return;
            }

            if (value is TypeSpec)
            {
                TypeSpecsSeen++;
            }

            if (value is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{index++}]");
                }
            }

            for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    Walk(field.GetValue(value), $"{path}.{field.Name}");
                }
            }
        }
    }
}
