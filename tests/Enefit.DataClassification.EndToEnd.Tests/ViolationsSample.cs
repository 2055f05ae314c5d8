using System.Text.RegularExpressions;

namespace Enefit.DataClassification.EndToEnd.Tests;

/// <summary>
/// samples/Enefit.Violations: each violating line ends with <c>// expect: EDC00NN</c>. The markers are the
/// expectation, so neither the sample nor the rules can drift without a test failing.
/// </summary>
internal static partial class ViolationsSample
{
    public const string Name = "Enefit.Violations";

    /// <summary>The marked diagnostics as "EDC0001 Violations.cs:12", sorted.</summary>
    public static IReadOnlyList<string> ExpectedKeys(string sampleFolder)
        => Directory.EnumerateFiles(sampleFolder, "*.cs", SearchOption.TopDirectoryOnly)
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .SelectMany(l => ExpectMarker().Matches(l.line).Select(m => $"{m.Groups["id"].Value} {Path.GetFileName(l.file)}:{l.number}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"// expect: (?<id>EDC\d{4})")]
    private static partial Regex ExpectMarker();
}
