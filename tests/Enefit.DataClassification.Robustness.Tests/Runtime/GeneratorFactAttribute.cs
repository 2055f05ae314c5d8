using Enefit.DataClassification.Robustness.Tests.Harness;

namespace Enefit.DataClassification.Robustness.Tests.Runtime;

/// <summary>A fact about generated code: skipped, with the reason, only while the product has no generator.</summary>
public sealed class GeneratorFactAttribute : FactAttribute
{
    public GeneratorFactAttribute()
    {
        if (!ProductComponents.HasGenerator)
        {
            Skip = $"No IIncrementalGenerator with [Generator] in {ProductComponents.AssemblyName} yet: the generated accessors are tested once the generator is merged.";
        }
    }
}
