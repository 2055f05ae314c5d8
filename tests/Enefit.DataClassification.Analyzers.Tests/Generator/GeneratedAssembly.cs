using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Tests.Generator;

/// <summary>
/// Test sources compiled together with their generated code, emitted to memory and loaded into a collectible load
/// context. The runtime library resolves to the one this test assembly uses, so its types can be passed in directly.
/// </summary>
internal sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private GeneratedAssembly(AssemblyLoadContext context, Assembly assembly, GeneratorRun run)
    {
        _context = context;
        Assembly = assembly;
        Run = run;
    }

    public Assembly Assembly { get; }

    public GeneratorRun Run { get; }

    public static GeneratedAssembly Build(params string[] sources)
    {
        var run = GeneratorHarness.Run(sources);
        Assert.Empty(GeneratorHarness.Problems(run.Output));

        // Problems() has checked the generated documentation; the test's own types are not documented.
        var output = run.Output.WithOptions(run.Output.Options.WithSpecificDiagnosticOptions(
            new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Suppress }));
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;

        var context = new AssemblyLoadContext(run.Output.AssemblyName, isCollectible: true);
        return new GeneratedAssembly(context, context.LoadFromStream(image), run);
    }

    public Type Type(string fullName) => Assembly.GetType(fullName, throwOnError: true)!;

    public dynamic Create(string fullName, params object?[] arguments) => Activator.CreateInstance(Type(fullName), arguments)!;

    public void Dispose() => _context.Unload();
}
