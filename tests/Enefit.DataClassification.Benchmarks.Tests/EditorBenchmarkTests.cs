using Enefit.DataClassification.Benchmarks.Components;
using Enefit.DataClassification.Benchmarks.Measurement;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Enefit.DataClassification.Benchmarks.Tests;

/// <summary>The editor's analysis of one file is the IDE's: the compiler's diagnostics and the analyzers' from one pass.</summary>
public sealed class EditorBenchmarkTests
{
    private const string Path = "Service.cs";

    private const string Code = """
        using Enefit.DataClassification;
        using Microsoft.Extensions.Logging;

        public class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData] public string Email { get; set; } = "";
        }

        public class Service
        {
            public int Broken() => "text";

            public void Run(ILogger logger, Customer c) => logger.LogInformation("{Email}", c.Email);
        }
        """;

    [Fact]
    public async Task A_files_analysis_gives_the_compilers_diagnostics_and_the_analyzers_from_one_pass()
    {
        var logLeakRule = OurComponents.Reporting(OurComponents.Discover().Analyzers, "EDC0006")!;

        var diagnostics = await EditorBenchmark.FileDiagnosticsAsync(Compilation(), Path, [logLeakRule]);

        Assert.Equal(
            [("CS0029", "\"text\""), ("EDC0006", "c.Email")],
            diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => (d.Id, Code[d.Location.SourceSpan.Start..d.Location.SourceSpan.End])));
    }

    [Fact]
    public async Task Without_analyzers_a_files_analysis_gives_the_compilers_diagnostics()
    {
        var diagnostics = await EditorBenchmark.FileDiagnosticsAsync(Compilation(), Path, []);

        Assert.Equal("CS0029", Assert.Single(diagnostics).Id);
    }

    private static CSharpCompilation Compilation() => CSharpCompilation.Create(
        "Editor",
        [CSharpSyntaxTree.ParseText(Code, path: Path)],
        Workload.ReferencesWithRuntime,
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}
