using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>What a member proves when it returns true.</summary>
internal enum CheckKind
{
    None,

    /// <summary>A <c>[ConsentCheck]</c>: the subject consented to marketing (§7.1.2).</summary>
    Consent,

    /// <summary>An <c>[ElectronicMarketingCheck]</c>: an electronic offer may go to the subject (§8.1).</summary>
    Electronic,
}

/// <summary>
/// Knows, once per member and compilation, which members are checks and which methods send electronic offers. A member
/// that overrides or implements a marked member is marked too: a call on the concrete <c>InMemoryConsentRegistry</c>
/// counts like a call through <c>IConsentRegistry</c>.
/// </summary>
internal sealed class CheckMembers
{
    private readonly ConcurrentDictionary<ISymbol, CheckKind> _checks = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _sends = new(SymbolEqualityComparer.Default);

    // The classifying methods as delegates, made once: a method group or a capturing lambda passed to GetOrAdd is a new
    // delegate on every call, and these are asked for every call of every body read.
    private readonly System.Func<ISymbol, CheckKind> _classifyCheck;
    private readonly System.Func<ISymbol, bool> _isMarkedAsSend;

    public CheckMembers(KnownSymbols symbols)
    {
        Symbols = symbols;
        _classifyCheck = ClassifyCheck;
        _isMarkedAsSend = method => symbols.ElectronicMarketingSend is { } send && Marked(method, send);
    }

    public KnownSymbols Symbols { get; }

    public CheckKind KindOf(ISymbol member) => _checks.GetOrAdd(member.OriginalDefinition, _classifyCheck);

    public bool IsElectronicSend(IMethodSymbol method)
        => Symbols.ElectronicMarketingSend is not null && _sends.GetOrAdd(method.OriginalDefinition, _isMarkedAsSend);

    private CheckKind ClassifyCheck(ISymbol member)
    {
        if (member is not (IMethodSymbol or IPropertySymbol or IFieldSymbol))
        {
            return CheckKind.None;
        }

        if (Symbols.ConsentCheck is { } consent && Marked(member, consent))
        {
            return CheckKind.Consent;
        }

        return Symbols.ElectronicMarketingCheck is { } electronic && Marked(member, electronic) ? CheckKind.Electronic : CheckKind.None;
    }

    /// <summary>Whether <paramref name="member"/>, a member it overrides, or an interface member it implements carries the attribute.</summary>
    private static bool Marked(ISymbol member, INamedTypeSymbol attribute)
    {
        for (var current = member; current is not null; current = Overridden(current))
        {
            if (MemberClassifier.HasAttribute(current, attribute) || ImplementsMarked(current, attribute))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };

    private static bool ImplementsMarked(ISymbol member, INamedTypeSymbol attribute)
    {
        if (member.ContainingType is not { } type || member.IsStatic)
        {
            return false;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var candidate in @interface.GetMembers())
            {
                if (candidate.Kind == member.Kind
                    && MemberClassifier.HasAttribute(candidate, attribute)
                    && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
