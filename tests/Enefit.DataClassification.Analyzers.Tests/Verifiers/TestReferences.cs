using Basic.Reference.Assemblies;
using Enefit.DataClassification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.Extensions.Compliance.Classification;

namespace Enefit.DataClassification.Analyzers.Tests.Verifiers;

/// <summary>
/// What test compilations reference: .NET 10 (from Basic.Reference.Assemblies, so nothing is downloaded at test time),
/// the runtime library and Microsoft's compliance abstractions.
/// </summary>
internal static class TestReferences
{
    /// <summary>A target framework with no package: every reference comes from <see cref="AddTo"/>.</summary>
    public static ReferenceAssemblies WithoutPackage { get; } = new("net10.0");

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(MarketingConsent).Assembly.Location);

    public static MetadataReference ComplianceAbstractions { get; } =
        MetadataReference.CreateFromFile(typeof(DataClassificationAttribute).Assembly.Location);

    /// <summary>
    /// Microsoft.Extensions.Logging.Abstractions, Microsoft.Extensions.Compliance.Redaction and
    /// Microsoft.Extensions.Telemetry.Abstractions (<c>[LogProperties]</c>), for tests of telemetry sinks and redactors;
    /// opt in with <see cref="AddTelemetryTo"/>. Activity is in the framework already.
    /// </summary>
    public static IReadOnlyList<MetadataReference> Telemetry { get; } =
    [
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Compliance.Redaction.ErasingRedactor).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.LogPropertiesAttribute).Assembly.Location),
    ];

    public static IEnumerable<MetadataReference> Framework => Basic.Reference.Assemblies.Net100.References.All;

    public static void AddTo(SolutionState state, bool includeRuntime = true)
    {
        state.AdditionalReferences.AddRange(Framework);
        if (includeRuntime)
        {
            state.AdditionalReferences.Add(Runtime);
            state.AdditionalReferences.Add(ComplianceAbstractions);
        }
    }

    /// <summary>Adds <see cref="Telemetry"/> to a test whose code logs, redacts or traces.</summary>
    public static void AddTelemetryTo(SolutionState state) => state.AdditionalReferences.AddRange(Telemetry);
}
