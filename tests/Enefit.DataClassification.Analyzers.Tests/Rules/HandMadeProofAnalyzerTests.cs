using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Verify = Enefit.DataClassification.Analyzers.Tests.Verifiers.AnalyzerVerifier<Enefit.DataClassification.Analyzers.Rules.HandMadeProofAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

public sealed class HandMadeProofAnalyzerTests
{
    [Fact]
    public Task A_proof_made_through_an_alias_or_a_static_import_is_reported()
        => Verify.VerifyAsync(
            """
            using System;
            using Enefit.DataClassification;
            using Proof = Enefit.DataClassification.MarketingConsent;
            using static Enefit.DataClassification.MarketingConsent;

            public static class Offers
            {
                public static Proof Empty() => {|#0:new Proof()|};
                public static Proof Typed() => {|#1:default(Proof)|};
                public static Proof Issued(string id) => {|#2:Issue(id, DateTimeOffset.UtcNow)|};
                public static object Unrelated() => new Version(1, 0);
            }
            """,
            Verify.Diagnostic("EDC0007").WithLocation(0).WithArguments("MarketingConsent", "new Proof()"),
            Verify.Diagnostic("EDC0007").WithLocation(1).WithArguments("MarketingConsent", "default(Proof)"),
            Verify.Diagnostic("EDC0007").WithLocation(2).WithArguments("MarketingConsent", "MarketingConsent.Issue"));

    [Fact]
    public Task A_target_typed_proof_is_reported_whatever_its_declaration_calls_the_proof_type()
        => Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using Enefit.DataClassification;
            using Proof = Enefit.DataClassification.MarketingConsent;

            public class Offers
            {
                private Proof _kept = {|EDC0007:new()|};
                private Enefit.DataClassification.ElectronicMarketingPermit _permit = {|EDC0007:default|};
                private global::Enefit.DataClassification.MarketingConsent Qualified { get; } = {|EDC0007:default|};
                private readonly List<MarketingConsent> _history = new();

                public void Send(Proof consent = {|EDC0007:default|})
                {
                    Proof local = {|EDC0007:new()|};
                    List<Proof> seen = new();
                }
            }
            """);

    [Fact]
    public Task Default_of_a_proof_type_is_reported_with_the_type_and_the_expression()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public static class Offers
            {
                public static void Send(Customer c) => Use({|#0:default(MarketingConsent)|});
                private static void Use(MarketingConsent consent) { }
            }

            public class Customer { }
            """,
            Verify.Diagnostic("EDC0007").WithLocation(0).WithArguments("MarketingConsent", "default(MarketingConsent)"));

    [Fact]
    public Task A_default_literal_turned_into_a_proof_is_reported_wherever_it_goes()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public class Offers
            {
                private MarketingConsent _consent = {|EDC0007:default|};
                public ElectronicMarketingPermit Permit { get; set; } = {|EDC0007:default|};

                public MarketingConsent Pretend() => {|EDC0007:default|};

                public ElectronicMarketingPermit PretendPermit(bool any)
                {
                    ElectronicMarketingPermit permit = {|EDC0007:default|};
                    permit = {|EDC0007:default|};
                    return any ? permit : {|EDC0007:default|};
                }

                public void Send(MarketingConsent consent) { }

                public void Caller()
                {
                    Send({|EDC0007:default|});
                    _consent = {|EDC0007:default|};
                    var proofs = new MarketingConsent[] { {|EDC0007:default|} };
                }
            }
            """);

    [Fact]
    public Task New_on_a_proof_type_is_reported_in_both_spellings()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public static class Offers
            {
                public static void Send()
                {
                    var consent = {|#0:new MarketingConsent()|};
                    ElectronicMarketingPermit permit = {|#1:new()|};
                }
            }
            """,
            Verify.Diagnostic("EDC0007").WithLocation(0).WithArguments("MarketingConsent", "new MarketingConsent()"),
            Verify.Diagnostic("EDC0007").WithLocation(1).WithArguments("ElectronicMarketingPermit", "new()"));

    [Fact]
    public Task Issue_outside_a_registry_is_reported_as_a_call_and_as_a_method_group()
        => Verify.VerifyAsync(
            """
            using System;
            using Enefit.DataClassification;

            public static class Shortcuts
            {
                public static MarketingConsent Consent(string id) => {|#0:MarketingConsent.Issue(id, DateTimeOffset.UtcNow)|};

                public static ElectronicMarketingPermit Permit(string id)
                    => {|#1:ElectronicMarketingPermit.Issue(id, ElectronicChannel.Email, DateTimeOffset.UtcNow)|};

                public static Func<string, DateTimeOffset, MarketingConsent> Factory => {|#2:MarketingConsent.Issue|};
            }
            """,
            Verify.Diagnostic("EDC0007").WithLocation(0).WithArguments("MarketingConsent", "MarketingConsent.Issue"),
            Verify.Diagnostic("EDC0007").WithLocation(1).WithArguments("ElectronicMarketingPermit", "ElectronicMarketingPermit.Issue"),
            Verify.Diagnostic("EDC0007").WithLocation(2).WithArguments("MarketingConsent", "MarketingConsent.Issue"));

    [Fact]
    public Task A_registry_implementation_and_its_nested_types_may_issue_and_empty_proofs()
        => Verify.VerifyAsync(
            """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Enefit.DataClassification;

            public sealed class SqlConsentRegistry : IConsentRegistry
            {
                public bool TryGetMarketingConsent(string subjectId, out MarketingConsent consent)
                {
                    consent = Lookup(subjectId) ? MarketingConsent.Issue(subjectId, DateTimeOffset.UtcNow) : default;
                    return consent.IsValid;
                }

                public ValueTask<bool> HasMarketingConsentAsync(string subjectId, CancellationToken cancellationToken = default)
                    => new(Lookup(subjectId));

                public bool TryGetElectronicPermit(string subjectId, ElectronicChannel channel, out ElectronicMarketingPermit permit)
                {
                    permit = new ElectronicMarketingPermit();
                    if (Lookup(subjectId))
                    {
                        permit = Cache.Permit(subjectId, channel);
                    }

                    return permit.IsValid;
                }

                public void GrantMarketingConsent(string subjectId, DateTimeOffset at) { }
                public void WithdrawMarketingConsent(string subjectId, DateTimeOffset at) { }
                public void OptOut(string subjectId, ElectronicChannel channel) { }
                public void RegisterContactPerson(string subjectId) { }

                private static bool Lookup(string subjectId) => subjectId.Length > 0;

                private static class Cache
                {
                    public static ElectronicMarketingPermit Permit(string id, ElectronicChannel channel)
                        => ElectronicMarketingPermit.Issue(id, channel, DateTimeOffset.UtcNow);
                }
            }
            """);

    /// <summary>A client, and the start of a service that asks the registry: the Try-pattern tests add its methods.</summary>
    private const string ServiceWithRegistry = """
        using Enefit.DataClassification;

        public class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
        }

        public sealed partial class ConsentService
        {
            private readonly IConsentRegistry _registry;

            public ConsentService(IConsentRegistry registry) => _registry = registry;
        }
        """;

    [Fact]
    public Task The_false_path_of_a_try_pattern_may_set_its_out_proof_to_default()
        => Verify.VerifyAsync(
            ServiceWithRegistry + """

            public sealed partial class ConsentService
            {
                [ConsentCheck]
                public bool TryConsent(Customer customer, out MarketingConsent consent)
                {
                    if (customer.Id.Length == 0)
                    {
                        consent = default;
                        return false;
                    }

                    return _registry.TryGetMarketingConsent(customer.Id, out consent);
                }

                public bool TryPermit(Customer customer, ElectronicChannel channel, out ElectronicMarketingPermit permit)
                {
                    var found = _registry.TryGetElectronicPermit(customer.Id, channel, out var checkedPermit);
                    permit = found ? checkedPermit : new();
                    return found;
                }

                public bool TryPick(int index, out MarketingConsent consent)
                {
                    consent = index switch
                    {
                        0 when _registry.TryGetMarketingConsent("a", out var first) => first,
                        _ => default(MarketingConsent),
                    };
                    return consent.IsValid;
                }
            }
            """);

    [Fact]
    public Task A_try_pattern_that_returns_true_with_the_empty_proof_is_reported()
        => Verify.VerifyAsync(
            ServiceWithRegistry + """

            public sealed partial class ConsentService
            {
                public bool TryLie(Customer customer, out MarketingConsent consent)
                {
                    consent = {|EDC0007:default|};
                    return true;
                }

                public bool TrySometimes(Customer customer, out ElectronicMarketingPermit permit)
                {
                    permit = {|EDC0007:new()|};
                    if (customer.Id.Length > 0)
                    {
                        return true;
                    }

                    return false;
                }

                public bool TryFirst(Customer customer, out MarketingConsent consent)
                {
                    consent = default;
                    if (customer.Id.Length > 0 && _registry.TryGetMarketingConsent(customer.Id, out consent))
                    {
                        return true;
                    }

                    return false;
                }

                public bool TryCopy(Customer customer, out MarketingConsent consent)
                {
                    consent = default;
                    var found = _registry.TryGetMarketingConsent(customer.Id, out var checkedConsent);
                    if (found)
                    {
                        consent = checkedConsent;
                    }

                    return found;
                }
            }
            """);

    [Fact]
    public Task An_out_proof_of_a_method_that_does_not_return_bool_is_no_try_pattern()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public static class Helpers
            {
                public static void Fill(out MarketingConsent consent) => consent = {|EDC0007:default|};

                public static bool Wrap(out MarketingConsent consent)
                {
                    consent = default;
                    var copy = consent;
                    Fill(out copy);
                    return Pass({|EDC0007:default|});
                }

                private static bool Pass(MarketingConsent consent) => consent.IsValid;
            }
            """);

    [Fact]
    public Task Comparing_with_an_empty_proof_claims_nothing()
        => Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using Enefit.DataClassification;

            public static class Checks
            {
                public static bool IsEmpty(MarketingConsent consent)
                    => consent == default
                        || consent == default(MarketingConsent)
                        || new MarketingConsent() != consent
                        || consent.Equals(default)
                        || EqualityComparer<MarketingConsent>.Default.Equals(consent, default);
            }
            """);

    [Fact]
    public Task An_optional_proof_parameter_is_reported_once_where_it_is_declared()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public static class Offers
            {
                public static void Send(string text, MarketingConsent consent = {|EDC0007:default|}) { }

                public static void Caller() => Send("hello");
            }
            """);

    [Fact]
    public Task Other_types_and_nullable_proofs_are_not_proofs()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            namespace Other
            {
                public struct MarketingConsent
                {
                    public static MarketingConsent Issue(string id) => default;
                }

                public static class Code
                {
                    public static void Run()
                    {
                        var fake = new MarketingConsent();
                        fake = MarketingConsent.Issue("a");
                        Enefit.DataClassification.MarketingConsent? none = default;
                        ElectronicChannel channel = default;
                        int count = default;
                        System.Func<ElectronicChannel> pick = () => new();
                    }
                }
            }
            """);

    [Fact]
    public Task Without_the_runtime_library_nothing_is_reported()
        => new AnalyzerVerifier<HandMadeProofAnalyzer>.Test
        {
            WithoutRuntime = true,
            TestCode =
                """
                public struct MarketingConsent
                {
                    public static MarketingConsent Issue(string id) => default;
                    public static MarketingConsent Empty() => new MarketingConsent();
                }
                """,
        }.RunAsync();

    [Fact]
    public Task Half_typed_code_is_analyzed_without_throwing()
        => new AnalyzerVerifier<HandMadeProofAnalyzer>.Test
        {
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
            TestCode =
                """
                using Enefit.DataClassification;

                public class Offers : Missing
                {
                    public void Send()
                    {
                        MarketingConsent a = new MarketingConsent(
                        var b = default(
                        MarketingConsent.Issue(
                        ElectronicMarketingPermit c = Missing.Issue("x");
                    }

                    public MarketingConsent Later() => {|EDC0007:default|};
                """,
        }.RunAsync();
}
