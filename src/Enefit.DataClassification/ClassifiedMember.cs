namespace Enefit.DataClassification;

/// <summary>
/// One classified member of an assembly, as the generated <c>DataClassificationCatalog</c> lists it: the inventory of
/// what data is held and why (§11.1).
/// </summary>
public sealed class ClassifiedMember
{
    /// <summary>A catalog entry.</summary>
    public ClassifiedMember(string typeName, string memberName, DataCategory category, string? kind)
    {
        Guard.NotNull(typeName, nameof(typeName));
        Guard.NotNull(memberName, nameof(memberName));
        Guard.Defined(category, nameof(category));
        TypeName = typeName;
        MemberName = memberName;
        Category = category;
        Kind = kind;
    }

    /// <summary>The full name of the type that holds the member.</summary>
    public string TypeName { get; }

    /// <summary>The member's name.</summary>
    public string MemberName { get; }

    /// <summary>The member's category.</summary>
    public DataCategory Category { get; }

    /// <summary>The fideslang key of the member, when it has one.</summary>
    public string? Kind { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{TypeName}.{MemberName} ({Category})";
}
