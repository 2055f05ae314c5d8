using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// Answers "what category does this field, property, parameter or return value hold?" once per symbol and compilation.
/// Made in a compilation start action, so it never outlives its compilation.
/// </summary>
/// <remarks>
/// A member is classified when it carries a category attribute, when it overrides or implements a member that does,
/// or when its type carries one (a <c>[MarketingOnly] class InterestProfile</c> held by a customer).
/// </remarks>
internal sealed class MemberClassifier
{
    private readonly ConcurrentDictionary<ISymbol, Classification> _members = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, Classification> _types = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, Classification> _returns = new(SymbolEqualityComparer.Default);

    private readonly AttributeReach _reach;

    // The classifying methods as delegates, made once: a method group passed to GetOrAdd is a new delegate on every
    // call, and these are asked for every member, parameter and type a body reads.
    private readonly System.Func<ISymbol, Classification> _classify;
    private readonly System.Func<ITypeSymbol, Classification> _classifyType;
    private readonly System.Func<IMethodSymbol, Classification> _classifyReturn;

    public MemberClassifier(KnownSymbols symbols)
    {
        Symbols = symbols;
        _reach = new AttributeReach(symbols.ClassificationBase.ContainingAssembly);
        _classify = Classify;
        _classifyType = ClassifyType;
        _classifyReturn = ClassifyReturn;
    }

    public KnownSymbols Symbols { get; }

    /// <summary>The category of a field, property or parameter, or null when it holds no classified data.</summary>
    public ClassifiedCategory? CategoryOf(ISymbol symbol)
        => symbol switch
        {
            IFieldSymbol or IPropertySymbol or IParameterSymbol => _members.GetOrAdd(symbol.OriginalDefinition, _classify).Category,
            _ => null,
        };

    /// <summary>
    /// The category the return value of <paramref name="method"/> carries (<c>[return: MasterData]</c>), or null. Asked
    /// for every call and method group of every body, so cached per method like the member categories.
    /// </summary>
    public ClassifiedCategory? ReturnCategoryOf(IMethodSymbol method)
        => _returns.GetOrAdd(method.OriginalDefinition, _classifyReturn).Category;

    /// <summary>
    /// The first classified field or property named <paramref name="name"/> on <paramref name="type"/> or, failing
    /// that, on a base type; only of <paramref name="kind"/> when one is given; in any case when
    /// <paramref name="ignoreCase"/>.
    /// </summary>
    public (ISymbol Member, ClassifiedCategory Category)? ClassifiedMemberNamed(
        ITypeSymbol type, string name, SymbolKind? kind = null, bool ignoreCase = false)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in ignoreCase ? current.GetMembers() : current.GetMembers(name))
            {
                if (member is IFieldSymbol or IPropertySymbol
                    && (!ignoreCase || string.Equals(member.Name, name, System.StringComparison.OrdinalIgnoreCase))
                    && (kind is null || member.Kind == kind)
                    && CategoryOf(member) is { } category)
                {
                    return (member, category);
                }
            }
        }

        return null;
    }

    /// <summary>The category a type carries on itself or a base type, or null.</summary>
    public ClassifiedCategory? CategoryOfType(ITypeSymbol? type)
    {
        type = Unwrap(type);
        return type is null ? null : _types.GetOrAdd(type.OriginalDefinition, _classifyType).Category;
    }

    /// <summary>The first category attribute directly on <paramref name="symbol"/>, or null.</summary>
    public ClassifiedCategory? DeclaredCategory(ISymbol symbol) => _reach.MayCarry(symbol) ? FirstCategory(symbol.GetAttributes()) : null;

    private ClassifiedCategory? FirstCategory(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (Symbols.CategoryOf(attribute.AttributeClass) is { } category)
            {
                return category;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="symbol"/> is the subject id of its type: an identifier, never classified data.</summary>
    public bool IsSubjectId(ISymbol symbol) => _reach.MayCarry(symbol) && HasAttribute(symbol, Symbols.SubjectId);

    public static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
    {
        if (attributeType is null)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return true;
            }
        }

        return false;
    }

    private Classification Classify(ISymbol symbol)
    {
        if (IsSubjectId(symbol))
        {
            return Classification.None;
        }

        var category = DeclaredCategory(symbol) ?? InheritedCategory(symbol) ?? CategoryOfType(TypeOf(symbol));
        return new Classification(category);
    }

    /// <summary>The category of the member this one overrides or implements, walking up the chain.</summary>
    private ClassifiedCategory? InheritedCategory(ISymbol symbol)
    {
        switch (symbol)
        {
            case IPropertySymbol { OverriddenProperty: { } overridden }:
                return CategoryOf(overridden);
            case IPropertySymbol property:
                return ImplementedCategory(property);
            case IParameterSymbol { ContainingSymbol: IMethodSymbol { OverriddenMethod: { } overriddenMethod } } parameter
                when parameter.Ordinal < overriddenMethod.Parameters.Length:
                return CategoryOf(overriddenMethod.Parameters[parameter.Ordinal]);
            default:
                return null;
        }
    }

    private ClassifiedCategory? ImplementedCategory(IPropertySymbol property)
    {
        var containingType = property.ContainingType;
        if (containingType is null)
        {
            return null;
        }

        foreach (var @interface in containingType.AllInterfaces)
        {
            foreach (var candidate in @interface.GetMembers(property.Name))
            {
                if (candidate is IPropertySymbol interfaceProperty
                    && SymbolEqualityComparer.Default.Equals(containingType.FindImplementationForInterfaceMember(interfaceProperty), property)
                    && CategoryOf(interfaceProperty) is { } category)
                {
                    return category;
                }
            }
        }

        return null;
    }

    private Classification ClassifyReturn(IMethodSymbol method)
        => _reach.MayCarry(method) ? new(FirstCategory(method.GetReturnTypeAttributes())) : Classification.None;

    private Classification ClassifyType(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (DeclaredCategory(current) is { } category)
            {
                return new Classification(category);
            }
        }

        return Classification.None;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };

    /// <summary>Sees through <c>T?</c> and arrays: a <c>InterestProfile[]</c> holds interest profiles.</summary>
    private static ITypeSymbol? Unwrap(ITypeSymbol? type)
    {
        while (true)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    type = array.ElementType;
                    continue;
                case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable:
                    type = nullable.TypeArguments[0];
                    continue;
                default:
                    return type;
            }
        }
    }

    /// <summary>A cache entry; a struct so that "not classified" can be cached too.</summary>
    private readonly struct Classification
    {
        public static readonly Classification None = default;

        public Classification(ClassifiedCategory? category) => Category = category;

        public ClassifiedCategory? Category { get; }
    }
}
