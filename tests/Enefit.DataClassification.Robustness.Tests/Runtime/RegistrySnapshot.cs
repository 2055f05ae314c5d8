using Enefit.DataClassification;

namespace Enefit.DataClassification.Robustness.Tests.Runtime;

/// <summary>
/// What an <see cref="InMemoryConsentRegistry"/> answers about a few subjects, through its public API only: consent,
/// when it last changed, and the electronic permit per channel. Two registries with equal snapshots behave alike.
/// </summary>
internal sealed record RegistrySnapshot(string Text)
{
    public static readonly string[] Subjects = ["C-1", "C-2", "P-1"];

    public static RegistrySnapshot Of(InMemoryConsentRegistry registry)
        => new(string.Join("; ", Subjects.Select(subject =>
            $"{subject}: consent {registry.TryGetMarketingConsent(subject, out _)} changed {registry.ConsentChangedAt(subject)?.ToString("O") ?? "never"} permits "
            + string.Join(",", Enum.GetValues<ElectronicChannel>().Select(channel => registry.TryGetElectronicPermit(subject, channel, out _) ? channel.ToString() : "-")))));

    /// <summary>A registry with something recorded of each subject, so a change by a refused call would show.</summary>
    public static InMemoryConsentRegistry Seeded()
    {
        var registry = new InMemoryConsentRegistry();
        registry.GrantMarketingConsent("C-1", new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        registry.OptOut("C-1", ElectronicChannel.Sms);
        registry.WithdrawMarketingConsent("C-2", new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        registry.RegisterContactPerson("P-1");
        return registry;
    }
}
