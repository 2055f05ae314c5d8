using Enefit.DataClassification.Analyzers.Symbols;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Enefit.DataClassification.Analyzers.Tests.Symbols;

/// <summary>
/// The classifier reads attributes only of symbols whose assembly can carry the runtime's attributes: classified members
/// of a referenced library are still found, and the framework's are never read.
/// </summary>
public sealed class AttributeReachTests
{
    private const string ClassifiedLibrary = """
        using Enefit.DataClassification;

        namespace Crm;

        public class Client
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData] public string Email { get; set; } = "";
            [MarketingOnly] public string Hobbies { get; set; } = "";
            public int Visits { get; set; }
            [return: CommunicationData] public string Phone() => "";
        }
        """;

    private const string PlainLibrary = """
        namespace Tools;

        public class Counter
        {
            public int Count { get; set; }
        }
        """;

    private const string App = """
        public class Service
        {
            public string Run(Crm.Client client, Tools.Counter counter) => client.Email + counter.Count + "".Length;
        }
        """;

    [Fact]
    public void Members_of_a_referenced_library_that_uses_the_runtime_are_classified_from_metadata()
    {
        var (compilation, classifier, _) = Build();
        var client = compilation.GetTypeByMetadataName("Crm.Client")!;

        Assert.Equal(ClassifiedCategory.MasterData, classifier.CategoryOf(client.GetMembers("Email").Single()));
        Assert.Equal(ClassifiedCategory.MarketingOnly, classifier.CategoryOf(client.GetMembers("Hobbies").Single()));
        Assert.Null(classifier.CategoryOf(client.GetMembers("Visits").Single()));
        Assert.True(classifier.IsSubjectId(client.GetMembers("Id").Single()));
        Assert.Equal(ClassifiedCategory.CommunicationData, classifier.ReturnCategoryOf((IMethodSymbol)client.GetMembers("Phone").Single()));
    }

    [Fact]
    public void Only_the_runtime_the_source_and_libraries_that_reference_the_runtime_may_carry_its_attributes()
    {
        var (compilation, _, reach) = Build();
        var runtime = compilation.GetTypeByMetadataName("Enefit.DataClassification.MarketingConsent")!;

        Assert.True(reach.MayCarry(runtime));
        Assert.True(reach.MayCarry(compilation.GetTypeByMetadataName("Service")!));
        Assert.True(reach.MayCarry(compilation.GetTypeByMetadataName("Crm.Client")!.GetMembers("Email").Single()));
        Assert.False(reach.MayCarry(compilation.GetTypeByMetadataName("Tools.Counter")!.GetMembers("Count").Single()));
        Assert.False(reach.MayCarry(compilation.GetSpecialType(SpecialType.System_String).GetMembers("Length").Single()));
        Assert.True(reach.MayCarry(compilation.GlobalNamespace), "a namespace of the whole compilation has no one assembly: in doubt, yes");
    }

    private static (Compilation Compilation, MemberClassifier Classifier, AttributeReach Reach) Build()
    {
        var runtimeReferences = TestReferences.Framework.Append(TestReferences.Runtime).Append(TestReferences.ComplianceAbstractions).ToList();
        var classified = Library("Crm", ClassifiedLibrary, runtimeReferences);
        var plain = Library("Tools", PlainLibrary, TestReferences.Framework.ToList());
        var compilation = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(App)],
            runtimeReferences.Append(classified).Append(plain),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var symbols = KnownSymbols.TryCreate(compilation)!;
        return (compilation, new MemberClassifier(symbols), new AttributeReach(symbols.ClassificationBase.ContainingAssembly));
    }

    /// <summary>A library compiled and referenced as metadata, as a package's would be.</summary>
    private static MetadataReference Library(string name, string source, IReadOnlyList<MetadataReference> references)
    {
        var library = CSharpCompilation.Create(
            name, [CSharpSyntaxTree.ParseText(source)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
