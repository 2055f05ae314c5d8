using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>Whether a type can get a generated part, and how that part names and declares it.</summary>
internal static class TypeDeclarations
{
    /// <summary>
    /// A class, struct or record whose every declaration, and every declaration of every containing type, is partial:
    /// the generated part can be added. A type that is not partial gets nothing (EDC0012 reports it).
    /// </summary>
    public static bool IsGeneratable(INamedTypeSymbol type, CancellationToken cancellationToken)
        => type.TypeKind is TypeKind.Class or TypeKind.Struct
            && !type.IsStatic
            && IsPartial(type, cancellationToken)
            && ContainingTypes(type).All(containing => IsPartial(containing, cancellationToken));

    /// <summary>
    /// Every declaration carries <c>partial</c>. A file-local type counts as not partial here: another file, such as the
    /// generated one, cannot add to it.
    /// </summary>
    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
        => !type.IsFileLocal
            && type.DeclaringSyntaxReferences.Length > 0
            && type.DeclaringSyntaxReferences.All(reference =>
                reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

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
        return prefix + string.Join("+", names) + ".DataClassification.g.cs";
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
