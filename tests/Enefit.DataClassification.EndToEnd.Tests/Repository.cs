using System.Runtime.CompilerServices;

namespace Enefit.DataClassification.EndToEnd.Tests;

/// <summary>Paths in the repository these tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>
    /// Copies a sample with the repository files its build reads (central package versions, build props) into a
    /// temporary folder, so that it can be built against the packed package without touching the working tree.
    /// </summary>
    public static string CopySample(string sampleName, string packageFolder)
    {
        var root = Directory.CreateTempSubdirectory("edc-sample-").FullName;
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props" })
        {
            File.Copy(PathOf(file), Path.Combine(root, file));
        }

        Directory.CreateDirectory(Path.Combine(root, "samples"));
        File.Copy(PathOf("samples", "Directory.Build.props"), Path.Combine(root, "samples", "Directory.Build.props"));
        CopyDirectory(PathOf("samples", sampleName), Path.Combine(root, "samples", sampleName));
        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="enefit-test-pack" value="{packageFolder}" />
              </packageSources>
            </configuration>
            """);
        return root;
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        for (var directory = Path.GetDirectoryName(thisFile); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Enefit.DataClassification.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("The repository root (with Enefit.DataClassification.sln) was not found above " + thisFile);
    }
}
