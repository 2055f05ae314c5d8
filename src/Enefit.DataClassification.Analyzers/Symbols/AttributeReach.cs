using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// Which symbols can carry the attributes one assembly declares (the runtime library's categories and
/// <c>[SubjectId]</c>, Microsoft's <c>[LoggerMessage]</c>): those of that assembly and of assemblies that reference
/// it. An attribute's class is always referenced directly by the assembly that applies it, so a symbol of any other
/// assembly (all of the framework, most packages) carries none of them, and its attributes need not be read. Reading
/// them is most of what classifying a framework member costs: a metadata symbol decodes its attributes the first time
/// it is asked. Made per compilation.
/// </summary>
internal sealed class AttributeReach
{
    private readonly IAssemblySymbol _declaring;
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _byAssembly = new(SymbolEqualityComparer.Default);

    /// <summary>The check as a delegate, made once: a method group passed to GetOrAdd is a new delegate on every call.</summary>
    private readonly System.Func<IAssemblySymbol, bool> _referencesDeclaring;

    /// <param name="declaring">The assembly that declares the attributes.</param>
    public AttributeReach(IAssemblySymbol declaring)
    {
        _declaring = declaring;
        _referencesDeclaring = ReferencesDeclaring;
    }

    /// <summary>Whether <paramref name="symbol"/> may carry one of the attributes; true when in doubt.</summary>
    public bool MayCarry(ISymbol symbol)
        => symbol.ContainingAssembly is not { } assembly || _byAssembly.GetOrAdd(assembly, _referencesDeclaring);

    private bool ReferencesDeclaring(IAssemblySymbol assembly)
    {
        if (SymbolEqualityComparer.Default.Equals(assembly, _declaring))
        {
            return true;
        }

        // By name, not by identity: an assembly built against another version still names it.
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblySymbols)
            {
                if (referenced.Identity.Name == _declaring.Identity.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
