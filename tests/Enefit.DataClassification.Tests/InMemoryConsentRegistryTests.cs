using Microsoft.Extensions.Time.Testing;

namespace Enefit.DataClassification.Tests;

public sealed class InMemoryConsentRegistryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly InMemoryConsentRegistry _registry;

    public InMemoryConsentRegistryTests() => _registry = new InMemoryConsentRegistry(_clock);

    [Fact]
    public async Task Consent_holds_from_grant_until_withdrawal_and_again_after_a_new_grant()
    {
        Assert.False(_registry.TryGetMarketingConsent("C-1", out var none));
        Assert.False(none.IsValid);

        _registry.GrantMarketingConsent("C-1", Start);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(_registry.TryGetMarketingConsent("C-1", out var granted));
        Assert.Equal(MarketingConsent.Issue("C-1", Start.AddMinutes(5)), granted);
        Assert.True(await _registry.HasMarketingConsentAsync("C-1"));

        _registry.WithdrawMarketingConsent("C-1", Start.AddHours(1));
        Assert.False(_registry.TryGetMarketingConsent("C-1", out var withdrawn));
        Assert.Equal(default, withdrawn);
        Assert.False(await _registry.HasMarketingConsentAsync("C-1"));
        Assert.Equal(Start.AddHours(1), _registry.ConsentChangedAt("C-1"));

        _registry.GrantMarketingConsent("C-1", Start.AddDays(1));
        Assert.True(_registry.TryGetMarketingConsent("C-1", out _));
        Assert.Equal(Start.AddDays(1), _registry.ConsentChangedAt("C-1"));
    }

    [Fact]
    public void Consent_is_a_clients_own()
    {
        _registry.GrantMarketingConsent("C-1", Start);

        Assert.False(_registry.TryGetMarketingConsent("C-2", out _));
        Assert.False(_registry.TryGetMarketingConsent("c-1", out _));
        Assert.Null(_registry.ConsentChangedAt("C-2"));
    }

    [Fact]
    public void A_consenting_client_gets_electronic_permits_on_every_channel_it_did_not_opt_out_of()
    {
        _registry.GrantMarketingConsent("C-1", Start);
        _registry.OptOut("C-1", ElectronicChannel.Sms);

        Assert.True(_registry.TryGetElectronicPermit("C-1", ElectronicChannel.Email, out var email));
        Assert.Equal(ElectronicMarketingPermit.Issue("C-1", ElectronicChannel.Email, Start), email);
        Assert.False(_registry.TryGetElectronicPermit("C-1", ElectronicChannel.Sms, out var sms));
        Assert.False(sms.IsValid);
        Assert.True(_registry.TryGetElectronicPermit("C-1", ElectronicChannel.Mms, out _));
    }

    [Fact]
    public void An_opt_out_wins_over_consent_and_survives_a_new_grant()
    {
        _registry.OptOut("C-1", ElectronicChannel.Email);
        _registry.GrantMarketingConsent("C-1", Start);

        Assert.False(_registry.TryGetElectronicPermit("C-1", ElectronicChannel.Email, out _));
        Assert.True(_registry.TryGetMarketingConsent("C-1", out _));
    }

    [Fact]
    public void Without_consent_there_is_no_electronic_permit()
        => Assert.False(_registry.TryGetElectronicPermit("C-1", ElectronicChannel.Email, out _));

    [Fact]
    public void A_contact_person_gets_electronic_permits_without_consent_until_it_opts_out()
    {
        _registry.RegisterContactPerson("P-1");

        Assert.False(_registry.TryGetMarketingConsent("P-1", out _));
        Assert.True(_registry.TryGetElectronicPermit("P-1", ElectronicChannel.Email, out var permit));
        Assert.Equal("P-1", permit.SubjectId);

        _registry.OptOut("P-1", ElectronicChannel.Email);
        Assert.False(_registry.TryGetElectronicPermit("P-1", ElectronicChannel.Email, out _));
        Assert.True(_registry.TryGetElectronicPermit("P-1", ElectronicChannel.Sms, out _));
    }

    [Fact]
    public async Task A_cancelled_async_check_throws_and_changes_nothing()
    {
        _registry.GrantMarketingConsent("C-1", Start);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await _registry.HasMarketingConsentAsync("C-1", new CancellationToken(canceled: true)));
        Assert.True(_registry.TryGetMarketingConsent("C-1", out _));
    }

    public static TheoryData<string?, Type> BadSubjectIds => new()
    {
        { null, typeof(ArgumentNullException) },
        { "", typeof(ArgumentException) },
        { " \t", typeof(ArgumentException) },
    };

    [Theory]
    [MemberData(nameof(BadSubjectIds))]
    public async Task Every_method_refuses_a_missing_subject_id_by_name_and_changes_nothing(string? subjectId, Type exceptionType)
    {
        _registry.GrantMarketingConsent("C-1", Start);
        var id = subjectId!;

        AssertRefused(() => _registry.TryGetMarketingConsent(id, out _));
        AssertRefused(() => _registry.TryGetElectronicPermit(id, ElectronicChannel.Email, out _));
        AssertRefused(() => _registry.GrantMarketingConsent(id, Start));
        AssertRefused(() => _registry.WithdrawMarketingConsent(id, Start));
        AssertRefused(() => _registry.OptOut(id, ElectronicChannel.Email));
        AssertRefused(() => _registry.RegisterContactPerson(id));
        AssertRefused(() => _registry.ConsentChangedAt(id));
        var asyncError = await Assert.ThrowsAnyAsync<ArgumentException>(async () => await _registry.HasMarketingConsentAsync(id));
        Assert.IsType(exceptionType, asyncError);

        Assert.True(_registry.TryGetMarketingConsent("C-1", out _));
        Assert.True(_registry.TryGetElectronicPermit("C-1", ElectronicChannel.Email, out _));

        void AssertRefused(Action call)
        {
            var error = Assert.ThrowsAny<ArgumentException>(call);
            Assert.IsType(exceptionType, error);
            Assert.Equal("subjectId", error.ParamName);
        }
    }

    [Fact]
    public void An_undefined_channel_is_refused_and_changes_nothing()
    {
        _registry.GrantMarketingConsent("C-1", Start);

        Assert.Equal("channel", Assert.Throws<ArgumentOutOfRangeException>(() => _registry.OptOut("C-1", (ElectronicChannel)42)).ParamName);
        Assert.Equal("channel", Assert.Throws<ArgumentOutOfRangeException>(() => _registry.TryGetElectronicPermit("C-1", (ElectronicChannel)42, out _)).ParamName);
        foreach (var channel in Enum.GetValues<ElectronicChannel>())
        {
            Assert.True(_registry.TryGetElectronicPermit("C-1", channel, out _));
        }
    }

    [Fact]
    public void A_missing_time_provider_is_refused()
        => Assert.Equal("timeProvider", Assert.Throws<ArgumentNullException>(() => new InMemoryConsentRegistry(null!)).ParamName);

    [Fact]
    public async Task Many_threads_granting_withdrawing_and_checking_lose_no_update()
    {
        const int Subjects = 64;
        const int Rounds = 200;
        var registry = new InMemoryConsentRegistry();
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();

        // Each subject is driven by one writer thread: it ends on grant for even subjects, withdrawal for odd ones,
        // while reader threads check every subject throughout. A lost update would leave a subject in the wrong state.
        var writers = Enumerable.Range(0, Subjects).Select(subject => Task.Run(() =>
        {
            var id = "C-" + subject;
            for (var round = 0; round < Rounds; round++)
            {
                registry.GrantMarketingConsent(id, Start.AddSeconds(round));
                registry.WithdrawMarketingConsent(id, Start.AddSeconds(round));
                if (round % 50 == 0)
                {
                    registry.OptOut(id, ElectronicChannel.Mms);
                }
            }

            if (subject % 2 == 0)
            {
                registry.GrantMarketingConsent(id, Start.AddDays(1));
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(reader => Task.Run(() =>
        {
            try
            {
                for (var round = 0; round < Rounds; round++)
                {
                    for (var subject = 0; subject < Subjects; subject++)
                    {
                        var id = "C-" + subject;
                        if (registry.TryGetMarketingConsent(id, out var consent) && consent.SubjectId != id)
                        {
                            throw new InvalidOperationException("A proof named another subject.");
                        }

                        registry.TryGetElectronicPermit(id, ElectronicChannel.Email, out _);
                    }
                }
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        }));

        await Task.WhenAll(writers.Concat(readers));

        Assert.Empty(errors);
        for (var subject = 0; subject < Subjects; subject++)
        {
            var id = "C-" + subject;
            Assert.Equal(subject % 2 == 0, registry.TryGetMarketingConsent(id, out _));
            Assert.Equal(subject % 2 == 0, registry.TryGetElectronicPermit(id, ElectronicChannel.Email, out _));
            Assert.False(registry.TryGetElectronicPermit(id, ElectronicChannel.Mms, out _));
        }
    }
}
