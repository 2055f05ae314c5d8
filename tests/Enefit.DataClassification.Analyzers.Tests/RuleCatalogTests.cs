using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Analyzers.Tests;

/// <summary>
/// The descriptor table, the rule pages and release tracking describe the same rules: a rule cannot be added,
/// renamed or dropped in one place only.
/// </summary>
public sealed class RuleCatalogTests
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();

    public static TheoryData<string> RuleIds => new(Descriptors().Select(d => d.Id));

    [Fact]
    public void The_table_holds_EDC0001_to_EDC0012_once_each()
        => Assert.Equal(
            Enumerable.Range(1, 12).Select(n => $"EDC{n:0000}"),
            Descriptors().Select(d => d.Id).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_has_a_doc_page_with_its_title_examples_and_severity_setting(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var page = Path.Combine(RepositoryRoot, "docs", "rules", id + ".md");

        Assert.True(File.Exists(page), $"{id} has no page at docs/rules/{id}.md");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text, StringComparison.Ordinal);
        Assert.Contains("## Wrong", text, StringComparison.Ordinal);
        Assert.Contains("## Right", text, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", text, StringComparison.Ordinal);
        Assert.Equal(DiagnosticDescriptors.HelpLink(id), descriptor.HelpLinkUri);
        Assert.EndsWith($"/docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_is_tracked_for_release_with_its_category_and_severity(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var tracking = File.ReadAllLines(Path.Combine(RepositoryRoot, "src", "Enefit.DataClassification.Analyzers", "AnalyzerReleases.Unshipped.md"));

        var line = Assert.Single(tracking, l => l.StartsWith(id + " ", StringComparison.Ordinal));
        var cells = line.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(descriptor.Category, cells[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_is_reported_by_exactly_one_analyzer(string id)
        => Assert.Single(ProductAnalyzers(), a => a.SupportedDiagnostics.Any(d => d.Id == id));

    [Fact]
    public void Every_page_in_docs_rules_belongs_to_a_rule_of_the_table()
        => Assert.Equal(
            Descriptors().Select(d => d.Id).Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "docs", "rules"), "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));

    private static IReadOnlyList<DiagnosticDescriptor> Descriptors()
        => typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

    private static IEnumerable<DiagnosticAnalyzer> ProductAnalyzers()
        => typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    private static string FindRepositoryRoot([CallerFilePath] string thisFile = "")
    {
        for (var directory = Path.GetDirectoryName(thisFile); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Enefit.DataClassification.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + thisFile);
    }
}
