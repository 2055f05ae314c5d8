using Enefit.DataClassification.Benchmarks.Synthetic;

namespace Enefit.DataClassification.Benchmarks.Tests;

public sealed class SyntheticCodebaseTests
{
    [Fact]
    public void Same_seed_gives_the_same_text()
    {
        var first = SyntheticCodebase.Generate(20_000, seed: 7);
        var second = SyntheticCodebase.Generate(20_000, seed: 7);

        Assert.Equal(first.Files.ToList(), second.Files.ToList());
        Assert.Equal(first.PlantedLeaks, second.PlantedLeaks);
        Assert.Equal(first.UnrelatedEdit, second.UnrelatedEdit);
    }

    [Fact]
    public void Another_seed_gives_another_text()
    {
        var first = SyntheticCodebase.Generate(5_000, seed: 7);
        var second = SyntheticCodebase.Generate(5_000, seed: 8);

        Assert.NotEqual(
            string.Concat(first.Files.Select(f => f.Text)),
            string.Concat(second.Files.Select(f => f.Text)));
    }

    [Theory]
    [InlineData(1_000, true)]
    [InlineData(20_000, true)]
    [InlineData(100_000, true)]
    [InlineData(20_000, false)]
    public void Size_is_the_requested_one_overshot_by_less_than_the_last_file(int lines, bool runtimeReferenced)
    {
        var codebase = SyntheticCodebase.Generate(lines, runtimeReferenced: runtimeReferenced);

        var lastFile = codebase.Files[^1].Text.Count(c => c == '\n');
        Assert.InRange(codebase.LineCount, lines, lines + lastFile - 1);
        Assert.True(lastFile < 250, $"the last file has {lastFile} lines");
    }

    [Fact]
    public void About_one_type_in_ten_is_a_classified_entity()
    {
        var codebase = SyntheticCodebase.Generate(20_000);

        Assert.Equal(codebase.Files.Length, codebase.EntityCount + codebase.ServiceCount);
        Assert.Equal((codebase.Files.Length + 9) / 10, codebase.EntityCount);
        var entities = codebase.Files.Where(f => f.Text.Contains("public partial class", StringComparison.Ordinal)).ToList();
        Assert.Equal(codebase.EntityCount, entities.Count);
        Assert.All(entities, e =>
        {
            Assert.Contains("[SubjectId]", e.Text, StringComparison.Ordinal);
            Assert.Contains("[MasterData(", e.Text, StringComparison.Ordinal);
            Assert.Contains("[CommunicationData(", e.Text, StringComparison.Ordinal);
            Assert.Contains("[MarketingOnly", e.Text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("if (_consents.TryGetMarketingConsent(c.Id, out var consent))")]
    [InlineData("if (!_consents.TryGetMarketingConsent(c.Id, out _))")]
    [InlineData("=> _consents.TryGetMarketingConsent(c.Id, out _) && c.FavouriteCategory == wanted;")]
    [InlineData("var allowed = _consents.TryGetMarketingConsent(c.Id, out _);")]
    [InlineData("if (await _consents.HasMarketingConsentAsync(c.Id, cancellationToken))")]
    [InlineData(".Where(x => _consents.TryGetMarketingConsent(x.Id, out _)).Select(x => x.FavouriteCategory)")]
    [InlineData(", MarketingConsent consent) => consent.IsValid ? c.FavouriteCategory")]
    [InlineData("[ProcessingPurpose(Purpose.Billing)]")]
    [InlineData("[ProcessingPurpose(Purpose.PersonalizedOffers)]")]
    public void Every_guard_form_and_purpose_kind_occurs(string code)
    {
        var codebase = SyntheticCodebase.Generate(20_000);

        Assert.Contains(codebase.Files, f => f.Text.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_leak_form_is_planted_and_most_code_touches_no_classified_data()
    {
        var codebase = SyntheticCodebase.Generate(20_000);

        Assert.All(Enum.GetValues<LeakForm>(), form => Assert.True(codebase.PlantedLeaks[form] > 0, form.ToString()));
        var ordinary = codebase.Files.Where(f => f.Path.Contains("Workflow", StringComparison.Ordinal)).Sum(f => f.Text.Count(c => c == '\n'));
        Assert.True(ordinary > codebase.LineCount / 2, $"{ordinary} of {codebase.LineCount} lines are in ordinary workflows");
    }

    [Fact]
    public void Without_the_runtime_the_code_uses_lookalike_types_and_is_otherwise_the_same()
    {
        var with = SyntheticCodebase.Generate(5_000);
        var without = SyntheticCodebase.Generate(5_000, runtimeReferenced: false);

        Assert.DoesNotContain(without.Files, f => f.Text.Contains("Enefit.DataClassification", StringComparison.Ordinal));
        Assert.Equal("Retail/Lookalikes/LookalikeTypes.cs", without.Files[0].Path);
        var rewritten = with.Files.Select(f => f with { Text = f.Text.Replace("using Enefit.DataClassification;", "using Retail.Lookalikes;", StringComparison.Ordinal) });
        Assert.Equal(rewritten.Take(without.Files.Length - 1), without.Files.Skip(1));
    }

    [Fact]
    public void Each_edit_finds_its_text_exactly_once()
    {
        var codebase = SyntheticCodebase.Generate(20_000);

        foreach (var edit in new[] { codebase.UnrelatedEdit, codebase.ClassifiedMemberEdit })
        {
            var text = Assert.Single(codebase.Files, f => f.Path == edit.Path).Text;
            Assert.Equal(text.IndexOf(edit.OldText, StringComparison.Ordinal), text.LastIndexOf(edit.OldText, StringComparison.Ordinal));
            Assert.NotEqual(-1, text.IndexOf(edit.OldText, StringComparison.Ordinal));
        }

        // The unrelated edit is in an ordinary workflow, which reads no classified data.
        Assert.Contains("Workflow", codebase.UnrelatedEdit.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("c.", Assert.Single(codebase.Files, f => f.Path == codebase.UnrelatedEdit.Path).Text, StringComparison.Ordinal);
    }
}
