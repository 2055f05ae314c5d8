using System.Collections.Immutable;
using System.Text;
using Enefit.DataClassification.Analyzers.ConsentFlow;
using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.Analyzers.Symbols;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Enefit.DataClassification.Analyzers.Tests.Rules.Consent;

/// <summary>
/// What the flow analysis costs: no graph for a body without a read that needs consent, no stack for huge or deeply
/// nested bodies, and a prompt stop on cancellation.
/// </summary>
public sealed class FlowCostTests
{
    [Fact]
    public async Task A_thousand_line_body_without_a_read_that_needs_consent_builds_no_graph()
    {
        var analyzer = new ConsentAndPurposeAnalyzer();
        var body = Repeat(1000, i => $"total += i{i % 7} * {i} + c.Segment.Length;");
        var diagnostics = await AnalyzeAsync(analyzer, Method("[ProcessingPurpose(Purpose.Billing)]", body + "Use.It(c.Email);"));

        Assert.Empty(diagnostics);
        Assert.Equal(0, analyzer.Statistics.GraphsBuilt);
    }

    [Fact]
    public async Task The_same_body_with_one_read_that_needs_consent_builds_one_graph()
    {
        var analyzer = new ConsentAndPurposeAnalyzer();
        var body = Repeat(1000, i => $"total += i{i % 7} * {i} + c.Segment.Length;");
        var diagnostics = await AnalyzeAsync(analyzer, Method("[ProcessingPurpose(Purpose.Billing)]", body + "Use.It(c.Email);", "[ProcessingPurpose(Purpose.PersonalizedOffers)]"));

        Assert.Equal("EDC0003", Assert.Single(diagnostics).Id);
        Assert.Equal(1, analyzer.Statistics.GraphsBuilt);
    }

    [Fact]
    public async Task The_send_analyzer_builds_a_graph_only_for_a_body_with_a_send()
    {
        var analyzer = new ElectronicMarketingSendAnalyzer();
        var body = Repeat(1000, i => $"total += i{i % 7} * {i} + c.Segment.Length;");
        var diagnostics = await AnalyzeAsync(analyzer, Method(string.Empty, body) + Method(string.Empty, "new Mailer().Send(c);").Replace("class Work", "class Other")
            + "public class Mailer { [ElectronicMarketingSend] public void Send(Customer c) { } }");

        Assert.Equal("EDC0005", Assert.Single(diagnostics).Id);
        Assert.Equal(1, analyzer.Statistics.GraphsBuilt);
    }

    [Fact]
    public async Task Ten_thousand_statements_after_a_guard_are_analysed_without_recursion()
    {
        var body = "Use.It(c.Interests); if (!Checks.Consented(c)) return; "
            + Repeat(10_000, i => $"total += c.Interests.Length + {i};");
        var diagnostics = await AnalyzeAsync(new ConsentAndPurposeAnalyzer(), Method(string.Empty, body, "[ProcessingPurpose(Purpose.MarketingAnalysis)]"));

        var single = Assert.Single(diagnostics);
        Assert.Equal("EDC0001", single.Id);
        Assert.Equal("c.Interests", single.Location.SourceTree!.GetText().ToString(single.Location.SourceSpan));
    }

    [Fact]
    public async Task Five_hundred_nested_ifs_keep_the_guard_at_the_bottom()
    {
        var guarded = "if (Checks.Consented(c)) {" + Nest(500, "Use.It(c.Interests);") + "}";
        var unguarded = Nest(500, "Use.It(c.Interests);");
        var diagnostics = await AnalyzeAsync(new ConsentAndPurposeAnalyzer(), Method(string.Empty, guarded + unguarded, "[ProcessingPurpose(Purpose.MarketingAnalysis)]"));

        Assert.Equal("EDC0001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_cancelled_token_stops_the_analysis()
    {
        var compilation = Compile(Method(string.Empty, "if (Checks.Consented(c)) Use.It(c.Interests);", string.Empty));
        var tree = compilation.SyntaxTrees.First();
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Offer");
        var graph = ControlFlowGraph.Create(method, compilation.GetSemanticModel(tree))!;
        var analysis = new FlowAnalysis(new CheckMembers(KnownSymbols.TryCreate(compilation)!));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => analysis.Run(graph, compilation.GetSymbolsWithName("Offer").Single(), new NoObserver(), cancelled.Token));
    }

    private static string Method(string typeAttribute, string body, string methodAttribute = "")
        => typeAttribute + $$"""
            public class Work
            {
                {{methodAttribute}}
                public void Offer(Customer c, int i0, int i1, int i2, int i3, int i4, int i5, int i6)
                {
                    var total = 0;
                    {{body}}
                    Use.It(total);
                }
            }
            """;

    private static string Repeat(int count, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.AppendLine(line(i));
        }

        return text.ToString();
    }

    private static string Nest(int depth, string innermost)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append("if (i").Append(i % 7).Append(" > ").Append(i).Append(") { ");
        }

        text.Append(innermost);
        text.Append('}', depth);
        return text.ToString();
    }

    private static CSharpCompilation Compile(string source)
        => TestCompilations.WithRuntime(
            "Cost", ConsentVerify<ConsentAndPurposeAnalyzer>.Usings + source, ConsentVerify<ConsentAndPurposeAnalyzer>.Model);

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(DiagnosticAnalyzer analyzer, string source)
        => await Compile(source).WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();

    private sealed class NoObserver : IFlowObserver
    {
        public void Observe(IOperation operation, FlowState state, GraphScope scope)
        {
        }
    }
}
