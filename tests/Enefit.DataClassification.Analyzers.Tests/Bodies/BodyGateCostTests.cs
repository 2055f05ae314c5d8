using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.ConsentFlow;
using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using static Enefit.DataClassification.Analyzers.Tests.Rules.LeakTestModel;

namespace Enefit.DataClassification.Analyzers.Tests.Bodies;

/// <summary>
/// A body whose tokens name no way to client data is never bound: neither the consent rules nor EDC0006 ask for its
/// operation tree, however much it logs or computes. The one body that reads client data is bound, once per rule.
/// </summary>
public sealed class BodyGateCostTests
{
    private const string Services = """
        using System;
        using System.Linq;
        using Microsoft.Extensions.Logging;

        public class Workflow
        {
            private readonly ILogger _logger;

            public Workflow(ILogger logger) => _logger = logger;

            public int Total(int[] counts) => counts.Sum();

            public void Report(string region, int total)
            {
                var message = $"{total} orders in {region}";
                _logger.LogInformation("{Message}", message);
                Console.WriteLine(message);
            }

            public string Describe(object value) => value.ToString() ?? "";
        }

        public class Mailer
        {
            public void Send(ILogger logger, Customer c) => logger.LogInformation("{Email}", c.Email);
        }
        """;

    [Fact]
    public async Task EDC0006_binds_only_the_body_that_names_client_data()
    {
        var analyzer = new ClassifiedDataLeakAnalyzer();
        var diagnostics = await AnalyzeAsync(analyzer);

        Assert.Equal("EDC0006", Assert.Single(diagnostics).Id);
        Assert.Equal(1, analyzer.Statistics.BodiesBound);
    }

    [Fact]
    public async Task The_consent_rules_bind_only_the_body_that_names_client_data()
    {
        var analyzer = new ConsentAndPurposeAnalyzer();
        var diagnostics = await AnalyzeAsync(analyzer);

        // Mailer declares no purpose: EDC0004 at the read.
        Assert.Equal("EDC0004", Assert.Single(diagnostics).Id);
        Assert.Equal(1, analyzer.Statistics.BodiesBound);
    }

    [Fact]
    public async Task EDC0007_binds_a_target_typed_new_or_default_only_where_the_written_type_may_be_a_proof()
    {
        const string outbox = """
            using System.Collections.Generic;
            using System.Threading;
            using Enefit.DataClassification;

            public class Outbox
            {
                private readonly List<string> _sent = new();
                private int _count = default;
                private object _gate = new();
                private MarketingConsent _consent = default;

                public Dictionary<string, int> Totals { get; } = new();

                public int Wait(CancellationToken token = default)
                {
                    List<int> pending = new();
                    string? last = default;
                    return pending.Count + _sent.Count + _count + (last?.Length ?? 0) + _gate.GetHashCode();
                }
            }
            """;
        var analyzer = new HandMadeProofAnalyzer();
        var diagnostics = await AnalyzeAsync(analyzer, outbox);

        Assert.Equal("EDC0007", Assert.Single(diagnostics).Id);
        Assert.Equal(1, analyzer.Statistics.NodesBound);
    }

    [Fact]
    public async Task Without_the_runtime_library_nothing_is_bound()
    {
        var analyzer = new ClassifiedDataLeakAnalyzer();
        var compilation = CSharpCompilation.Create(
            "NoRuntime",
            new[] { CSharpSyntaxTree.ParseText(Services + "\npublic class Customer { public string Email { get; set; } = \"\"; }") },
            TestReferences.Framework.Concat(TestReferences.Telemetry),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer)).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(diagnostics);
        Assert.Equal(0, analyzer.Statistics.BodiesBound);
    }

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(DiagnosticAnalyzer analyzer) => AnalyzeAsync(analyzer, Services);

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(DiagnosticAnalyzer analyzer, string services)
    {
        var compilation = TestCompilations.WithRuntime("Gate", TestReferences.Telemetry, services, Customer);
        return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();
    }
}
