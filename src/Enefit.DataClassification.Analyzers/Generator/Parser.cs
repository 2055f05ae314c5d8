using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// Turns a partial type into its <see cref="TypeSpec"/>. All symbol work of the generator happens here, inside the
/// pipeline's transforms; what leaves is plain data.
/// </summary>
/// <remarks>
/// A type is reached one of two ways. Most types carry a category attribute on a field or property, and
/// <c>ForAttributeWithMetadataName</c> finds them; every such member triggers, so only the type's first attributed
/// member (its "lead") yields the model and the others yield null. A type whose classified members carry no attribute
/// of their own (their type is classified, or the attribute sits on a positional record parameter as
/// <c>[property: MasterData]</c>) is found by a cheap syntax filter over partial types; that path yields a model only
/// when the type has no lead, so no type is generated twice.
/// </remarks>
internal static class Parser
{
    private static readonly SymbolDisplayFormat TypeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat DisplayNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    private static readonly SymbolDisplayFormat FullNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    /// <summary>The syntax <c>ForAttributeWithMetadataName</c> reports: a field's variable or a property.</summary>
    public static bool IsMemberDeclaration(SyntaxNode node, CancellationToken cancellationToken)
        => node is PropertyDeclarationSyntax or VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax };

    /// <summary>
    /// A partial class, struct or record that could hold classified members without attributes of their own: one with a
    /// positional parameter list, a base list (its properties may implement classified ones), or a field or property
    /// that <see cref="MayBeClassifiedWithoutAttribute"/>. Syntax only, so it stays cheap: it runs on every type
    /// declaration of every file read (<see cref="HolderSearch"/>).
    /// </summary>
    public static bool IsHolderCandidate(SyntaxNode node)
    {
        if (node is not (ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax)
            || !((TypeDeclarationSyntax)node).Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return false;
        }

        var type = (TypeDeclarationSyntax)node;
        return type.ParameterList is { Parameters.Count: > 0 }
            || type.BaseList is not null
            || type.Members.Any(MayBeClassifiedWithoutAttribute);
    }

    /// <summary>
    /// A field or property that may be classified without an attribute of its own: an override (of a classified
    /// property), an explicit interface implementation, or one whose type is not a built-in one (<c>string</c>,
    /// <c>int?</c>, <c>object[]</c> can carry no category). A property that implements an interface's classified property
    /// implicitly is in a type with a base list, which the caller lets through.
    /// </summary>
    private static bool MayBeClassifiedWithoutAttribute(MemberDeclarationSyntax member) => member switch
    {
        PropertyDeclarationSyntax property => property.Modifiers.Any(SyntaxKind.OverrideKeyword)
            || property.ExplicitInterfaceSpecifier is not null
            || !IsBuiltIn(property.Type),
        FieldDeclarationSyntax field => !IsBuiltIn(field.Declaration.Type),
        _ => false,
    };

    /// <summary>A built-in type, or an array or nullable of one.</summary>
    private static bool IsBuiltIn(TypeSyntax type) => type switch
    {
        PredefinedTypeSyntax => true,
        NullableTypeSyntax nullable => IsBuiltIn(nullable.ElementType),
        ArrayTypeSyntax array => IsBuiltIn(array.ElementType),
        _ => false,
    };

    /// <summary>The model of the type that holds the attributed member, when that member is the type's lead.</summary>
    public static TypeSpec? ParseFromMember(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol.ContainingType is not { } type)
        {
            return null;
        }

        var shared = CompilationSymbols.For(context.SemanticModel.Compilation);
        if (shared.Classifier is not { } classifier
            || !SymbolEqualityComparer.Default.Equals(shared.LeadOf(type, classifier, cancellationToken), context.TargetSymbol))
        {
            return null;
        }

        // A lead with two categories (EDC0011) is reported by two attribute searches; only the search for its first
        // category yields the model, so the type still gets one file.
        var searchedCategory = classifier.Symbols.CategoryOf(context.Attributes.FirstOrDefault()?.AttributeClass);
        return classifier.DeclaredCategory(context.TargetSymbol) == searchedCategory
            ? Parse(type, classifier, cancellationToken)
            : null;
    }

    /// <summary>
    /// The model of a partial type that has classified members but no lead, from the first of its declarations that the
    /// syntax filter lets through (so that a type declared in several parts yields one model); see <see cref="HolderSearch"/>.
    /// </summary>
    public static TypeSpec? ParseHolder(SemanticModel model, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var shared = CompilationSymbols.For(model.Compilation);
        if (shared.Classifier is not { } classifier
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type
            || type.DeclaringSyntaxReferences
                .Select(reference => reference.GetSyntax(cancellationToken))
                .FirstOrDefault(IsHolderCandidate) is not { } first
            || first.SyntaxTree != declaration.SyntaxTree
            || first.Span != declaration.Span)
        {
            return null;
        }

        return shared.LeadOf(type, classifier, cancellationToken) is null ? Parse(type, classifier, cancellationToken) : null;
    }

    /// <summary>
    /// The first field or property of <paramref name="type"/> that carries a category attribute on its own declaration,
    /// which is where <c>ForAttributeWithMetadataName</c> reports it; static ones count, as the attribute search sees them.
    /// </summary>
    public static ISymbol? LeadMember(INamedTypeSymbol type, MemberClassifier classifier, CancellationToken cancellationToken)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol or IPropertySymbol
                && !member.IsImplicitlyDeclared
                && classifier.DeclaredCategory(member) is not null
                && member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is { } syntax
                && IsMemberDeclaration(syntax, cancellationToken))
            {
                return member;
            }
        }

        return null;
    }

    private static TypeSpec? Parse(INamedTypeSymbol type, MemberClassifier classifier, CancellationToken cancellationToken)
    {
        if (!PartialTypes.GeneratorAddsTo(type, cancellationToken))
        {
            return null;
        }

        var classified = ClassifiedMembers(type, classifier, cancellationToken);
        if (classified.Count == 0)
        {
            return null;
        }

        return new TypeSpec(
            TypeDeclarations.HintName(type),
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
            TypeDeclarations.ContainingTypes(type).Select(TypeDeclarations.Declaration).ToEquatableArray(),
            TypeDeclarations.Declaration(type),
            type.ToDisplayString(DisplayNameFormat),
            type.ToDisplayString(FullNameFormat),
            FindSubjectId(type, classifier),
            MemberSpecs(type, classified, classifier, cancellationToken),
            InheritancePlanner.ExportKindOf(type, classifier, cancellationToken),
            InheritancePlanner.TextOf(type, classifier, cancellationToken),
            type.DeclaringSyntaxReferences[0].SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 });
    }

    /// <summary>Whether a base type will get a generated part too: then its generated members are virtual.</summary>
    public static bool WillBeGenerated(INamedTypeSymbol type, MemberClassifier classifier, CancellationToken cancellationToken)
        => PartialTypes.GeneratorAddsTo(type, cancellationToken) && ClassifiedMembers(type, classifier, cancellationToken).Count > 0;

    /// <summary>The classified instance fields and readable properties declared in <paramref name="type"/>, as declared.</summary>
    public static List<(ISymbol Member, ITypeSymbol Type, ClassifiedCategory Category)> ClassifiedMembers(
        INamedTypeSymbol type,
        MemberClassifier classifier,
        CancellationToken cancellationToken)
    {
        var classified = new List<(ISymbol, ITypeSymbol, ClassifiedCategory)>();
        foreach (var member in type.GetMembers())
        {
            if (ReadableValueType(member) is { } memberType
                && !member.IsImplicitlyDeclared
                && classifier.CategoryOf(member) is { } category
                && !IsCoveredByBase(member, classifier, cancellationToken))
            {
                classified.Add((member, memberType, category));
            }
        }

        return classified;
    }

    /// <summary>
    /// An override of a classified property whose base type has the accessors already, compiled or generated: the base's
    /// accessors and export read the property virtually, and a second <c>GetX</c> would hide the base's (CS0108).
    /// </summary>
    private static bool IsCoveredByBase(ISymbol member, MemberClassifier classifier, CancellationToken cancellationToken)
    {
        for (var overridden = (member as IPropertySymbol)?.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
        {
            var owner = overridden.ContainingType.OriginalDefinition;
            if ((AccessorNames.For(overridden.Name) is { } accessor && !owner.GetMembers(accessor).IsEmpty)
                || (classifier.CategoryOf(overridden) is not null && PartialTypes.GeneratorAddsTo(owner, cancellationToken)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type of an instance field or readable, non-indexer property whose value can be boxed; else null.</summary>
    public static ITypeSymbol? ReadableValueType(ISymbol member)
    {
        var type = member switch
        {
            IFieldSymbol { IsStatic: false, IsConst: false } field => field.Type,
            IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } property => property.Type,
            _ => null,
        };
        return type is null or IPointerTypeSymbol or IFunctionPointerTypeSymbol || type.IsRefLikeType ? null : type;
    }

    /// <summary>The members' specs, each with its accessor name or null where that name is taken.</summary>
    private static EquatableArray<ClassifiedMemberSpec> MemberSpecs(
        INamedTypeSymbol type,
        List<(ISymbol Member, ITypeSymbol Type, ClassifiedCategory Category)> classified,
        MemberClassifier classifier,
        CancellationToken cancellationToken)
    {
        var takenNames = TakenMemberNames(type, classifier, cancellationToken);
        var proposed = classified.Select(entry => AccessorNames.For(entry.Member.Name)).ToList();

        // A proposed name that a user member already has, or that two classified members would share, is skipped:
        // the generated code must compile whatever the user wrote (the analyzers report the collision).
        return classified.Select((entry, index) =>
        {
            var accessor = proposed[index];
            if (accessor is null || takenNames.Contains(accessor) || proposed.Count(name => name == accessor) > 1)
            {
                accessor = null;
            }

            return new ClassifiedMemberSpec(
                entry.Member.Name,
                AccessorNames.Escape(entry.Member.Name),
                entry.Type.ToDisplayString(TypeNameFormat),
                entry.Category,
                KindOf(entry.Member, entry.Type, classifier),
                accessor,
                AccessorVisibility.AccessorModifier(entry.Type));
        }).ToEquatableArray();
    }

    /// <summary>
    /// Names an accessor may not take: every member of the type and its base types, the accessors the base types' own
    /// generated parts will have (this run cannot see them), and the type's own name (a member may not take it).
    /// </summary>
    private static HashSet<string> TakenMemberNames(INamedTypeSymbol type, MemberClassifier classifier, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal) { type.Name };
        for (var current = type; current is not null; current = current.BaseType)
        {
            names.UnionWith(current.MemberNames);
            if (!SymbolEqualityComparer.Default.Equals(current, type) && PartialTypes.GeneratorAddsTo(current.OriginalDefinition, cancellationToken))
            {
                foreach (var (member, _, _) in ClassifiedMembers(current.OriginalDefinition, classifier, cancellationToken))
                {
                    names.Add(AccessorNames.For(member.Name) ?? string.Empty);
                }
            }
        }

        return names;
    }

    /// <summary>
    /// The fideslang key: from the member's own attribute, else from the property it overrides, else from the
    /// category attribute of its type.
    /// </summary>
    private static string? KindOf(ISymbol member, ITypeSymbol memberType, MemberClassifier classifier)
    {
        for (var current = member; current is not null; current = (current as IPropertySymbol)?.OverriddenProperty)
        {
            if (CategoryAttribute(current, classifier) is { } attribute)
            {
                return KindArgument(attribute);
            }
        }

        for (ITypeSymbol? current = ElementType(memberType); current is not null; current = current.BaseType)
        {
            if (CategoryAttribute(current, classifier) is { } attribute)
            {
                return KindArgument(attribute);
            }
        }

        return null;
    }

    private static AttributeData? CategoryAttribute(ISymbol symbol, MemberClassifier classifier)
        => symbol.GetAttributes().FirstOrDefault(attribute => classifier.Symbols.CategoryOf(attribute.AttributeClass) is not null);

    private static string? KindArgument(AttributeData attribute)
        => attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "Kind").Value.Value as string;

    /// <summary>Sees through arrays and <c>T?</c>, as <see cref="MemberClassifier"/> does for type-level categories.</summary>
    private static ITypeSymbol ElementType(ITypeSymbol type)
        => type switch
        {
            IArrayTypeSymbol array => ElementType(array.ElementType),
            INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable => ElementType(nullable.TypeArguments[0]),
            _ => type,
        };

    /// <summary>The <c>[SubjectId]</c> member of the type, or of a base type where this type can read it.</summary>
    private static SubjectIdSpec? FindSubjectId(INamedTypeSymbol type, MemberClassifier classifier)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (ReadableValueType(member) is { } memberType
                    && classifier.IsSubjectId(member)
                    && (SymbolEqualityComparer.Default.Equals(current, type) || member.DeclaredAccessibility != Accessibility.Private))
                {
                    return new SubjectIdSpec(AccessorNames.Escape(member.Name), memberType.SpecialType == SpecialType.System_String);
                }
            }
        }

        return null;
    }
}
