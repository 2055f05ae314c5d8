using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// Answers "which purpose is code inside this symbol processing data for?" (§3.1), once per symbol and compilation.
/// The innermost <c>[ProcessingPurpose]</c> counts: lambda or local function, accessor, the property or event that owns
/// the accessor, method, containing types from the inside out, then module and assembly. As the attribute is
/// <c>Inherited = true</c>, an override without one takes the overridden member's, and a type its base type's.
/// </summary>
internal sealed class PurposeResolver
{
    private readonly ConcurrentDictionary<ISymbol, PurposeInForce> _cache = new(SymbolEqualityComparer.Default);
    private readonly INamedTypeSymbol? _processingPurpose;

    public PurposeResolver(KnownSymbols symbols) => _processingPurpose = symbols.ProcessingPurpose;

    /// <summary>The value of the <c>Purpose</c> in force inside <paramref name="symbol"/>, or null when none is declared.</summary>
    public int? PurposeOf(ISymbol symbol) => _processingPurpose is null ? null : Resolve(symbol).Value;

    /// <summary>
    /// The purpose in force at <paramref name="operation"/>: that of the innermost lambda or local function around it,
    /// else that of <paramref name="containingSymbol"/>, the member whose body holds it.
    /// </summary>
    public int? PurposeAt(IOperation operation, ISymbol containingSymbol)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return PurposeOf(lambda.Symbol);
                case ILocalFunctionOperation localFunction:
                    return PurposeOf(localFunction.Symbol);
            }
        }

        return PurposeOf(containingSymbol);
    }

    /// <summary>How a message names the purpose in force: "purpose Billing (§6.1.4)" or "no declared purpose".</summary>
    public static string Describe(int? purpose) => purpose is { } value ? PurposeRules.Describe(value) : "no declared purpose";

    private PurposeInForce Resolve(ISymbol symbol)
    {
        // The symbol chain is as deep as the nesting of types and functions, so this recursion stays shallow; each link
        // is cached, so a type's purpose is computed once for all its members.
        if (_cache.TryGetValue(symbol, out var cached))
        {
            return cached;
        }

        var resolved = Declared(symbol) is { } declared
            ? new PurposeInForce(declared)
            : Outer(symbol) is { } outer ? Resolve(outer) : PurposeInForce.None;
        return _cache.GetOrAdd(symbol, resolved);
    }

    /// <summary>
    /// The next symbol out: an accessor's property, a lambda's or local function's enclosing function, a member's type,
    /// a type's containing type or namespace, then module and assembly.
    /// </summary>
    private static ISymbol? Outer(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { AssociatedSymbol: { } owner } => owner,
        IModuleSymbol module => module.ContainingAssembly,
        IAssemblySymbol => null,
        INamespaceSymbol @namespace => @namespace.ContainingModule,
        _ => symbol.ContainingSymbol,
    };

    /// <summary>
    /// The purpose declared on <paramref name="symbol"/> itself, or inherited as the attribute's <c>Inherited = true</c>
    /// says: from the method it overrides, or from its base type.
    /// </summary>
    private int? Declared(ISymbol symbol)
    {
        for (var current = symbol; current is not null; current = Inherited(current))
        {
            if (DeclaredOn(current) is { } purpose)
            {
                return purpose;
            }
        }

        return null;
    }

    private static ISymbol? Inherited(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        INamedTypeSymbol type => type.BaseType,
        _ => null,
    };

    private int? DeclaredOn(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _processingPurpose)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is int purpose
                && PurposeRules.IsDefined(purpose))
            {
                return purpose;
            }
        }

        return null;
    }

    /// <summary>A cache entry; a struct so that "no purpose declared" is cached too.</summary>
    private readonly struct PurposeInForce
    {
        public static readonly PurposeInForce None = default;

        public PurposeInForce(int purpose) => Value = purpose;

        public int? Value { get; }
    }
}
