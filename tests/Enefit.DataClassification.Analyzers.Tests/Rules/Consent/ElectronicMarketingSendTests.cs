using Verify = Enefit.DataClassification.Analyzers.Tests.Rules.Consent.ConsentVerify<Enefit.DataClassification.Analyzers.Rules.ElectronicMarketingSendAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules.Consent;

/// <summary>EDC0005: every electronic send follows an electronic-marketing check for its recipient (§8.1).</summary>
public sealed class ElectronicMarketingSendTests
{
    private const string Mailer = """

        public class Mailer
        {
            [ElectronicMarketingSend] public void SendOffer(Customer to, string text) { }
            [ElectronicMarketingSend] public void Send(Customer to, ElectronicChannel channel, string text) { }
            [ElectronicMarketingSend] public void SendTo(string address, string text) { }
        }

        public partial class Customer
        {
            [ElectronicMarketingSend] public void Notify() { }
            [ElectronicMarketingSend] public void Notify(ElectronicChannel channel, string text) { }
            [ElectronicMarketingCheck] public bool AllowsOffersOn(ElectronicChannel channel) => AcceptsEmail;
        }
        """;

    private static Task VerifySendsAsync(string body, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
        => Verify.VerifyAsync(
            """
            public class Campaign
            {
                private readonly IConsentRegistry registry = new InMemoryConsentRegistry();
                private readonly Mailer mailer = new();

                [ProcessingPurpose(Purpose.ElectronicDirectMarketing)]
                public void Run(Customer c, Customer other)
                {

            """ + body + """

                }
            }
            """ + Mailer,
            expected);

    [Fact]
    public Task A_send_without_a_check_is_EDC0005_naming_the_method_and_purpose()
        => VerifySendsAsync(
            """
            {|#0:mailer.SendOffer(c, "10% off")|};
            """,
            Verify.Diagnostic("EDC0005").WithLocation(0).WithArguments("Mailer.SendOffer", "purpose ElectronicDirectMarketing (§7.3.3)"));

    [Fact]
    public Task A_permit_from_the_registry_holds_for_its_subject_only()
        => VerifySendsAsync(
            """
            if (registry.TryGetElectronicPermit(c.Id, ElectronicChannel.Email, out _))
            {
                mailer.SendOffer(c, "10% off");
                mailer.SendTo(c.Email, "10% off");
                c.Notify();
                {|EDC0005:mailer.SendOffer(other, "10% off")|};
            }

            {|EDC0005:mailer.SendOffer(c, "10% off")|};
            """);

    [Fact]
    public Task A_marketing_consent_alone_is_not_enough()
        => VerifySendsAsync(
            """
            if (registry.TryGetMarketingConsent(c.Id, out _) && c.AcceptsMarketing)
            {
                {|EDC0005:mailer.SendOffer(c, "10% off")|};
            }
            """);

    [Fact]
    public Task A_permit_for_another_constant_channel_does_not_count()
        => VerifySendsAsync(
            """
            if (!registry.TryGetElectronicPermit(c.Id, ElectronicChannel.Sms, out _)) return;
            mailer.Send(c, ElectronicChannel.Sms, "10% off");
            {|EDC0005:mailer.Send(c, ElectronicChannel.Email, "10% off")|};
            mailer.SendOffer(c, "no channel named: the permit counts");
            """);

    [Fact]
    public Task A_channel_that_is_not_a_constant_lets_the_permit_count()
        => VerifySendsAsync(
            """
            var channel = c.Segment == "sms" ? ElectronicChannel.Sms : ElectronicChannel.Email;
            if (registry.TryGetElectronicPermit(c.Id, channel, out _))
            {
                mailer.Send(c, ElectronicChannel.Mms, "10% off");
            }
            """);

    [Fact]
    public Task User_electronic_checks_as_method_property_and_bool_local_hold()
        => VerifySendsAsync(
            """
            if (Checks.MayEmail(c)) mailer.SendOffer(c, "a");
            if (c.AcceptsEmail) mailer.SendOffer(c, "b");
            var may = c.AcceptsEmail;
            if (!may) return;
            mailer.SendOffer(c, "c");
            """);

    [Fact]
    public Task A_permit_parameter_is_a_proof_the_caller_holds()
        => Verify.VerifyAsync(
            """
            public class Campaign
            {
                public void Run(Customer c, Mailer mailer, ElectronicMarketingPermit permit) => mailer.SendOffer(c, "hi");

                public void Later(Customer c, Mailer mailer)
                {
                    Action<ElectronicMarketingPermit> send = permit => mailer.SendOffer(c, "hi");
                    Action careless = () => {|EDC0005:mailer.SendOffer(c, "hi")|};
                    Use.It(send);
                    Use.It(careless);
                }
            }
            """ + Mailer);

    [Fact]
    public Task Must_semantics_a_permit_on_one_branch_only_does_not_hold_after_the_merge()
        => VerifySendsAsync(
            """
            if (c.Segment == "vip" && registry.TryGetElectronicPermit(c.Id, ElectronicChannel.Email, out _))
            {
                mailer.SendOffer(c, "vip");
            }

            {|EDC0005:mailer.SendOffer(c, "everyone")|};
            """);

    [Fact]
    public Task Sends_in_a_loop_over_permitted_clients_hold_and_reassignment_kills_the_permit()
        => VerifySendsAsync(
            """
            foreach (var x in new[] { c, other })
            {
                if (!registry.TryGetElectronicPermit(x.Id, ElectronicChannel.Email, out _)) continue;
                mailer.SendOffer(x, "hi");
            }

            if (registry.TryGetElectronicPermit(c.Id, ElectronicChannel.Email, out _))
            {
                c = other;
                {|EDC0005:mailer.SendOffer(c, "hi")|};
            }
            """);

    [Fact]
    public Task An_implementing_send_method_is_a_send_too()
        => Verify.VerifyAsync(
            """
            public interface ISender { [ElectronicMarketingSend] void Send(Customer to); }

            public sealed class SmsSender : ISender { public void Send(Customer to) { } }

            public class Campaign
            {
                public void Run(Customer c, SmsSender sms) => {|EDC0005:sms.Send(c)|};
            }
            """);

    [Fact]
    public Task An_instance_check_or_send_on_the_client_is_about_that_client()
        => VerifySendsAsync(
            """
            if (c.AllowsOffersOn(ElectronicChannel.Sms))
            {
                c.Notify(ElectronicChannel.Sms, "hi");
                {|EDC0005:c.Notify(ElectronicChannel.Email, "hi")|};
                {|EDC0005:other.Notify(ElectronicChannel.Sms, "hi")|};
            }
            """);

    [Fact]
    public Task A_where_with_an_electronic_check_permits_its_elements_and_a_consent_where_does_not()
        => Verify.VerifyAsync(
            """
            public class Campaign
            {
                [ProcessingPurpose(Purpose.ElectronicDirectMarketing)]
                public void Run(List<Customer> customers, IConsentRegistry registry, Mailer mailer)
                {
                    foreach (var c in customers.Where(c => registry.TryGetElectronicPermit(c.Id, ElectronicChannel.Email, out _)).ToList())
                    {
                        mailer.Send(c, ElectronicChannel.Email, "hi");
                        {|EDC0005:mailer.Send(c, ElectronicChannel.Sms, "hi")|};
                    }

                    customers.Where(c => c.AcceptsEmail).ToList().ForEach(c => mailer.SendOffer(c, "hi"));
                    mailer.SendOffer(customers.Where(Checks.MayEmail).First(), "hi");

                    foreach (var c in customers.Where(c => c.AcceptsMarketing))
                    {
                        {|EDC0005:mailer.SendOffer(c, "hi")|};
                    }
                }
            }
            """ + Mailer);
}
