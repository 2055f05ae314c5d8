using Verify = Enefit.DataClassification.Analyzers.Tests.Rules.Consent.ConsentVerify<Enefit.DataClassification.Analyzers.Rules.ConsentAndPurposeAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules.Consent;

/// <summary>Whose consent was checked and whose data is read: EDC0008, reassignment, and unknown subjects.</summary>
public sealed class SubjectTests
{
    [Fact]
    public Task Consent_checked_for_one_client_and_data_read_of_another_is_EDC0008_alone_with_both_names()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public string Run(Customer a, Customer b, IConsentRegistry registry)
                {
                    if (!registry.TryGetMarketingConsent(a.Id, out _)) return "";
                    return a.Interests + {|#0:b.Interests|} + {|#1:b.Email|};
                }
            }
            """,
            Verify.Diagnostic("EDC0008").WithLocation(0)
                .WithArguments("Customer.Interests", "marketing-only", "b", "purpose PersonalizedOffers (§7.3.2)", "a"),
            Verify.Diagnostic("EDC0008").WithLocation(1)
                .WithArguments("Customer.Email", "master", "b", "purpose PersonalizedOffers (§7.3.2)", "a"));

    [Fact]
    public Task The_id_local_is_the_subject_when_it_comes_from_the_client()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(Customer a, Customer b, string otherId, IConsentRegistry registry)
                {
                    var id = a.Id;
                    if (registry.TryGetMarketingConsent(id, out _))
                    {
                        Use.It(a.Interests + {|EDC0008:b.Interests|});
                    }

                    if (registry.TryGetMarketingConsent(otherId, out _))
                    {
                        Use.It({|EDC0008:a.Email|});
                    }
                }
            }
            """);

    [Fact]
    public Task Reassigning_the_checked_variable_kills_the_fact()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(Customer c, Customer next, IConsentRegistry registry)
                {
                    if (!registry.TryGetMarketingConsent(c.Id, out _)) return;
                    Use.It(c.Interests);
                    c = next;
                    Use.It({|EDC0001:c.Interests|} + {|EDC0003:c.Email|});
                }
            }
            """);

    [Fact]
    public Task Reassigning_the_id_local_kills_the_fact_too()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(Customer c, IConsentRegistry registry)
                {
                    var id = c.Id;
                    var ok = registry.TryGetMarketingConsent(id, out _);
                    id = "someone else";
                    if (ok) Use.It(c.Interests);
                    c = new Customer();
                    if (ok) Use.It({|EDC0001:c.Interests|});
                }
            }
            """);

    [Fact]
    public Task An_unknown_subject_on_either_side_lets_the_check_count()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(Customer c, Customer[] all, IConsentRegistry registry)
                {
                    if (registry.TryGetMarketingConsent(Load().Id, out _))
                    {
                        Use.It(c.Interests);
                    }

                    if (registry.TryGetMarketingConsent(c.Id, out _))
                    {
                        Use.It(all[0].Interests + Load().Email);
                    }
                }

                private static Customer Load() => new();
            }
            """);

    [Fact]
    public Task Fields_and_this_are_subjects()
        => Verify.VerifyAsync(
            """
            public partial class Customer
            {
                [ProcessingPurpose(Purpose.PersonalizedContent)]
                public string Pitch(Customer other) => AcceptsMarketing ? Interests + {|EDC0008:other.Interests|} : "";

                [ProcessingPurpose(Purpose.PersonalizedContent)]
                public string Own(IConsentRegistry registry) => registry.TryGetMarketingConsent(Id, out _) ? Interests + this.Hobbies : "";

                [ProcessingPurpose(Purpose.PersonalizedContent)]
                public string Theirs(IConsentRegistry registry, Customer other)
                    => registry.TryGetMarketingConsent(other.Id, out _) ? other.Interests + {|EDC0008:Interests|} : "";
            }

            public class Session
            {
                private Customer _current = new();
                private Customer _previous = new();

                [ProcessingPurpose(Purpose.PersonalizedContent)]
                public string Pitch()
                {
                    if (!_current.AcceptsMarketing) return "";
                    var result = _current.Interests + {|EDC0008:_previous.Interests|};
                    _current = _previous;
                    return result + {|EDC0001:_current.Interests|};
                }
            }
            """);

    [Fact]
    public Task A_copy_of_the_checked_variable_is_the_same_client()
        => Verify.VerifyAsync(
            """
            public class Offers
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public string Run(Customer c)
                {
                    var same = c;
                    return Checks.Consented(same) ? c.Interests : "";
                }
            }
            """);
}
