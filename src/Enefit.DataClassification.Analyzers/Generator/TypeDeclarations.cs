using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// How a type's generated part names and declares it. Whether a type gets one at all is
/// <see cref="Symbols.PartialTypes.GeneratorAddsTo"/>.
/// </summary>
internal static class TypeDeclarations
{
    /// <summary>The containing types, outermost first.</summary>
    public static List<INamedTypeSymbol> ContainingTypes(INamedTypeSymbol type)
    {
        var containing = new List<INamedTypeSymbol>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            containing.Insert(0, current);
        }

        return containing;
    }

    /// <summary>Namespace, then each type's metadata name joined by <c>+</c>: unique for nested and generic types.</summary>
    public static string HintName(INamedTypeSymbol type)
    {
        var names = ContainingTypes(type).Select(containing => containing.MetadataName).Append(type.MetadataName);
        var prefix = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : string.Empty;
        return prefix + string.Join("+", names) + GeneratedText.FileSuffix;
    }

    public static TypeDeclarationSpec Declaration(INamedTypeSymbol type)
    {
        var keyword = type switch
        {
            { TypeKind: TypeKind.Interface } => "interface",
            { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
            { IsRecord: true } => "record",
            { TypeKind: TypeKind.Struct } => "struct",
            _ => "class",
        };
        var modifiers = (type.TypeKind == TypeKind.Struct && type.IsReadOnly ? "readonly " : string.Empty)
            + (type.IsRefLikeType ? "ref " : string.Empty);
        var name = AccessorNames.Escape(type.Name);
        if (type.TypeParameters.Length > 0)
        {
            name += "<" + string.Join(", ", type.TypeParameters.Select(parameter => AccessorNames.Escape(parameter.Name))) + ">";
        }

        return new TypeDeclarationSpec(modifiers, keyword, name);
    }
}
