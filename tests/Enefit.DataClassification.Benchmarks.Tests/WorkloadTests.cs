using Enefit.DataClassification.Benchmarks.Components;
using Enefit.DataClassification.Benchmarks.Measurement;
using Enefit.DataClassification.Benchmarks.Synthetic;

namespace Enefit.DataClassification.Benchmarks.Tests;

public sealed class WorkloadTests
{
    /// <summary>
    /// Our analyzers carry what they found over to the next compilation of the same assembly with the same texts, as a
    /// compiler server compiles each build; a timed round in process must be a fresh build, so no two compilations of
    /// the harness share an assembly name.
    /// </summary>
    [Fact]
    public void Every_compilation_of_the_same_code_is_an_assembly_of_its_own()
    {
        var codebase = SyntheticCodebase.Generate(3_000);
        var workload = new Workload(codebase, SyntheticCodebase.Generate(3_000, runtimeReferenced: false), OurComponents.Discover(), PeerAnalyzer.Load());

        var names = Enumerable.Range(0, 3).Select(_ => workload.CreateCompilation(Workload.Parse(codebase)).AssemblyName).ToList();

        Assert.Equal(3, names.Distinct().Count());
        Assert.All(names, name => Assert.StartsWith("Retail.Synthetic.", name));
    }
}
