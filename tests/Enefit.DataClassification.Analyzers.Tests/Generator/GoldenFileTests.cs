using System.Runtime.CompilerServices;
using System.Text;
using Enefit.DataClassification.Analyzers.Generator;

namespace Enefit.DataClassification.Analyzers.Tests.Generator;

/// <summary>
/// The exact generated text for each of <see cref="GoldenInputs"/>, compared with <c>Golden/{case}.txt</c>.
/// Set <c>EDC_UPDATE_GOLDEN=1</c> to rewrite the files when a change of the text is intended, then review the diff.
/// The generator's version in <c>[GeneratedCode]</c> is written as <c>{version}</c>, so that a release does not
/// rewrite every file.
/// </summary>
public sealed class GoldenFileTests
{
    private const string UpdateVariable = "EDC_UPDATE_GOLDEN";

    [Theory]
    [MemberData(nameof(GoldenInputs.Names), MemberType = typeof(GoldenInputs))]
    public void Generated_text_matches_the_golden_file(string name)
    {
        var actual = Render(GeneratorHarness.Run(GoldenInputs.Sources[name]));
        var path = Path.Combine(GoldenDirectory(), name + ".txt");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with {UpdateVariable}=1 and review the file.");
        // A checkout may have turned the file's line ends into \r\n; the generator writes \n everywhere.
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }

    private const string VersionPlaceholder = "{version}";

    /// <summary>Every generated file, in hint-name order, each under a line that names it.</summary>
    private static string Render(GeneratorRun run)
    {
        var text = new StringBuilder();
        foreach (var (hintName, source) in run.Sources)
        {
            text.Append("//// ").Append(hintName).Append('\n').Append(source).Append('\n');
        }

        return text.Replace($"\"{GeneratedText.Tool}\", \"{GeneratedText.Version}\"", $"\"{GeneratedText.Tool}\", \"{VersionPlaceholder}\"").ToString();
    }

    /// <summary>
    /// <c>Golden/</c> beside this source file. A build that maps source paths (<c>ContinuousIntegrationBuild</c>) hides
    /// the real path, so then it is found by walking up from the test's output folder to the repository.
    /// </summary>
    private static string GoldenDirectory([CallerFilePath] string thisFile = "")
    {
        var besideSource = Path.Combine(Path.GetDirectoryName(thisFile) ?? string.Empty, "Golden");
        if (Directory.Exists(besideSource))
        {
            return besideSource;
        }

        const string FromRepository = "tests/Enefit.DataClassification.Analyzers.Tests/Generator/Golden";
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, FromRepository);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{FromRepository} was not found beside {thisFile} or above {AppContext.BaseDirectory}.");
    }
}
