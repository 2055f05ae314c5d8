using System.Text.RegularExpressions;

namespace Enefit.DataClassification.Package.Tests;

/// <summary>
/// A throw-away project outside the repository that references the packed package by version, through a nuget.config
/// that adds the pack folder and keeps the machine's configured sources (it clears nothing).
/// </summary>
internal sealed partial class ConsumerProject : IDisposable
{
    private ConsumerProject(string folder) => Folder = folder;

    public string Folder { get; }

    public static ConsumerProject Create(PackedPackage package)
    {
        var consumer = new ConsumerProject(Directory.CreateTempSubdirectory("edc-consumer-").FullName);
        File.WriteAllText(Path.Combine(consumer.Folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="enefit-test-pack" value="{package.Folder}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer.Folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <OutputType>Library</OutputType>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Enefit.DataClassification" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        return consumer;
    }

    public void Write(string fileName, string source) => File.WriteAllText(Path.Combine(Folder, fileName), source);

    public CliResult Build() => DotNetCli.Run(Folder, "build", "-c", "Release", "-nologo", "-clp:NoSummary");

    /// <summary>The distinct diagnostics of a build's output, as "ID file(line,column)".</summary>
    public static IReadOnlyList<string> Diagnostics(CliResult result, string idPrefix)
        => DiagnosticLine().Matches(result.Output)
            .Select(m => $"{m.Groups["id"].Value} {Path.GetFileName(m.Groups["file"].Value)}({m.Groups["line"].Value},{m.Groups["column"].Value})")
            .Where(d => d.StartsWith(idPrefix, StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    [GeneratedRegex(@"(?<file>[^\s:]+\.cs)\((?<line>\d+),(?<column>\d+)\): (?:error|warning|info) (?<id>[A-Z]+\d+)")]
    private static partial Regex DiagnosticLine();
}
