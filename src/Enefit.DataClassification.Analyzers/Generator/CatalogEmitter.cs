using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>Writes the assembly's <c>DataClassificationCatalog</c>, the inventory of classified members (§11.1).</summary>
internal static class CatalogEmitter
{
    public const string HintName = "Enefit.DataClassification.Generated.DataClassificationCatalog.g.cs";

    private const string Member = GeneratedText.Runtime + "ClassifiedMember";

    public static void Emit(SourceProductionContext context, CatalogSpec catalog)
    {
        // Nothing is classified, so nothing is listed; an assembly without the runtime library must not get a file
        // that names its types.
        if (!catalog.Entries.IsEmpty)
        {
            context.AddSource(HintName, SourceText.From(Write(catalog), Encoding.UTF8));
        }
    }

    public static string Write(CatalogSpec catalog)
    {
        var writer = new SourceWriter();
        GeneratedText.WriteHeader(writer, catalog.NullableAnnotations);
        writer.Open("namespace Enefit.DataClassification.Generated");
        writer.Line("/// <summary>");
        writer.Line("/// Every classified member of this assembly's generated types, with its category and fideslang key: the inventory of");
        writer.Line("/// what client data the assembly holds (§11.1).");
        writer.Line("/// </summary>");
        writer.Line(GeneratedText.GeneratedCodeAttribute);
        writer.Open("internal static class DataClassificationCatalog");
        writer.Line("/// <summary>The classified members, ordered by type name and then as declared.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Member}> Members {{ get; }} = new {Member}[]");
        writer.Line("{");
        foreach (var entry in catalog.Entries)
        {
            writer.Line(
                $"    new {Member}({GeneratedText.Literal(entry.TypeName)}, {GeneratedText.Literal(entry.MemberName)}, "
                + $"{GeneratedText.CategoryValue(entry.Category)}, {GeneratedText.Literal(entry.Kind)}),");
        }

        writer.Line("};");
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
