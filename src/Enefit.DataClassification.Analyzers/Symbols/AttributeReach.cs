using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// Which symbols can carry the runtime library's attributes at all: those of the runtime itself and of assemblies that
/// reference it. An attribute's class is always referenced directly by the assembly that applies it, so a symbol of
/// any other assembly (all of the framework, most packages) holds no category and no <c>[SubjectId]</c>, and its
/// attributes need not be read. Reading them is most of what classifying a framework member costs: a metadata symbol
/// decodes its attributes the first time it is asked. Made per compilation, with the classifier.
/// </summary>
internal sealed class AttributeReach
{
    private readonly IAssemblySymbol _runtime;
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _byAssembly = new(SymbolEqualityComparer.Default);

    public AttributeReach(IAssemblySymbol runtime) => _runtime = runtime;

    /// <summary>Whether <paramref name="symbol"/> may carry one of the runtime's attributes; true when in doubt.</summary>
    public bool MayCarry(ISymbol symbol)
        => symbol.ContainingAssembly is not { } assembly || _byAssembly.GetOrAdd(assembly, ReferencesRuntime);

    private bool ReferencesRuntime(IAssemblySymbol assembly)
    {
        if (SymbolEqualityComparer.Default.Equals(assembly, _runtime))
        {
            return true;
        }

        // By name, not by identity: an assembly built against another version of the runtime still names it.
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblySymbols)
            {
                if (referenced.Identity.Name == _runtime.Identity.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
