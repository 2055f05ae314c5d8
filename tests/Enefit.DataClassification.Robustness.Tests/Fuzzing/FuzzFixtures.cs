namespace Enefit.DataClassification.Robustness.Tests.Fuzzing;

/// <summary>
/// Valid programs that use every part of the package, as the starting points of mutation fuzzing and the extremes:
/// classified members of every category, purposes, consent and electronic checks of every shape the analysis knows,
/// sends, logs, anonymous types, reflection, hand-made proofs, patterns, lambdas and local functions.
/// </summary>
internal static class FuzzFixtures
{
    public const string Customer = """
        using System;
        using System.Threading.Tasks;
        using Enefit.DataClassification;

        namespace Shop;

        public partial class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData(Kind = "user.contact.email")] public string Email { get; set; } = "";
            [CommunicationData] public decimal Debt;
            [MarketingOnly] public string Interests { get; set; } = "";
            [ConsentCheck] public bool AcceptsMarketing { get; set; }
            [ElectronicMarketingCheck] public bool AcceptsEmail { get; set; }
            [MasterData, MarketingOnly] public string Nickname { get; set; } = "";
        }

        [MarketingOnly]
        public sealed class InterestProfile
        {
            public string Tags { get; set; } = "";
        }

        [AnonymousData]
        public sealed class Statistics
        {
            public int Count;
            public Customer? Leak;
        }

        public static class Mailer
        {
            [ElectronicMarketingSend]
            public static void SendOffer(Customer customer, string text) { }
        }

        public sealed class Campaign(IConsentRegistry registry)
        {
            [ProcessingPurpose(Purpose.PersonalizedOffers)]
            public async Task<string> OfferAsync(Customer c, Customer other)
            {
                if (!registry.TryGetMarketingConsent(c.Id, out var consent))
                {
                    return "";
                }

                var text = c.Email + c.Interests + other.Interests;
                Console.WriteLine(c.Email);
                if (registry.TryGetElectronicPermit(c.Id, ElectronicChannel.Email, out var permit) && permit.IsValid)
                {
                    Mailer.SendOffer(c, text);
                }

                Mailer.SendOffer(other, text);
                var ok = await registry.HasMarketingConsentAsync(other.Id);
                Func<string> later = () => other.Interests;
                return ok ? other.Interests + later() : consent.SubjectId;
            }

            [ProcessingPurpose(Purpose.Billing)]
            public decimal Bill(Customer c) => c.Debt + c.Interests.Length;

            public string NoPurpose(Customer c) => c.Email;

            public MarketingConsent Forge(string id) => MarketingConsent.Issue(id, DateTimeOffset.UtcNow);

            public MarketingConsent ForgeDefault() => default;

            public object? ByName(Customer c) => typeof(Customer).GetProperty("Email")?.GetValue(c);

            [ProcessingPurpose(Purpose.MarketingAnalysis)]
            public void Patterns(Customer c, object o, Statistics s)
            {
                if (o is Customer { Interests: var interests } && c.AcceptsMarketing)
                {
                    Console.WriteLine(interests);
                }

                switch (c)
                {
                    case { Email: "x" }:
                        break;
                }

                var (a, b) = (c.Email, c.Interests);
                Use(ref c.Debt);
                string Local() => c.Interests;
                s.Leak = c;
                _ = Local() + a + b + nameof(c.Email);
                throw new InvalidOperationException(c.Email);
            }

            private static void Use(ref decimal debt) { }
        }

        public record Person([property: MasterData] string Name, [property: MarketingOnly] string Hobby);

        public class Holder
        {
            [MasterData] public string Name = "";

            public override string ToString() => Name;
        }
        """;

    public const string Checks = """
        using System;
        using System.Diagnostics;
        using System.Threading;
        using System.Threading.Tasks;
        using Enefit.DataClassification;

        namespace Shop.Checks;

        public partial record struct Contact([property: SubjectId] string Id, [property: MasterData] string Phone)
        {
            [MarketingOnly] public string? Segment { get; init; }
        }

        public interface ISubjectChecks
        {
            [ConsentCheck] bool Consented(Contact contact);
        }

        public sealed class Checks : ISubjectChecks
        {
            public bool Consented(Contact contact) => contact.Id.Length > 0;

            [ConsentCheck] public static Task<bool> ConsentedAsync(string id) => Task.FromResult(id.Length > 0);

            [ConsentCheck] public static ValueTask<bool> ConsentedValueAsync(Contact c) => new(c.Id.Length > 0);

            [ConsentCheck]
            public static bool TryConsent(string id, out MarketingConsent consent)
            {
                consent = default;
                return false;
            }

            [ElectronicMarketingCheck]
            public static bool TryPermit(string id, out ElectronicMarketingPermit permit)
            {
                permit = default;
                return false;
            }
        }

        public sealed class Registry : IConsentRegistry
        {
            public bool TryGetMarketingConsent(string subjectId, out MarketingConsent consent)
            {
                consent = MarketingConsent.Issue(subjectId, DateTimeOffset.UnixEpoch);
                return true;
            }

            public ValueTask<bool> HasMarketingConsentAsync(string subjectId, CancellationToken cancellationToken = default) => new(true);

            public bool TryGetElectronicPermit(string subjectId, ElectronicChannel channel, out ElectronicMarketingPermit permit)
            {
                permit = default;
                return false;
            }

            public void GrantMarketingConsent(string subjectId, DateTimeOffset at) { }

            public void WithdrawMarketingConsent(string subjectId, DateTimeOffset at) { }

            public void OptOut(string subjectId, ElectronicChannel channel) { }

            public void RegisterContactPerson(string subjectId) { }
        }

        [ProcessingPurpose(Purpose.PersonalizedContent)]
        public sealed class Content(Checks checks, InMemoryConsentRegistry registry)
        {
            public async Task<string> RenderAsync(Contact contact, Contact[] all, CancellationToken token)
            {
                var allowed = checks.Consented(contact);
                if (!allowed || !await Checks.ConsentedAsync(contact.Id))
                {
                    return contact.Phone;
                }

                foreach (var other in all)
                {
                    if (other.Id == contact.Id)
                    {
                        continue;
                    }

                    Trace.WriteLine(other.Segment);
                }

                Activity.Current?.SetTag("phone", contact.Phone);
                var result = contact.Segment is { Length: > 0 } s ? s : contact.Phone;
                contact = all[0];
                return result + contact.Segment + (registry.TryGetMarketingConsent(contact.Id, out var proof) ? Read(proof, contact) : "");
            }

            private static string Read(MarketingConsent consent, Contact contact) => consent.IsValid ? contact.Segment ?? "" : "";

            [ProcessingPurpose(Purpose.DebtCollection)]
            public string Collect(Contact contact) => contact.Phone + contact.Segment;

            public Func<Contact, string> Lambdas()
                => [ProcessingPurpose(Purpose.Billing)] (Contact c) => c.Phone + ((Func<string>)(() => c.Segment ?? ""))();
        }
        """;

    /// <summary>Check attributes on every shape a check can not have, and a few it can.</summary>
    public const string OddShapes = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Enefit.DataClassification;

        namespace Shop.Odd;

        [ConsentCheck] public delegate bool ConsentDelegate(string id);

        public abstract class OddChecks
        {
            [ConsentCheck] public OddChecks() { }
            [ConsentCheck] public static bool Static => true;
            [ConsentCheck] public bool this[int index] => index > 0;
            [ConsentCheck] public static bool operator !(OddChecks checks) => false;
            [ConsentCheck] public event Action? Changed;
            [ConsentCheck] public abstract bool Abstract(string id);
            [ConsentCheck] public bool Generic<T>(T subject) => subject is not null;
            [ConsentCheck] public void Void(string id) { }
            [ConsentCheck] public bool? Maybe(string id) => null;
            [ConsentCheck] public ValueTask<bool?> MaybeAsync(string id) => default;
            [ConsentCheck] public async void Fire(string id) => await Task.Yield();
            [ConsentCheck] public IEnumerable<bool> Many(string id) { yield return true; }
            [ConsentCheck] public bool TwoProofs(string id, out MarketingConsent a, out ElectronicMarketingPermit b) { a = default; b = default; return false; }
            [ConsentCheck] public ref bool ByRef(ref bool flag) => ref flag;
            [ConsentCheck] public bool Params(params string[] ids) => ids.Length > 0;
            [ConsentCheck] public bool Recursive(string id) => Recursive(id);
            [ConsentCheck] public static bool NoSubject() => true;
            [ElectronicMarketingCheck] public bool WrongProof(string id, out MarketingConsent consent) { consent = default; return false; }
            [ElectronicMarketingSend] public bool SendIsNotACheck(string id) => true;
            [ConsentCheck, ElectronicMarketingCheck] public bool Both(string id) => true;
            [ConsentCheck] public dynamic Dynamic(string id) => true;
            [ConsentCheck] public string Text = "";
            [ConsentCheck] public static bool StaticField;
            public Func<string, bool> Lambda = [ConsentCheck] (string id) => true;

            public bool Locals(string id)
            {
                [ConsentCheck] bool Local(string x) => x.Length > 0;
                return Local(id);
            }
        }

        public interface IOdd<[MasterData] T>
        {
            [ConsentCheck] static abstract bool Check(T subject);
        }
        """;

    /// <summary>A second file for <see cref="Customer"/> whose parts disagree with the first.</summary>
    public const string ConflictingPartials = """
        using Enefit.DataClassification;

        namespace Shop;

        [MarketingOnly]
        [AnonymousData]
        public partial class Customer
        {
            [CommunicationData] public string Phone { get; set; } = "";
            [ConsentCheck] public partial bool Agrees();
            [MasterData] public partial string Alias { get; set; }
        }

        public partial class Customer
        {
            public partial bool Agrees() => AcceptsMarketing;
            [MarketingOnly] public partial string Alias { get => Interests; set => Interests = value; }
        }

        [SubjectId]
        public partial record Person
        {
            [CommunicationData] public string Name { get; init; } = Name;
        }
        """;

    /// <summary>A user's own <c>MasterDataAttribute</c> and friends in another namespace: not the package's.</summary>
    public const string Impostor = """
        using System;
        using Acme.Tags;

        namespace Acme.Tags
        {
            public sealed class MasterDataAttribute : Attribute { }
            public sealed class MarketingOnlyAttribute : Attribute { }
            public sealed class ConsentCheckAttribute : Attribute { }
            public sealed class ProcessingPurposeAttribute(int purpose) : Attribute { public int Purpose { get; } = purpose; }
            public sealed class AnonymousDataAttribute : Attribute { }
        }

        namespace Acme
        {
            public class Customer
            {
                [MasterData, MarketingOnly] public string Email { get; set; } = "";
                [MarketingOnly] public string Interests { get; set; } = "";
                [ConsentCheck] public string NotABool { get; set; } = "";
            }

            [AnonymousData]
            public class Stats { public Customer? Who; }

            public class Use
            {
                [ProcessingPurpose(999)]
                public string Read(Customer c)
                {
                    Console.WriteLine(c.Email);
                    return c.Interests + typeof(Customer).GetProperty("Email");
                }
            }
        }
        """;

    public static IReadOnlyList<(string Name, string[] Sources)> All { get; } =
    [
        ("Customer", [Customer]),
        ("Checks", [Checks]),
        ("OddShapes", [OddShapes]),
        ("Customer+ConflictingPartials", [Customer, ConflictingPartials]),
        ("Customer+Checks+OddShapes", [Customer, Checks, OddShapes]),
        ("Impostor", [Impostor]),
    ];
}
