namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>Finds the repository's folders from the test's output folder, so the corpus is read from the sources.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string TestsFolder => Path.Combine(Root, "tests");

    public static string SamplesFolder => Path.Combine(Root, "samples");

    /// <summary>This project's own folder: its sources are not part of the corpus.</summary>
    public static string OwnFolder => Path.Combine(TestsFolder, "Enefit.DataClassification.Robustness.Tests");

    /// <summary>Every .cs file under <paramref name="folder"/>, build output excluded, in a stable order.</summary>
    public static IEnumerable<string> CSharpFilesUnder(string folder)
        => !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(path))
                .OrderBy(path => path, StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(Root, path);

    private static bool IsBuildOutput(string path)
    {
        var parts = Path.GetRelativePath(Root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Any(p => p is "bin" or "obj");
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Enefit.DataClassification.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Enefit.DataClassification.sln was not found above " + AppContext.BaseDirectory);
    }
}
