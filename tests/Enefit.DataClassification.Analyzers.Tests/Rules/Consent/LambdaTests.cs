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
    public Task A_local_function_called_only_from_one_declared_after_it_starts_with_that_one_s_facts()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(Customer c)
                {
                    if (!Checks.Consented(c)) return;
                    Outer();

                    void Inner() => Use.It(c.Interests);
                    void Outer() => Inner();
                }

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Nested(Customer c)
                {
                    if (!Checks.Consented(c)) return;
                    Outer();

                    void Inner() => Use.It(c.Interests);
                    void Outer()
                    {
                        Deep();

                        void Deep() => Inner();
                    }
                }
            }
            """);

    [Fact]
    public Task A_local_function_also_called_before_the_check_by_one_declared_after_it_does_not_hold()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Careless(Customer c)
                {
                    Outer();
                    if (!Checks.Consented(c)) return;
                    Inner();

                    void Inner() => Use.It({|EDC0001:c.Interests|});
                    void Outer() => Inner();
                }

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void CarelessDeep(Customer c)
                {
                    Outer();
                    if (!Checks.Consented(c)) return;
                    Inner();

                    void Inner() => Use.It({|EDC0001:c.Interests|});
                    void Outer()
                    {
                        Deep();

                        void Deep() => Inner();
                    }
                }
            }
            """);

    [Fact]
    public Task Local_functions_that_call_one_another_start_with_the_facts_at_every_call_in_the_cycle_too()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(Customer c)
                {
                    if (!Checks.Consented(c)) return;
                    Ping(3);

                    void Ping(int n) { Use.It(c.Interests); if (n > 0) Pong(n - 1); }
                    void Pong(int n) { if (n > 0) Ping(n - 1); }
                }

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Careless(Customer c)
                {
                    Ping(3);

                    void Ping(int n) { Use.It({|EDC0001:c.Interests|}); if (n > 0) Pong(n - 1); }
                    void Pong(int n) { if (n > 0) Ping(n - 1); }
                }

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void EnteredBeforeTheCheckThroughTheOther(Customer c)
                {
                    Pong(3);
                    if (!Checks.Consented(c)) return;
                    Ping(3);

                    void Ping(int n) { Use.It({|EDC0001:c.Interests|}); if (n > 0) Pong(n - 1); }
                    void Pong(int n) { if (n > 0) Ping(n - 1); }
                }

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void CheckedInsideTheCycle(Customer c)
                {
                    Pong(3);

                    void Ping(int n) { Use.It(c.Interests); if (n > 0) Pong(n - 1); }
                    void Pong(int n) { if (n > 0 && Checks.Consented(c)) Ping(n - 1); }
                }

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void ThreeInACycleEnteredFromALambdaMadeBeforeTheCheck(Customer c)
                {
                    Action early = () => Two(0);
                    if (!Checks.Consented(c)) return;
                    Use.It(early);
                    One(3);

                    void One(int n) { Use.It({|EDC0001:c.Interests|}); if (n > 0) Two(n - 1); }
                    void Two(int n) { if (n > 0) Three(n - 1); }
                    void Three(int n) { if (n > 0) One(n - 1); }
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
