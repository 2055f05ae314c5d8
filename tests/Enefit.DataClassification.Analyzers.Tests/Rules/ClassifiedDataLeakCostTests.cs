using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using static Enefit.DataClassification.Analyzers.Tests.Rules.LeakTestModel;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

/// <summary>
/// What EDC0006 costs: a body that calls a log gets a control-flow graph only when it also has a source of client data
/// (a classified member or parameter read, a value whose type prints one), because without one nothing in it can leak.
/// </summary>
public sealed class ClassifiedDataLeakCostTests
{
    [Fact]
    public async Task A_body_that_logs_only_clean_values_builds_no_graph()
    {
        var analyzer = new ClassifiedDataLeakAnalyzer();
        var diagnostics = await AnalyzeAsync(analyzer, """
            public class Service
            {
                public void Run(ILogger logger, int[] counts, string region)
                {
                    var total = 0;
                    foreach (var count in counts) total += count;
                    var message = $"{total} orders in {region}";
                    logger.LogInformation("{Message}", message);
                    Console.WriteLine(total);
                }
            }
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(0, analyzer.Statistics.GraphsBuilt);
    }

    [Fact]
    public async Task A_body_that_logs_classified_data_builds_one_graph()
    {
        var analyzer = new ClassifiedDataLeakAnalyzer();
        var diagnostics = await AnalyzeAsync(analyzer, """
            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    var message = $"Mail to {c.Email}";
                    logger.LogInformation("{Message}", message);
                }
            }
            """);

        Assert.Equal("EDC0006", Assert.Single(diagnostics).Id);
        Assert.Equal(1, analyzer.Statistics.GraphsBuilt);
    }

    [Fact]
    public async Task A_body_that_reads_client_data_and_logs_a_clean_value_builds_a_graph_and_reports_nothing()
    {
        var analyzer = new ClassifiedDataLeakAnalyzer();
        var diagnostics = await AnalyzeAsync(analyzer, """
            public class Service
            {
                public void Run(ILogger logger, Customer c, int count)
                {
                    var email = c.Email;
                    logger.LogInformation("{Count} for {Region}", count, c.Region);
                }
            }
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(1, analyzer.Statistics.GraphsBuilt);
    }

    [Fact]
    public async Task A_body_that_reads_client_data_without_logging_builds_no_graph()
    {
        var analyzer = new ClassifiedDataLeakAnalyzer();
        var diagnostics = await AnalyzeAsync(analyzer, """
            public class Service
            {
                public string Run(Customer c) => c.Email + c.Region;
            }
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(0, analyzer.Statistics.GraphsBuilt);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(DiagnosticAnalyzer analyzer, string source)
    {
        var compilation = TestCompilations.WithRuntime(
            "Cost", TestReferences.Telemetry, "using System;\nusing Microsoft.Extensions.Logging;\n" + source, Customer);
        return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();
    }
}
