using System.Text.RegularExpressions;

namespace Enefit.DataClassification.EndToEnd.Tests;

/// <summary>One diagnostic as <c>dotnet build</c> prints it: <c>path/File.cs(12,5): error EDC0001: message [project]</c>.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    /// <summary>"EDC0001 Violations.cs:12": what the sample tests compare.</summary>
    public string Key => $"{Id} {System.IO.Path.GetFileName(File)}:{Line}";
}

internal static partial class BuildOutput
{
    /// <summary>The distinct diagnostics of a build's output (MSBuild prints some twice).</summary>
    public static IReadOnlyList<BuildDiagnostic> Diagnostics(string output)
        => DiagnosticLine().Matches(output)
            .Select(m => new BuildDiagnostic(
                m.Groups["file"].Value,
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value.Trim()))
            .DistinctBy(d => (d.File, d.Line, d.Column, d.Id))
            .ToList();

    /// <summary>The diagnostics whose ID starts with <paramref name="idPrefix"/>, as sorted keys.</summary>
    public static IReadOnlyList<string> Keys(string output, string idPrefix = "EDC")
        => Diagnostics(output)
            .Where(d => d.Id.StartsWith(idPrefix, StringComparison.Ordinal))
            .Select(d => d.Key)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"^[ \t]*(?<file>[^\s(][^(\r\n]*\.cs)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<id>[A-Z]+\d+): (?<message>[^\r\n]*?)(?: \[[^\]\r\n]+\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
