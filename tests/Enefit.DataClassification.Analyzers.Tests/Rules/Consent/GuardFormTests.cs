using Verify = Enefit.DataClassification.Analyzers.Tests.Rules.Consent.ConsentVerify<Enefit.DataClassification.Analyzers.Rules.ConsentAndPurposeAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules.Consent;

/// <summary>Every guard form the flow analysis understands, each holding and not holding, under a marketing purpose.</summary>
public sealed class GuardFormTests
{
    private static Task VerifyOffersAsync(string body)
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                private readonly IConsentRegistry registry = new InMemoryConsentRegistry();

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public async Task<string> Run(Customer c, List<Customer> all)
                {
                    await Task.Yield();

            """ + body + """

                    return "";
                }
            }
            """);

    [Fact]
    public Task If_else_holds_in_the_checked_branch_only()
        => VerifyOffersAsync(
            """
            if (registry.TryGetMarketingConsent(c.Id, out _))
            {
                Use.It(c.Email + c.Interests);
            }
            else
            {
                Use.It({|EDC0003:c.Email|} + {|EDC0001:c.Interests|});
            }
            """);

    [Fact]
    public Task A_check_on_one_branch_does_not_hold_after_the_merge()
        => VerifyOffersAsync(
            """
            if (c.Segment == "vip")
            {
                if (!registry.TryGetMarketingConsent(c.Id, out _)) return "";
                Use.It(c.Email);
            }

            Use.It({|EDC0003:c.Email|});
            """);

    [Fact]
    public Task Early_return_and_throw_hold_after_the_guard()
        => VerifyOffersAsync(
            """
            Use.It({|EDC0001:c.Interests|});
            if (!Checks.Consented(c)) throw new InvalidOperationException("no consent");
            Use.It(c.Interests);
            """);

    [Fact]
    public Task Continue_and_break_in_loops_hold_after_the_guard()
        => VerifyOffersAsync(
            """
            foreach (var other in all)
            {
                if (!registry.TryGetMarketingConsent(other.Id, out _)) continue;
                Use.It(other.Interests);
            }

            while (true)
            {
                if (Checks.Consented(c)) break;
                return "";
            }

            Use.It(c.Interests);
            """);

    [Fact]
    public Task And_also_holds_on_its_right_side_and_in_the_branch()
        => VerifyOffersAsync(
            """
            if (Checks.Consented(c) && c.Interests.Length > 0)
            {
                Use.It(c.Email);
            }

            if (c.Segment == "vip" && Checks.Consented(c))
            {
                Use.It(c.Email);
            }
            else
            {
                Use.It({|EDC0003:c.Email|});
            }
            """);

    [Fact]
    public Task Or_else_with_a_negated_check_guards_what_follows()
        => VerifyOffersAsync(
            """
            if (!Checks.Consented(c) || c.Interests.Length == 0)
            {
                return {|EDC0001:c.Interests|};
            }

            Use.It(c.Interests);
            """);

    [Fact]
    public Task Is_true_equals_true_and_not_false_hold_and_equals_false_is_the_other_way()
        => VerifyOffersAsync(
            """
            if (Checks.Consented(c) is true) Use.It(c.Email);
            if (Checks.Consented(c) == true) Use.It(c.Email);
            if (Checks.Consented(c) is not false) Use.It(c.Email);
            if (Checks.Consented(c) != false) Use.It(c.Email);
            if (Checks.Consented(c) == false) Use.It({|EDC0003:c.Email|});
            if (Checks.Consented(c) is false) return "";
            Use.It(c.Email);
            """);

    [Fact]
    public Task A_bool_local_assigned_from_a_check_guards_later()
        => VerifyOffersAsync(
            """
            var consented = registry.TryGetMarketingConsent(c.Id, out _);
            Use.It(c.Segment);
            if (consented)
            {
                Use.It(c.Interests);
            }

            var refused = !Checks.Consented(c);
            if (refused) return "";
            Use.It(c.Interests);
            """);

    [Fact]
    public Task A_bool_local_reassigned_before_the_test_proves_nothing()
        => VerifyOffersAsync(
            """
            var consented = registry.TryGetMarketingConsent(c.Id, out _);
            consented = c.Segment == "vip";
            if (consented)
            {
                Use.It({|EDC0001:c.Interests|});
            }
            """);

    [Fact]
    public Task Awaited_async_checks_hold_and_an_unawaited_task_does_not()
        => VerifyOffersAsync(
            """
            if (await registry.HasMarketingConsentAsync(c.Id))
            {
                Use.It(c.Interests);
            }

            if (await Checks.ConsentedAsync(c).ConfigureAwait(false))
            {
                Use.It(c.Interests);
            }

            var pending = Checks.ConsentedAsync(c);
            if (pending.Result)
            {
                Use.It({|EDC0001:c.Interests|});
            }

            var ok = await registry.HasMarketingConsentAsync(c.Id);
            if (!ok) return "";
            Use.It(c.Interests);
            """);

    [Fact]
    public Task Try_pattern_with_out_var_holds_when_true()
        => VerifyOffersAsync(
            """
            if (!registry.TryGetMarketingConsent(c.Id, out var consent))
            {
                Use.It({|EDC0001:c.Interests|});
                return "";
            }

            Use.It(consent.SubjectId + c.Interests);
            """);

    [Fact]
    public Task A_consent_check_property_of_the_subject_holds_also_in_patterns_and_through_null_conditional()
        => VerifyOffersAsync(
            """
            if (c.AcceptsMarketing) Use.It(c.Interests);
            if (c is { AcceptsMarketing: true }) Use.It(c.Interests);
            if (c is { Segment: "vip" } and { AcceptsMarketing: true }) Use.It(c.Interests);
            if (c is { Segment: "vip" } or { AcceptsMarketing: true }) Use.It({|EDC0001:c.Interests|});
            Use.It(c switch { { AcceptsMarketing: true } => c.Interests, _ => {|EDC0001:c.Interests|} });
            Customer? maybe = all.FirstOrDefault();
            if (maybe?.AcceptsMarketing == true) Use.It(maybe.Interests);
            if (maybe?.AcceptsMarketing != true) Use.It(maybe?{|EDC0001:.Interests|});
            """);

    [Fact]
    public Task An_electronic_check_is_not_a_consent_check()
        => VerifyOffersAsync(
            """
            if (c.AcceptsEmail && Checks.MayEmail(c)) Use.It({|EDC0001:c.Interests|});
            """);

    [Fact]
    public Task A_call_on_the_concrete_registry_and_an_overriding_check_count()
        => Verify.VerifyAsync(
            """
            public abstract class ConsentSource
            {
                [ConsentCheck] public abstract bool Allows(Customer c);
            }

            public sealed class CrmConsent : ConsentSource
            {
                public override bool Allows(Customer c) => c.AcceptsMarketing;
            }

            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedContent)]
                public void Run(Customer c, InMemoryConsentRegistry registry, CrmConsent crm)
                {
                    if (registry.TryGetMarketingConsent(c.Id, out _)) Use.It(c.Interests);
                    if (crm.Allows(c)) Use.It(c.Interests);
                    if (c.Segment.Length > 0) Use.It({|EDC0001:c.Interests|});
                }
            }
            """);

    [Fact]
    public Task A_marketing_consent_parameter_is_a_proof_the_caller_holds()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public string Build(Customer c, MarketingConsent consent) => c.Email + c.Interests;

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public string Without(Customer c) => {|EDC0003:c.Email|};
            }
            """);

    [Fact]
    public Task A_switch_on_the_check_and_try_catch_keep_the_facts_from_before()
        => VerifyOffersAsync(
            """
            if (!Checks.Consented(c)) return "";
            try
            {
                Use.It(c.Interests);
            }
            catch (InvalidOperationException)
            {
                Use.It(c.Interests);
            }
            finally
            {
                Use.It(c.Email);
            }

            switch (Checks.Consented(all[0]))
            {
                case true:
                    Use.It(all[0].Interests);
                    break;
            }
            """);

    [Fact]
    public Task The_proof_of_a_try_pattern_is_valid_exactly_when_the_check_returned_true()
        => VerifyOffersAsync(
            """
            registry.TryGetMarketingConsent(c.Id, out var consent);
            if (consent.IsValid) Use.It(c.Interests);
            if (!consent.IsValid) Use.It({|EDC0001:c.Interests|});
            consent = default;
            if (consent.IsValid) Use.It({|EDC0001:c.Interests|});
            """);

    [Fact]
    public Task A_check_whose_result_is_ignored_proves_nothing()
        => VerifyOffersAsync(
            """
            registry.TryGetMarketingConsent(c.Id, out _);
            Checks.Consented(c);
            Use.It({|EDC0001:c.Interests|});
            """);

    [Fact]
    public Task Query_syntax_with_a_check_in_where_holds()
        => VerifyOffersAsync(
            """
            var emails = from x in all where x.AcceptsMarketing orderby x.Id select x.Email;
            var raw = from x in all select {|EDC0003:x.Email|};
            Use.It(emails.Concat(raw));
            """);

    [Fact]
    public Task A_check_that_names_no_subject_proves_nothing()
        => Verify.VerifyAsync(
            """
            public static class Odd
            {
                [ConsentCheck] public static bool Always() => true;
                [ConsentCheck] public static bool Flag;
            }

            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(Customer c)
                {
                    if (Odd.Always() && Odd.Flag) Use.It({|EDC0001:c.Interests|});
                }
            }
            """);
}
