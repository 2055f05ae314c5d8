using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// What the generator's transforms share within one compilation: the runtime library's symbols, the member classifier
/// with its cache, and the lead member of each type. Roslyn runs every semantic transform again whenever the compilation
/// changes, once per attributed member; without this each run would resolve the runtime types again
/// (<see cref="KnownSymbols.TryCreate"/>) and classify the type's members again.
/// </summary>
/// <remarks>
/// Kept in a <see cref="ConditionalWeakTable{TKey,TValue}"/> keyed by the compilation, so it lives exactly as long as
/// the compilation it was made from; it never enters a pipeline model, which holds plain data only.
/// </remarks>
internal sealed class CompilationSymbols
{
    private static readonly ConditionalWeakTable<Compilation, CompilationSymbols> ByCompilation = new();

    private readonly ConcurrentDictionary<INamedTypeSymbol, Lead> _leads = new(SymbolEqualityComparer.Default);

    private CompilationSymbols(KnownSymbols? symbols)
    {
        Classifier = symbols is null ? null : new MemberClassifier(symbols);
    }

    /// <summary>Null when the compilation does not reference the runtime library: the generator then makes nothing.</summary>
    public MemberClassifier? Classifier { get; }

    public static CompilationSymbols For(Compilation compilation)
        => ByCompilation.GetValue(compilation, static created => new CompilationSymbols(KnownSymbols.TryCreate(created)));

    /// <summary>The lead member of <paramref name="type"/> (see <see cref="Parser"/>), found once per type and compilation.</summary>
    public ISymbol? LeadOf(INamedTypeSymbol type, MemberClassifier classifier, CancellationToken cancellationToken)
        => _leads.GetOrAdd(type, t => new Lead(Parser.LeadMember(t, classifier, cancellationToken))).Member;

    /// <summary>A cache entry, so that "no lead" is cached too.</summary>
    private sealed class Lead
    {
        public Lead(ISymbol? member) => Member = member;

        public ISymbol? Member { get; }
    }
}
