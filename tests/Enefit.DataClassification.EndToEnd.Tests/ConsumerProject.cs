using System.Text.Json;

namespace Enefit.DataClassification.EndToEnd.Tests;

/// <summary>
/// A throw-away project outside the repository that references the packed package by version, through a nuget.config
/// that adds the pack folder and keeps the machine's configured sources (it clears nothing).
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    private ConsumerProject(string folder) => Folder = folder;

    public string Folder { get; }

    /// <param name="referenceMetadata">Attributes added to the package reference, such as <c>ExcludeAssets="compile"</c>.</param>
    public static ConsumerProject Create(PackedPackage package, string referenceMetadata = "")
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
                <PackageReference Include="Enefit.DataClassification" Version="{package.Version}" {referenceMetadata} />
              </ItemGroup>
            </Project>
            """);
        return consumer;
    }

    public void Write(string fileName, string source) => File.WriteAllText(Path.Combine(Folder, fileName), source);

    /// <summary><c>dotnet build</c>, which compiles through the compiler server it keeps across builds, as a developer's build does.</summary>
    public CliResult Build(params string[] options) => DotNetCli.Run(Folder, ["build", "-c", "Release", "-nologo", "-clp:NoSummary", .. options]);

    /// <summary>
    /// The file names of the analyzer assemblies the build handed to the compiler: the project's <c>Analyzer</c> items
    /// after the build, which the compile target passes on as they are.
    /// </summary>
    public IReadOnlyList<string> AnalyzersGivenToTheCompiler(params string[] options)
    {
        var build = Build(["-t:Build", "-getItem:Analyzer", .. options]);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet build failed:\n" + build.Output);
        }

        using var items = JsonDocument.Parse(build.Output);
        return items.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(item => item.GetProperty("Filename").GetString()!)
            .ToList();
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
