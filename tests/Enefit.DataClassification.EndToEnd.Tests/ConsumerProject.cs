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

    /// <summary>A project that references the package.</summary>
    public static ConsumerProject Create(PackedPackage package)
        => Create(package, $"""<PackageReference Include="Enefit.DataClassification" Version="{package.Version}" />""");

    /// <summary>
    /// A project that gets the package through a <c>GlobalPackageReference</c> of central package management, as
    /// analyzer packages are given to every project of a repository: without the runtime library's compile asset.
    /// </summary>
    public static ConsumerProject CreateWithGlobalPackageReference(PackedPackage package)
    {
        var consumer = Create(package, projectItems: "");
        File.WriteAllText(Path.Combine(consumer.Folder, "Directory.Packages.props"), $"""
            <Project>
              <PropertyGroup>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <GlobalPackageReference Include="Enefit.DataClassification" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        return consumer;
    }

    /// <summary>
    /// Another project, in a folder of its own, that references this one and not the package: it gets the runtime
    /// library through this project, as an application gets it through its domain library.
    /// </summary>
    public ConsumerProject CreateReferencingProject(PackedPackage package)
        => Create(package, $"""<ProjectReference Include="{Path.Combine(Folder, "Consumer.csproj")}" />""", projectName: "Application");

    /// <param name="projectName">The project file's name: NuGet refuses two projects of one name in a build.</param>
    private static ConsumerProject Create(PackedPackage package, string projectItems, string projectName = "Consumer")
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
        File.WriteAllText(Path.Combine(consumer.Folder, projectName + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <OutputType>Library</OutputType>
              </PropertyGroup>
              <ItemGroup>
                {projectItems}
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
