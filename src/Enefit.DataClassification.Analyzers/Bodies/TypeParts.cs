using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// Whether a type is, or is made of, a type that passes a test: as an array's element, a pointer's target, a type
/// argument, or in the signature of a delegate or function pointer, to a depth of 8. The test is a struct, so a walk
/// allocates nothing: the names of a compilation ask it for every member of every type.
/// </summary>
internal static class TypeParts
{
    private const int MostDepth = 8;

    public interface ITest
    {
        bool Passes(ITypeSymbol type);
    }

    public static bool Any<TTest>(ITypeSymbol? type, TTest test, int depth = 0)
        where TTest : struct, ITest
    {
        if (type is null || depth > MostDepth)
        {
            return false;
        }

        if (test.Passes(type))
        {
            return true;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return Any(array.ElementType, test, depth + 1);
            case IPointerTypeSymbol pointer:
                return Any(pointer.PointedAtType, test, depth + 1);
            case IFunctionPointerTypeSymbol functionPointer:
                return AnyInSignature(functionPointer.Signature, test, depth + 1);
            case INamedTypeSymbol named:
                foreach (var argument in named.TypeArguments)
                {
                    if (Any(argument, test, depth + 1))
                    {
                        return true;
                    }
                }

                return named.DelegateInvokeMethod is { } invoke && AnyInSignature(invoke, test, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>Whether the return type or a parameter's type of <paramref name="method"/> is or is made of one that passes.</summary>
    public static bool AnyInSignature<TTest>(IMethodSymbol method, TTest test, int depth = 0)
        where TTest : struct, ITest
        => Any(method.ReturnType, test, depth) || AnyParameter(method.Parameters, test, depth);

    public static bool AnyParameter<TTest>(System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters, TTest test, int depth = 0)
        where TTest : struct, ITest
    {
        foreach (var parameter in parameters)
        {
            if (Any(parameter.Type, test, depth))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A type whose definition is in a set: a type that holds client data, or identifies a client.</summary>
    public readonly struct InSet : ITest
    {
        private readonly System.Collections.Generic.HashSet<INamedTypeSymbol> _set;

        public InSet(System.Collections.Generic.HashSet<INamedTypeSymbol> set) => _set = set;

        public bool Passes(ITypeSymbol type) => type is INamedTypeSymbol named && _set.Contains(named.OriginalDefinition);
    }

    /// <summary>A type parameter: what a construction elsewhere fills in.</summary>
    public readonly struct TypeParameter : ITest
    {
        public bool Passes(ITypeSymbol type) => type is ITypeParameterSymbol;
    }
}
