using Verify = Enefit.DataClassification.Analyzers.Tests.Rules.Consent.ConsentVerify<Enefit.DataClassification.Analyzers.Rules.ConsentAndPurposeAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules.Consent;

/// <summary>Lambdas start with the facts where they are made; local functions with those at every call.</summary>
public sealed class LambdaTests
{
    [Fact]
    public Task A_lambda_made_after_the_check_holds_and_one_made_before_does_not()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(Customer c)
                {
                    Func<string> early = () => {|EDC0001:c.Interests|};
                    if (!Checks.Consented(c)) return;
                    Func<string> late = () => c.Interests;
                    Use.It(early);
                    Use.It(late);
                }
            }
            """);

    [Fact]
    public Task A_check_inside_the_lambda_holds_inside_it()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(List<Customer> all)
                {
                    all.ForEach(c =>
                    {
                        if (Checks.Consented(c)) Use.It(c.Interests);
                        Use.It({|EDC0001:c.Interests|});
                    });
                }
            }
            """);

    [Fact]
    public Task A_local_function_called_only_after_the_check_holds()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(Customer c)
                {
                    if (!Checks.Consented(c)) return;
                    Print();
                    Print();

                    void Print() => Use.It(c.Interests);
                }

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Careless(Customer c)
                {
                    Print();
                    if (Checks.Consented(c)) Print();

                    void Print() => Use.It({|EDC0001:c.Interests|});
                }
            }
            """);

    [Fact]
    public Task A_proof_parameter_of_a_lambda_or_local_function_is_a_proof()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(Customer c)
                {
                    Func<MarketingConsent, string> build = consent => c.Interests;
                    Use.It(build);
                    Use.It(Local(default));

                    static string Local(MarketingConsent consent) => consent.SubjectId;
                }
            }
            """);
}
