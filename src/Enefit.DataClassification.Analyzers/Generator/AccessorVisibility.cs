using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>How visible a generated accessor may be, given the type of the member it reads.</summary>
internal static class AccessorVisibility
{
    /// <summary>
    /// The accessors are public unless the member's type is less visible: an accessor may not expose a type its
    /// callers cannot see (CS0050).
    /// </summary>
    public static string AccessorModifier(ITypeSymbol type)
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
}
