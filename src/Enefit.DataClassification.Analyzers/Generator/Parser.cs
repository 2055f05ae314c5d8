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
    /// A partial class, struct or record that could hold classified members without attributes of their own:
    /// one with a positional parameter list, a property (it may override a classified one) or a field of a named type.
    /// </summary>
    public static bool IsHolderCandidate(SyntaxNode node, CancellationToken cancellationToken)
    {
        if (node is not (ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax)
            || !((TypeDeclarationSyntax)node).Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return false;
        }

        var type = (TypeDeclarationSyntax)node;
        return type.ParameterList is { Parameters.Count: > 0 }
            || type.Members.Any(member => member is PropertyDeclarationSyntax
                || member is FieldDeclarationSyntax { Declaration.Type: not PredefinedTypeSyntax });
    }

    /// <summary>The model of the type that holds the attributed member, when that member is the type's lead.</summary>
    public static TypeSpec? ParseFromMember(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol.ContainingType is not { } type
            || KnownSymbols.TryCreate(context.SemanticModel.Compilation) is not { } symbols)
        {
            return null;
        }

        // A lead with two categories (EDC0011) is reported by two attribute searches; only the search for its first
        // category yields the model, so the type still gets one file.
        var classifier = new MemberClassifier(symbols);
        var lead = LeadMember(type, classifier, cancellationToken);
        var searchedCategory = symbols.CategoryOf(context.Attributes.FirstOrDefault()?.AttributeClass);
        return SymbolEqualityComparer.Default.Equals(lead, context.TargetSymbol)
            && classifier.DeclaredCategory(context.TargetSymbol) == searchedCategory
            ? Parse(type, classifier, cancellationToken)
            : null;
    }

    /// <summary>The model of a partial type that has classified members but no lead, from its first declaration.</summary>
    public static TypeSpec? ParseHolder(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.SemanticModel.GetDeclaredSymbol(context.Node, cancellationToken) is not INamedTypeSymbol type
            || type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) != context.Node
            || KnownSymbols.TryCreate(context.SemanticModel.Compilation) is not { } symbols)
        {
            return null;
        }

        var classifier = new MemberClassifier(symbols);
        return LeadMember(type, classifier, cancellationToken) is null ? Parse(type, classifier, cancellationToken) : null;
    }

    /// <summary>
    /// The first field or property of <paramref name="type"/> that carries a category attribute on its own declaration,
    /// which is where <c>ForAttributeWithMetadataName</c> reports it; static ones count, as the attribute search sees them.
    /// </summary>
    private static ISymbol? LeadMember(INamedTypeSymbol type, MemberClassifier classifier, CancellationToken cancellationToken)
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
        if (!IsGeneratable(type, cancellationToken))
        {
            return null;
        }

        var classified = ClassifiedMembers(type, classifier);
        if (classified.Count == 0)
        {
            return null;
        }

        return new TypeSpec(
            HintName(type),
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
            ContainingTypes(type).Select(Declaration).ToEquatableArray(),
            Declaration(type),
            type.ToDisplayString(DisplayNameFormat),
            type.ToDisplayString(FullNameFormat),
            FindSubjectId(type, classifier),
            MemberSpecs(type, classified, classifier),
            ExportKindOf(type, classifier, cancellationToken),
            TextOf(type, classifier));
    }

    /// <summary>
    /// A class, struct or record whose every declaration, and every declaration of every containing type, is partial:
    /// the generated part can be added. A type that is not partial gets nothing (EDC0012 reports it).
    /// </summary>
    private static bool IsGeneratable(INamedTypeSymbol type, CancellationToken cancellationToken)
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

    /// <summary>Whether a base type will get a generated part too: then its generated members are virtual.</summary>
    private static bool WillBeGenerated(INamedTypeSymbol type, MemberClassifier classifier, CancellationToken cancellationToken)
        => IsGeneratable(type, cancellationToken) && ClassifiedMembers(type, classifier).Count > 0;

    /// <summary>The containing types, outermost first.</summary>
    private static List<INamedTypeSymbol> ContainingTypes(INamedTypeSymbol type)
    {
        var containing = new List<INamedTypeSymbol>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            containing.Insert(0, current);
        }

        return containing;
    }

    /// <summary>Namespace, then each type's metadata name joined by <c>+</c>: unique for nested and generic types.</summary>
    private static string HintName(INamedTypeSymbol type)
    {
        var names = ContainingTypes(type).Select(containing => containing.MetadataName).Append(type.MetadataName);
        var prefix = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : string.Empty;
        return prefix + string.Join("+", names) + ".DataClassification.g.cs";
    }

    private static TypeDeclarationSpec Declaration(INamedTypeSymbol type)
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

    /// <summary>The classified instance fields and readable properties declared in <paramref name="type"/>, as declared.</summary>
    private static List<(ISymbol Member, ITypeSymbol Type, ClassifiedCategory Category)> ClassifiedMembers(
        INamedTypeSymbol type,
        MemberClassifier classifier)
    {
        var classified = new List<(ISymbol, ITypeSymbol, ClassifiedCategory)>();
        foreach (var member in type.GetMembers())
        {
            if (ReadableValueType(member) is { } memberType
                && !member.IsImplicitlyDeclared
                && classifier.CategoryOf(member) is { } category)
            {
                classified.Add((member, memberType, category));
            }
        }

        return classified;
    }

    /// <summary>The type of an instance field or readable, non-indexer property whose value can be boxed; else null.</summary>
    private static ITypeSymbol? ReadableValueType(ISymbol member)
    {
        var type = member switch
        {
            IFieldSymbol { IsStatic: false, IsConst: false } field => field.Type,
            IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } property => property.Type,
            _ => null,
        };
        return type is null or IPointerTypeSymbol or IFunctionPointerTypeSymbol || type.IsRefLikeType ? null : type;
    }

    private static EquatableArray<ClassifiedMemberSpec> MemberSpecs(
        INamedTypeSymbol type,
        List<(ISymbol Member, ITypeSymbol Type, ClassifiedCategory Category)> classified,
        MemberClassifier classifier)
    {
        var declaredNames = DeclaredMemberNames(type);
        var proposed = classified.Select(entry => AccessorNames.For(entry.Member.Name)).ToList();

        // A proposed name that a user member already has, or that two classified members would share, is skipped:
        // the generated code must compile whatever the user wrote (the analyzers report the collision).
        return classified.Select((entry, index) =>
        {
            var accessor = proposed[index];
            if (accessor is null || declaredNames.Contains(accessor) || proposed.Count(name => name == accessor) > 1)
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
                AccessorModifier(entry.Type));
        }).ToEquatableArray();
    }

    /// <summary>Names of every member of the type and its base types, and the type's own name (a member may not take it).</summary>
    private static HashSet<string> DeclaredMemberNames(INamedTypeSymbol type)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal) { type.Name };
        for (var current = type; current is not null; current = current.BaseType)
        {
            names.UnionWith(current.MemberNames);
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

    /// <summary>
    /// The accessors are public unless the member's type is less visible: an accessor may not expose a type its
    /// callers cannot see (CS0050).
    /// </summary>
    private static string AccessorModifier(ITypeSymbol type)
        => Visibility(type) switch
        {
            Accessibility.Public => "public",
            Accessibility.Internal or Accessibility.ProtectedOrInternal => "internal",
            _ => "private",
        };

    private static Accessibility Visibility(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return Visibility(array.ElementType);
            case ITypeParameterSymbol:
                return Accessibility.Public;
            case INamedTypeSymbol named:
                var visibility = Accessibility.Public;
                for (var current = named; current is not null; current = current.ContainingType)
                {
                    visibility = Narrower(visibility, current.DeclaredAccessibility);
                }

                foreach (var argument in named.TypeArguments)
                {
                    visibility = Narrower(visibility, Visibility(argument));
                }

                return visibility;
            default:
                return Accessibility.Public;
        }
    }

    private static Accessibility Narrower(Accessibility left, Accessibility right)
    {
        if (left == Accessibility.Public)
        {
            return right;
        }

        if (right == Accessibility.Public || left == right)
        {
            return left;
        }

        return left is Accessibility.Internal or Accessibility.ProtectedOrInternal
            && right is Accessibility.Internal or Accessibility.ProtectedOrInternal
            ? Accessibility.Internal
            : Accessibility.Private;
    }

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

    private static ExportKind ExportKindOf(INamedTypeSymbol type, MemberClassifier classifier, CancellationToken cancellationToken)
    {
        const string Export = "ExportPersonalData";
        if (!type.GetMembers(Export).IsEmpty)
        {
            return ExportKind.None;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            var inherited = current.GetMembers(Export).OfType<IMethodSymbol>()
                .FirstOrDefault(method => method.Parameters.IsEmpty && !method.IsStatic && method.DeclaredAccessibility != Accessibility.Private);
            if (inherited is not null)
            {
                return (inherited.IsVirtual || inherited.IsOverride || inherited.IsAbstract) && !inherited.IsSealed
                    ? ExportKind.Override
                    : ExportKind.Hide;
            }

            if (WillBeGenerated(current.OriginalDefinition, classifier, cancellationToken))
            {
                return ExportKind.Override;
            }
        }

        return type.TypeKind == TypeKind.Class && !type.IsSealed ? ExportKind.Virtual : ExportKind.Plain;
    }

    /// <summary>
    /// The redacting text: <c>PrintMembers</c> for a record (its compiler-made <c>ToString</c> calls it) unless the record
    /// declares one; <c>ToString</c> for a class or struct unless it declares one or a base type sealed it.
    /// </summary>
    private static TextSpec? TextOf(INamedTypeSymbol type, MemberClassifier classifier)
    {
        if (type.IsRecord)
        {
            // The compiler makes a PrintMembers for every record; only one the user wrote stops ours.
            if (type.GetMembers("PrintMembers").Any(member => !member.IsImplicitlyDeclared))
            {
                return null;
            }

            var kind = type.TypeKind == TypeKind.Struct || (type.IsSealed && !IsRecordBase(type.BaseType))
                ? TextKind.PrivatePrintMembers
                : IsRecordBase(type.BaseType) ? TextKind.OverridePrintMembers : TextKind.VirtualPrintMembers;
            return new TextSpec(kind, type.Name, PrintedMembers(new[] { type }, classifier));
        }

        if (DeclaresOrSealsToString(type))
        {
            return null;
        }

        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is { SpecialType: SpecialType.None }; current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        return new TextSpec(TextKind.ToString, type.Name, PrintedMembers(chain, classifier));
    }

    private static bool IsRecordBase(INamedTypeSymbol? baseType) => baseType is { IsRecord: true };

    private static bool DeclaresOrSealsToString(INamedTypeSymbol type)
    {
        for (var current = type; current is { SpecialType: SpecialType.None }; current = current.BaseType)
        {
            var toString = current.GetMembers(nameof(ToString)).OfType<IMethodSymbol>().FirstOrDefault(method => method.Parameters.IsEmpty);
            if (toString is not null && (SymbolEqualityComparer.Default.Equals(current, type) || toString.IsSealed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The public instance fields and readable properties, base types first, as a record prints them.</summary>
    private static EquatableArray<PrintedMemberSpec> PrintedMembers(IEnumerable<INamedTypeSymbol> chain, MemberClassifier classifier)
    {
        var printed = new List<PrintedMemberSpec>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var type in chain)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.DeclaredAccessibility == Accessibility.Public
                    && ReadableValueType(member) is not null
                    && member is not IPropertySymbol { GetMethod.DeclaredAccessibility: not Accessibility.Public }
                    && seen.Add(member.Name))
                {
                    printed.Add(new PrintedMemberSpec(member.Name, AccessorNames.Escape(member.Name), classifier.CategoryOf(member)));
                }
            }
        }

        return printed.ToEquatableArray();
    }
}
