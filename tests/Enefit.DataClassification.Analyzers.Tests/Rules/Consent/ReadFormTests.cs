using Verify = Enefit.DataClassification.Analyzers.Tests.Rules.Consent.ConsentVerify<Enefit.DataClassification.Analyzers.Rules.ConsentAndPurposeAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules.Consent;

/// <summary>What counts as a read of classified data, and what does not. No purpose is declared, so a read is EDC0004.</summary>
public sealed class ReadFormTests
{
    [Fact]
    public Task Conditional_access_is_a_read()
        => Verify.VerifyAsync(
            """
            public class Reader
            {
                public string? To(Customer? c) => c?{|EDC0004:.Email|};
            }
            """);

    [Fact]
    public Task Compound_assignment_and_increment_read_the_member()
        => Verify.VerifyAsync(
            """
            public class Reader
            {
                public void Charge(Customer c)
                {
                    {|EDC0004:c.Debt|} += 10;
                    {|EDC0004:c.Debt|}++;
                    --{|EDC0004:c.Debt|};
                }
            }
            """);

    [Fact]
    public Task Field_read_is_a_read()
        => Verify.VerifyAsync(
            """
            public class Reader
            {
                public string Hobbies(Customer c) => {|EDC0001:c.Hobbies|};
            }
            """);

    [Fact]
    public Task Property_pattern_reads_the_member()
        => Verify.VerifyAsync(
            """
            public class Reader
            {
                public bool IsCompany(Customer c) => c is { {|EDC0004:Email|}: "info@example.com" };

                public string Kind(Customer c) => c switch
                {
                    { {|EDC0004:Debt|}: > 100 } => "debtor",
                    _ => "fine",
                };
            }
            """);

    [Fact]
    public Task Positional_pattern_and_deconstruction_of_a_record_read_the_positions_used()
        => Verify.VerifyAsync(
            """
            public record Contact([property: MasterData] string Email, string Name, [property: MarketingOnly] string Taste);

            public class Reader
            {
                public string Read(Contact contact)
                {
                    var ({|EDC0004:email|}, name, _) = contact;
                    if (contact is Contact(_, var n, {|EDC0001:var t|}))
                    {
                        return email + name + n + t;
                    }

                    return "";
                }
            }
            """);

    [Fact]
    public Task Passing_by_ref_or_in_is_a_read_and_out_is_not()
        => Verify.VerifyAsync(
            """
            public class Reader
            {
                public void Pass(Customer c)
                {
                    Touch(ref {|EDC0001:c.Hobbies|});
                    Look(in {|EDC0001:c.Hobbies|});
                    Fill(out c.Hobbies);
                }

                private static void Touch(ref string value) { }
                private static void Look(in string value) { }
                private static void Fill(out string value) => value = "";
            }
            """);

    [Fact]
    public Task A_call_or_method_group_of_a_method_returning_classified_data_is_a_read()
        => Verify.VerifyAsync(
            """
            public class Profile
            {
                [return: MarketingOnly]
                public string Summary() => "";
            }

            public class Reader
            {
                public void Read(Profile p)
                {
                    Use.It({|EDC0001:p.Summary()|});
                    Func<string> later = {|EDC0001:p.Summary|};
                    Use.It(later);
                }
            }
            """);

    [Fact]
    public Task A_parameter_carrying_a_category_is_read_inside_its_method()
        => Verify.VerifyAsync(
            """
            public class Reader
            {
                public string Greet([MasterData] string email, string name) => {|#0:email|} + name;
            }
            """,
            Verify.Diagnostic("EDC0004").WithLocation(0).WithArguments("email", "master"));

    [Fact]
    public Task A_member_whose_type_is_classified_and_an_inherited_category_are_reads()
        => Verify.VerifyAsync(
            """
            [MarketingOnly]
            public class InterestProfile { public string Topics { get; set; } = ""; }

            public interface IContact { [MasterData] string Phone { get; } }

            public class Client : IContact
            {
                public InterestProfile Profile { get; set; } = new();
                public string Phone { get; set; } = "";
            }

            public class Reader
            {
                public void Read(Client c)
                {
                    Use.It({|EDC0001:c.Profile|}.Topics);
                    Use.It({|EDC0004:c.Phone|});
                }
            }
            """);

    [Fact]
    public Task Nameof_writes_initializers_out_arguments_and_deconstruction_targets_are_not_reads()
        => Verify.VerifyAsync(
            """
            public record Contact([property: MasterData] string Email);

            public class Writer
            {
                [Obsolete(nameof(Customer.Email))]
                public Customer Make(Contact contact)
                {
                    var c = new Customer { Email = "a@example.com", Interests = "sailing" };
                    c.Email = nameof(c.Email);
                    c.Hobbies = nameof(Customer.Hobbies);
                    (c.Email, c.Interests) = ("b@example.com", "chess");
                    Use.It(contact with { Email = "c@example.com" });
                    return c;
                }
            }
            """);

    [Fact]
    public Task Subject_id_and_unclassified_members_are_not_classified()
        => Verify.VerifyAsync(
            """
            public class Reader
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public string Key(Customer c) => c.Id + c.Segment + c.AcceptsMarketing;
            }
            """);

    [Fact]
    public Task Unannotated_code_gets_nothing_whatever_its_names()
        => Verify.VerifyAsync(
            """
            public class Person
            {
                public string Email { get; set; } = "";
                public string Phone { get; set; } = "";
                public string PersonalCode = "";
                public string Interests { get; set; } = "";
            }

            public class Marketing
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public string Offer(Person p, string email) => p.Email + p.Phone + p.PersonalCode + p.Interests + email;

                public string Plain(Person p) => p.Email + p.PersonalCode;
            }
            """);

    [Fact]
    public Task Without_the_runtime_library_nothing_is_reported()
    {
        var test = new Verifiers.AnalyzerVerifier<Analyzers.Rules.ConsentAndPurposeAnalyzer>.Test
        {
            TestCode = """
                public class Person
                {
                    public string Email { get; set; } = "";
                    public string PersonalCode = "";
                }

                public class Reader
                {
                    public string Read(Person p) => p.Email + p.PersonalCode;
                }
                """,
            WithoutRuntime = true,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Static_classified_members_and_reads_on_this_are_reads()
        => Verify.VerifyAsync(
            """
            public partial class Customer
            {
                [MasterData] public static string Hotline = "";

                public string Describe() => {|EDC0004:Email|} + {|EDC0004:Hotline|} + {|EDC0004:this.Debt|};
            }
            """);

    [Fact]
    public Task Every_read_form_is_found_again_by_the_flow_analysis_and_judged_by_the_guard()
        => Verify.VerifyAsync(
            """
            public record Contact([property: MasterData] string Email, [property: MarketingOnly] string Taste);

            public class Reader
            {
                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Read(Customer c, Contact contact, [MasterData] string phone)
                {
                    if (Checks.Consented(c))
                    {
                        Use.It(c?.Email);
                        c.Debt += 1;
                        c.Debt++;
                        Touch(ref c.Hobbies);
                        Use.It(c is { Interests: "chess" });
                        Use.It(c switch { { Debt: > 100 } => 1, _ => 0 });
                        Use.It(phone);
                    }

                    Use.It(c?{|EDC0003:.Email|});
                    {|EDC0003:c.Debt|} += 1;
                    {|EDC0003:c.Debt|}++;
                    Touch(ref {|EDC0001:c.Hobbies|});
                    Use.It(c is { {|EDC0001:Interests|}: "chess" });
                    Use.It(c switch { { {|EDC0003:Debt|}: > 100 } => 1, _ => 0 });
                    Use.It({|EDC0003:phone|});
                    var ({|EDC0003:email|}, {|EDC0001:taste|}) = contact;
                    if (contact is Contact({|EDC0003:var e|}, _)) Use.It(e + email + taste);
                }

                [ProcessingPurpose(Purpose.PersonalizedOffers)]
                public void Consented(Contact contact, MarketingConsent consent)
                {
                    var (email, taste) = contact;
                    if (contact is Contact(var e, _)) Use.It(e + email + taste);
                }

                private static void Touch(ref string value) { }
            }
            """);

    [Fact]
    public Task Reads_in_generated_code_and_through_generated_accessors_are_not_reported()
    {
        var test = new Verifiers.AnalyzerVerifier<Analyzers.Rules.ConsentAndPurposeAnalyzer>.Test
        {
            TestCode = ConsentVerify<Analyzers.Rules.ConsentAndPurposeAnalyzer>.Usings + """
                public class Reader
                {
                    [ProcessingPurpose(Purpose.PersonalizedOffers)]
                    public string Read(Customer c, MarketingConsent consent) => c.GetInterests(consent);

                    [ProcessingPurpose(Purpose.Billing)]
                    public string Bill(Customer c) => c.GetEmail(Purpose.Billing);
                }
                """,
        };
        test.TestState.Sources.Add(("Model.cs", ConsentVerify<Analyzers.Rules.ConsentAndPurposeAnalyzer>.Model));
        test.TestState.Sources.Add(("Customer.DataClassification.g.cs", """
            // <auto-generated/>
            #nullable enable
            using Enefit.DataClassification;

            public partial class Customer
            {
                [return: MarketingOnly]
                public string GetInterests(MarketingConsent consent) => Interests;

                [return: MasterData]
                public string GetEmail(Purpose purpose) => Email + Hobbies;
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_member_selector_expression_for_model_configuration_is_not_a_read_but_a_query_projection_is()
        => Verify.VerifyAsync(
            """
            using System.Linq.Expressions;

            public class EntityBuilder<T>
            {
                public EntityBuilder<T> Property<TProperty>(Expression<Func<T, TProperty>> member) => this;
                public EntityBuilder<T> HasIndex(Expression<Func<T, object?>> members) => this;
            }

            public class Model
            {
                public void Configure(EntityBuilder<Customer> customer)
                    => customer.Property(c => c.Email).Property(c => c.Interests).HasIndex(c => new { c.Email, c.Debt });

                public void Query(IQueryable<Customer> customers)
                {
                    Use.It(customers.Select(c => {|EDC0004:c.Email|}));
                    Use.It(customers.OrderBy(c => {|EDC0004:c.Debt|}));
                    Func<Customer, string> email = c => {|EDC0004:c.Email|};
                    Use.It(email);
                }
            }
            """);
}
