using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// Answers "what client data does a value of this type carry?" once per type and compilation: the classified member
/// the type holds itself, or the identifying member it reaches through its members' types. Made in a compilation start
/// action, so it never outlives its compilation.
/// </summary>
internal sealed class ClassifiedContent
{
    /// <summary>How deep member types are followed: a customer's address's street is deep enough, and a cycle stops.</summary>
    private const int MaxDepth = 4;

    private readonly ConcurrentDictionary<ITypeSymbol, HeldData> _direct = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, HeldData> _identifying = new(SymbolEqualityComparer.Default);

    // The searches as delegates, made once: a method group or a lambda that reads this passed to GetOrAdd is a new
    // delegate on every call, and these are asked for the type of every value a body reads.
    private readonly System.Func<ITypeSymbol, HeldData> _findDirect;
    private readonly System.Func<ITypeSymbol, HeldData> _findIdentifying;

    public ClassifiedContent(MemberClassifier classifier)
    {
        Classifier = classifier;
        _findDirect = FindDirect;
        _findIdentifying = type => FindIdentifying(type, 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));
    }

    public MemberClassifier Classifier { get; }

    /// <summary>
    /// The first classified instance field or property of <paramref name="type"/> or its base types, or the category the
    /// type carries itself; <see cref="HeldData.None"/> when a value of the type holds no classified data of its own.
    /// </summary>
    public HeldData DirectlyHeld(ITypeSymbol type) => _direct.GetOrAdd(type.OriginalDefinition, _findDirect);

    /// <summary>
    /// Like <see cref="DirectlyHeld"/>, and also a <c>[SubjectId]</c> member or a member whose type identifies a client,
    /// followed a few levels deep: what an <c>[AnonymousData]</c> type may not hold (§2.3).
    /// </summary>
    public HeldData IdentifyingData(ITypeSymbol type)
        => _identifying.GetOrAdd(type, _findIdentifying);

    /// <summary>The instance fields and properties a value of <paramref name="type"/> carries, its base types' too.</summary>
    public static IEnumerable<ISymbol> InstanceDataMembers(ITypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (IsDataMember(member))
                {
                    yield return member;
                }
            }
        }
    }

    /// <summary>The type of a field or property, such as <see cref="InstanceDataMembers"/> yields.</summary>
    public static ITypeSymbol DataMemberType(ISymbol member) => member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;

    /// <summary>An instance field or property as written, not a compiler-made backing field or an indexer.</summary>
    public static bool IsDataMember(ISymbol member) => member switch
    {
        IFieldSymbol field => !field.IsStatic && !field.IsImplicitlyDeclared && !field.IsConst,
        IPropertySymbol property => !property.IsStatic && !property.IsIndexer && property.Name != "EqualityContract",
        _ => false,
    };

    /// <summary>The element type of an array, a <c>T?</c> or a sequence: a list of customers carries customers.</summary>
    public static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return array.ElementType;
            case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable:
                return nullable.TypeArguments[0];
            case INamedTypeSymbol named when named.SpecialType != SpecialType.System_String:
                foreach (var @interface in named.AllInterfaces)
                {
                    if (@interface.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                    {
                        return @interface.TypeArguments[0];
                    }
                }

                return named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                    ? named.TypeArguments[0]
                    : null;
            default:
                return null;
        }
    }

    /// <summary>Types that never carry client data of their own: numbers, strings, enums, delegates, <c>object</c>.</summary>
    public static bool CannotHoldMembers(ITypeSymbol? type)
        => type is null
            || type.SpecialType != SpecialType.None
            || type.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.TypeParameter or TypeKind.Error or TypeKind.Pointer or TypeKind.Dynamic;

    private HeldData FindDirect(ITypeSymbol type)
    {
        if (Classifier.CategoryOfType(type) is { } typeCategory)
        {
            return new HeldData(null, typeCategory, type);
        }

        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface) || CannotHoldMembers(type))
        {
            return HeldData.None;
        }

        foreach (var member in InstanceDataMembers(type))
        {
            if (Classifier.CategoryOf(member) is { } category)
            {
                return new HeldData(member, category, type);
            }
        }

        return HeldData.None;
    }

    private HeldData FindIdentifying(ITypeSymbol type, int depth, HashSet<ITypeSymbol> visiting)
    {
        if (CannotHoldMembers(type) || depth > MaxDepth || !visiting.Add(type))
        {
            return HeldData.None;
        }

        if (ElementType(type) is { } element)
        {
            return FindIdentifying(element, depth + 1, visiting);
        }

        if (DirectlyHeld(type) is { IsHeld: true } direct)
        {
            return direct;
        }

        foreach (var member in InstanceDataMembers(type))
        {
            if (Classifier.IsSubjectId(member))
            {
                return new HeldData(member, null, type);
            }
        }

        foreach (var member in InstanceDataMembers(type))
        {
            if (FindIdentifying(DataMemberType(member), depth + 1, visiting) is { IsHeld: true } nested)
            {
                return nested;
            }
        }

        return HeldData.None;
    }
}

/// <summary>
/// What makes a value of <see cref="Holder"/> client data: <see cref="Member"/> (null when the type itself carries the
/// category) with <see cref="Category"/> (null for a <c>[SubjectId]</c>, which identifies without being classified).
/// </summary>
internal readonly struct HeldData
{
    public static readonly HeldData None = default;

    public HeldData(ISymbol? member, ClassifiedCategory? category, ITypeSymbol holder)
    {
        Member = member;
        Category = category;
        Holder = holder;
    }

    public ISymbol? Member { get; }

    public ClassifiedCategory? Category { get; }

    public ITypeSymbol? Holder { get; }

    public bool IsHeld => Holder is not null;

    /// <summary>How a message names what is held: <c>'Customer.Email'</c>, or the type for a type-level category.</summary>
    public string Name => Member is not null ? SymbolNames.Of(Member) : Holder is null ? "" : SymbolNames.OfType(Holder);
}
