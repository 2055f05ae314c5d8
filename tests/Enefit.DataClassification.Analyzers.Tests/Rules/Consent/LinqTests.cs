using Verify = Enefit.DataClassification.Analyzers.Tests.Rules.Consent.ConsentVerify<Enefit.DataClassification.Analyzers.Rules.ConsentAndPurposeAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules.Consent;

/// <summary>A Where with a consent check makes the elements consented, through chains, lambdas and loops.</summary>
public sealed class LinqTests
{
    private static Task VerifyQueryAsync(string body)
        => Verify.VerifyAsync(
            """
            public class Campaign
            {
                private readonly IConsentRegistry registry = new InMemoryConsentRegistry();

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(List<Customer> customers, IQueryable<Customer> query)
                {

            """ + body + """

                }
            }
            """);

    [Fact]
    public Task Where_with_a_check_makes_select_lambdas_consented_and_a_plain_where_does_not()
        => VerifyQueryAsync(
            """
            Use.It(customers.Where(c => registry.TryGetMarketingConsent(c.Id, out _)).Select(c => c.Interests));
            Use.It(customers.Where(c => c.Segment == "vip").Select(c => {|EDC0001:c.Interests|}));
            Use.It(customers.Select(c => {|EDC0003:c.Email|}));
            """);

    [Fact]
    public Task Chained_order_take_skip_and_materialisation_keep_elements_consented()
        => VerifyQueryAsync(
            """
            var chosen = customers
                .Where(c => c.Segment == "vip")
                .Where(c => c.AcceptsMarketing && c.Debt == 0)
                .OrderBy(c => c.Interests)
                .Skip(1)
                .Take(10)
                .AsEnumerable()
                .ToArray()
                .ToList();
            Use.It(chosen.SelectMany(c => c.Interests));
            foreach (var c in chosen)
            {
                Use.It(c.Email);
            }

            var first = chosen.First();
            Use.It(first.Interests + chosen[0].Interests);
            """);

    [Fact]
    public Task Foreach_over_a_query_with_a_check_holds_and_over_the_raw_list_does_not()
        => VerifyQueryAsync(
            """
            foreach (var c in customers.Where(Checks.Consented))
            {
                Use.It(c.Interests);
            }

            foreach (var c in customers)
            {
                Use.It({|EDC0001:c.Interests|});
            }
            """);

    [Fact]
    public Task IQueryable_where_with_a_check_property_holds()
        => VerifyQueryAsync(
            """
            var offers = query.Where(c => c.AcceptsMarketing).OrderBy(c => c.Id).Select(c => c.Email + c.Interests);
            Use.It(offers);
            Use.It(query.Where(c => {|EDC0003:c.Debt|} > 0).Select(c => {|EDC0003:c.Email|}));
            """);

    [Fact]
    public Task A_sequence_variable_reassigned_from_unchecked_data_loses_its_consent()
        => VerifyQueryAsync(
            """
            var chosen = customers.Where(c => Checks.Consented(c)).ToList();
            chosen = customers;
            foreach (var c in chosen)
            {
                Use.It({|EDC0001:c.Interests|});
            }
            """);

    [Fact]
    public Task Deconstruction_in_foreach_is_a_read_consented_over_a_checked_sequence()
        => Verify.VerifyAsync(
            """
            public record Contact([property: SubjectId] string Id, [property: MasterData] string Email, [property: MarketingOnly] string Taste)
            {
                [ConsentCheck] public bool Consented { get; init; }
            }

            public class Campaign
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Run(List<Contact> contacts)
                {
                    foreach (var (id, email, taste) in contacts.Where(c => c.Consented))
                    {
                        Use.It(id + email + taste);
                    }

                    foreach (var (id, {|EDC0003:email|}, _) in contacts)
                    {
                        Use.It(id + email);
                    }

                    Use.It(contacts.Where(c => c.Consented).First().Taste + {|EDC0001:contacts.First().Taste|});
                    Use.It(contacts.Where(c => c.Consented).FirstOrDefault()?.Taste);
                    Use.It({|EDC0003:contacts[0].Email|});
                }
            }
            """);
}
