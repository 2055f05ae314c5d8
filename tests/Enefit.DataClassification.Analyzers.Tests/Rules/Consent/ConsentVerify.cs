using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Enefit.DataClassification.Analyzers.Tests.Rules.Consent;

/// <summary>
/// Runs an analyzer over test code plus a shared customer model (a second file with no markup). The test code gets
/// the usings every test needs, so each test shows only the code it is about.
/// </summary>
internal static class ConsentVerify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Enefit.DataClassification;

        """;

    /// <summary>The model: a client with one member of each category, a subject id and check members.</summary>
    public const string Model = """
        using System.Threading.Tasks;
        using Enefit.DataClassification;

        public partial class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData] public string Email { get; set; } = "";
            [CommunicationData] public decimal Debt { get; set; }
            [MarketingOnly] public string Interests { get; set; } = "";
            [MarketingOnly] public string Hobbies = "";
            public string Segment { get; set; } = "";
            [ConsentCheck] public bool AcceptsMarketing { get; set; }
            [ElectronicMarketingCheck] public bool AcceptsEmail { get; set; }
        }

        public static class Checks
        {
            [ConsentCheck] public static bool Consented(Customer c) => c.AcceptsMarketing;
            [ConsentCheck] public static Task<bool> ConsentedAsync(Customer c) => Task.FromResult(c.AcceptsMarketing);
            [ElectronicMarketingCheck] public static bool MayEmail(Customer c) => c.AcceptsEmail;
        }

        public static class Use
        {
            public static void It(object? value) { }
        }
        """;

    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<TAnalyzer>.Diagnostic(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = Usings + source };
        test.TestState.Sources.Add(("Model.cs", Model));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
