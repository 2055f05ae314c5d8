using System.Text.Json;

namespace Enefit.DataClassification.EndToEnd.Tests;

/// <summary>The samples as the README runs them.</summary>
public sealed class SampleTests
{
    /// <summary>Values seeded into the sample's database that are classified: none may ever reach the console.</summary>
    private static readonly string[] SeededClassifiedValues =
        ["anna@example.lv", "janis@example.lv", "010190-11111", "020285-22222", "Bērziņa", "Kalniņš", "+371 2000 0000"];

    [Fact]
    public void The_CustomerCare_sample_walks_through_every_service_and_prints_no_classified_value()
    {
        var run = DotNetCli.Run(Repository.Root, "run", "--project", Path.Combine("samples", "Enefit.CustomerCare"), "-c", "Release");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Database customercare.db created and seeded with 4 clients.", run.Output);
        Assert.Contains("log: Invoice of 33.73 EUR issued to C-1001 <[redacted]>", run.Output);
        Assert.Contains("4 invoices issued, 128.83 EUR in total", run.Output);
        Assert.Contains("C-1002: 61.40 EUR handed to the collector, for DebtCollection only (§9.2).", run.Output);
        Assert.Contains("C-1001 Good, C-1002 Poor, C-1003 Watch, C-1004 Good", run.Output);
        Assert.Contains("C-1001: home charger at a discount", run.Output);
        Assert.Contains("Not allowed: C-1002 and C-1004 gave no marketing consent", run.Output);
        Assert.Contains("1 e-mail(s) sent.", run.Output);
        Assert.Contains("Not allowed: C-1003, opted out of e-mail offers (§8.1).", run.Output);
        Assert.Contains("refused: A marketing purpose needs the client's checked consent", run.Output);
        Assert.Contains("Email = [MasterData]", run.Output);
        Assert.Contains("15 entries exported to customercare/exports/C-1001.json: 10 MasterData, 4 CommunicationData, 1 MarketingOnly.", run.Output);
        Assert.All(SeededClassifiedValues, value => Assert.DoesNotContain(value, run.Output));
    }

    [Fact]
    public void The_violations_sample_fails_with_exactly_the_marked_diagnostics()
    {
        var build = DotNetCli.Run(Repository.Root, "build", Path.Combine("samples", ViolationsSample.Name), "-c", "Release", "-nologo", "-clp:NoSummary");

        Assert.NotEqual(0, build.ExitCode);
        var expected = ViolationsSample.ExpectedKeys(Repository.PathOf("samples", ViolationsSample.Name));
        Assert.Equal(AllRuleIds(), expected.Select(k => k[..7]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(expected, BuildOutput.Keys(build.Output));
        Assert.DoesNotContain(BuildOutput.Diagnostics(build.Output), d => !d.Id.StartsWith("EDC", StringComparison.Ordinal));
    }

    [Fact]
    public void The_violations_build_writes_a_SARIF_log_naming_every_rule_with_its_help_link()
    {
        var log = Path.Combine(Directory.CreateTempSubdirectory("edc-sarif-").FullName, "violations.sarif");

        var build = DotNetCli.Run(
            Repository.Root, "build", Path.Combine("samples", ViolationsSample.Name), "-c", "Release", "--no-incremental",
            "-p:ErrorLog=" + log + "%2Cversion=2.1");

        Assert.NotEqual(0, build.ExitCode);
        using var sarif = JsonDocument.Parse(File.ReadAllText(log));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("id").GetString()!.StartsWith("EDC", StringComparison.Ordinal))
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("helpUri").GetString());
        Assert.Equal(AllRuleIds(), rules.Keys.Order(StringComparer.Ordinal));
        Assert.All(rules, rule => Assert.EndsWith("/docs/rules/" + rule.Key + ".md", rule.Value));
        var reported = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).Distinct();
        Assert.Equal(AllRuleIds(), reported.Where(id => id!.StartsWith("EDC", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    /// <summary>Every rule ID that has a page in docs/rules: the violations sample must show each one.</summary>
    internal static IReadOnlyList<string> AllRuleIds()
        => Directory.EnumerateFiles(Repository.PathOf("docs", "rules"), "EDC*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .ToList()!;
}
