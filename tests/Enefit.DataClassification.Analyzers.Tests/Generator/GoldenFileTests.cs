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
        Assert.Equal(File.ReadAllText(path), actual);
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

    private static string GoldenDirectory([CallerFilePath] string thisFile = "")
        => Path.Combine(Path.GetDirectoryName(thisFile)!, "Golden");
}
