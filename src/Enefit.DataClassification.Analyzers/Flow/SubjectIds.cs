using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>
/// <c>[SubjectId]</c> as the flow analysis needs it: an id stands for the object it identifies, and a type with an id
/// is a subject type (a client), so an instance call on it is about that client.
/// </summary>
internal static class SubjectIds
{
    public static bool IsSubjectId(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "SubjectIdAttribute", ContainingNamespace: { Name: "DataClassification", ContainingNamespace.Name: "Enefit" } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> or a base type has a <c>[SubjectId]</c> member.</summary>
    public static bool IsSubjectType(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol && IsSubjectId(member))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
