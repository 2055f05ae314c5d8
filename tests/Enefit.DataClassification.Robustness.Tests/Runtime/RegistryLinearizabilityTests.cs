using CsCheck;
using Enefit.DataClassification;

namespace Enefit.DataClassification.Robustness.Tests.Runtime;

/// <summary>
/// <see cref="InMemoryConsentRegistry"/> under parallel use, checked by CsCheck's linearizability test: grants,
/// withdrawals, opt-outs and contact-person registrations on the same subjects from several threads at once must leave
/// the registry as some one-at-a-time order of the same calls would. The runtime's own tests cover one writer per
/// subject; this covers writers racing on one subject.
/// </summary>
public sealed class RegistryLinearizabilityTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static readonly Gen<string> Subject = Gen.OneOf(RegistrySnapshot.Subjects);

    [Fact]
    public void Racing_writes_on_the_same_subjects_are_linearizable()
        => Check.SampleParallel(
            Gen.Const(RegistrySnapshot.Seeded),
            Gen.Select(Subject, Gen.Int[0, 59]).Operation<InMemoryConsentRegistry>(
                x => $"Grant({x.Item1}, +{x.Item2}m)", (r, x) => r.GrantMarketingConsent(x.Item1, Start.AddMinutes(x.Item2))),
            Gen.Select(Subject, Gen.Int[0, 59]).Operation<InMemoryConsentRegistry>(
                x => $"Withdraw({x.Item1}, +{x.Item2}m)", (r, x) => r.WithdrawMarketingConsent(x.Item1, Start.AddMinutes(x.Item2))),
            Gen.Select(Subject, Gen.Enum<ElectronicChannel>()).Operation<InMemoryConsentRegistry>(
                x => $"OptOut({x.Item1}, {x.Item2})", (r, x) => r.OptOut(x.Item1, x.Item2)),
            Subject.Operation<InMemoryConsentRegistry>(
                s => $"RegisterContactPerson({s})", (r, s) => r.RegisterContactPerson(s)),
            Subject.Operation<InMemoryConsentRegistry>(
                s => $"Check({s})", (r, s) => _ = r.TryGetMarketingConsent(s, out _) && r.TryGetElectronicPermit(s, ElectronicChannel.Email, out _)),
            equal: (a, b) => RegistrySnapshot.Of(a) == RegistrySnapshot.Of(b),
            seed: "000000001gWGv",
            iter: 100,
            print: r => RegistrySnapshot.Of(r).Text);
}
