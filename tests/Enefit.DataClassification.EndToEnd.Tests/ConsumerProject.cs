namespace Enefit.DataClassification.EndToEnd.Tests;

/// <summary>
/// A throw-away project outside the repository that references the packed package by version, through a nuget.config
/// that adds the pack folder and keeps the machine's configured sources (it clears nothing).
/// </summary>
internal sealed class ConsumerProject : IDisposable
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

    /// <summary><c>dotnet build</c>, which compiles through the compiler server it keeps across builds, as a developer's build does.</summary>
    public CliResult Build(params string[] options) => DotNetCli.Run(Folder, ["build", "-c", "Release", "-nologo", "-clp:NoSummary", .. options]);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
