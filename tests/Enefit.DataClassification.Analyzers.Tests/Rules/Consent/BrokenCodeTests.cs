using Enefit.DataClassification.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;

namespace Enefit.DataClassification.Analyzers.Tests.Rules.Consent;

/// <summary>Half-typed code, as in the IDE: the analyzers never throw and judge what they can.</summary>
public sealed class BrokenCodeTests
{
    private const string Broken = """
        public class Editing
        {
            [ProcessingPurpose()]
            public void NoPurposeValue(Customer c) => Use.It({|EDC0004:c.Email|});

            [ProcessingPurpose(Purpose.PersonalizedOffers)]
            public void HalfTyped(Customer c, IConsentRegistry registry, Mailer mailer)
            {
                if (registry.TryGetMarketingConsent(c.
                Use.It(c.Missing + {|EDC0001:c.Interests|});
                var (a, b) = c;
                Use.It(mailer.SendOffer(c, undefinedText));
                Func<string> f = () => ;
                {|EDC0005:mailer.SendOffer(c, c.Segment)|};
                foreach (var x in undefined.Where(y => y.AcceptsMarketing)) Use.It(x.Interests);
                Local(
                void Local(MarketingConsent consent) => Use.It(c.Interests);
            }
        }

        public class Mailer
        {
            [ElectronicMarketingSend] public void SendOffer(Customer to, string text) { }
        }
        """;

    [Fact]
    public Task The_consent_analyzer_survives_half_typed_code()
        => RunAsync<ConsentAndPurposeAnalyzer>(Broken.Replace("{|EDC0005:mailer.SendOffer(c, c.Segment)|}", "mailer.SendOffer(c, c.Segment)"));

    [Fact]
    public Task The_send_analyzer_survives_half_typed_code()
        => RunAsync<ElectronicMarketingSendAnalyzer>(Broken.Replace("{|EDC0004:c.Email|}", "c.Email").Replace("{|EDC0001:c.Interests|}", "c.Interests"));

    private static Task RunAsync<TAnalyzer>(string source)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new Verifiers.AnalyzerVerifier<TAnalyzer>.Test
        {
            TestCode = ConsentVerify<TAnalyzer>.Usings + source,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.TestState.Sources.Add(("Model.cs", ConsentVerify<TAnalyzer>.Model));
        return test.RunAsync();
    }
}
