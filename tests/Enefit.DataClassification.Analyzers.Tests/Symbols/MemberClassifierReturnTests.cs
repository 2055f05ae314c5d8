using Enefit.DataClassification.Analyzers.Symbols;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Tests.Symbols;

/// <summary>The category a method's return value carries, as the read finder asks it for every call (EDC0001–0004).</summary>
public sealed class MemberClassifierReturnTests
{
    private const string Source = """
        using Enefit.DataClassification;

        public class Directory
        {
            [return: MasterData] public string Email() => "";
            [return: CommunicationData] public T Reading<T>(T value) => value;
            public string Note() => "";
        }
        """;

    [Fact]
    public void A_return_category_is_found_on_plain_and_constructed_generic_methods_and_is_null_without_one()
    {
        var compilation = TestCompilations.WithRuntime("Returns", Source);
        var classifier = new MemberClassifier(KnownSymbols.TryCreate(compilation)!);
        var directory = compilation.GetTypeByMetadataName("Directory")!;
        var reading = directory.GetMembers("Reading").OfType<IMethodSymbol>().Single()
            .Construct(compilation.GetSpecialType(SpecialType.System_Int32));

        Assert.Equal(ClassifiedCategory.MasterData, classifier.ReturnCategoryOf(Method(directory, "Email")));
        Assert.Equal(ClassifiedCategory.CommunicationData, classifier.ReturnCategoryOf(reading));
        Assert.Null(classifier.ReturnCategoryOf(Method(directory, "Note")));

        // Asked again, the cached answer is the same.
        Assert.Equal(ClassifiedCategory.MasterData, classifier.ReturnCategoryOf(Method(directory, "Email")));
    }

    private static IMethodSymbol Method(INamedTypeSymbol type, string name) => type.GetMembers(name).OfType<IMethodSymbol>().Single();
}
