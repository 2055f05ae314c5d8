using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

/// <summary>
/// EDC0006 and EDC0009 run their flow once per body, from the first sink or store in it, yet every diagnostic must be
/// local to the file it lies in: the IDE shows non-local diagnostics only after a full analysis of the project, not as
/// the user types. Each diagnostic is reported once, by the sink or store that holds it.
/// </summary>
public sealed class FlowDiagnosticLocalityTests
{
    private const string Code = """
        using System;
        using Enefit.DataClassification;
        using Microsoft.Extensions.Logging;

        [AnonymousData]
        public class Stats
        {
            public string Region { get; set; } = "";
        }

        public class Service
        {
            public void Run(ILogger logger, Customer c, Stats stats)
            {
                var email = c.Email;
                logger.LogInformation("start");
                logger.LogInformation("{Email}", email);
                stats.Region = "x";
                stats.Region = email;
                logger.LogWarning("{Debt} {Email}", c.Debt, email);
                throw new InvalidOperationException("no " + email, new Exception(c.Email));
            }
        }
        """;

    [Fact]
    public async Task Every_flow_diagnostic_is_local_to_its_file_and_reported_once()
    {
        var compilation = TestCompilations.WithRuntime(
            "Locality",
            TestReferences.Telemetry,
            CSharpSyntaxTree.ParseText(Code, path: "Service.cs"),
            CSharpSyntaxTree.ParseText(LeakTestModel.Customer, path: "Customer.cs"));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ClassifiedDataLeakAnalyzer(), new AnonymousDataAnalyzer());

        var result = await compilation.WithAnalyzers(analyzers).GetAnalysisResultAsync(CancellationToken.None);

        var service = compilation.SyntaxTrees.Single(t => t.FilePath == "Service.cs");
        var local = result.SemanticDiagnostics[service].Values.SelectMany(d => d).ToList();
        Assert.Equal(
            [
                "EDC0006 email (16)", "EDC0009 email (18)", "EDC0006 c.Debt (19)", "EDC0006 email (19)",
                "EDC0006 \"no \" + email (20)", "EDC0006 c.Email (20)",
            ],
            local.OrderBy(d => d.Location.SourceSpan.Start)
                .Select(d => $"{d.Id} {service.GetText().ToString(d.Location.SourceSpan)} ({d.Location.GetLineSpan().StartLinePosition.Line})"));
        Assert.Empty(result.CompilationDiagnostics.Values.SelectMany(d => d));
    }
}
