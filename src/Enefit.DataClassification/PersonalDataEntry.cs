namespace Enefit.DataClassification;

/// <summary>
/// One classified value of a client, as the generated <c>ExportPersonalData()</c> returns it: the copy and
/// portability rights of §11.1.
/// </summary>
public sealed class PersonalDataEntry
{
    /// <summary>An entry for <paramref name="memberName"/>.</summary>
    public PersonalDataEntry(string memberName, DataCategory category, string? kind, object? value)
    {
        Guard.NotNull(memberName, nameof(memberName));
        Guard.Defined(category, nameof(category));
        MemberName = memberName;
        Category = category;
        Kind = kind;
        Value = value;
    }

    /// <summary>The member's name, such as <c>Email</c>.</summary>
    public string MemberName { get; }

    /// <summary>The member's category.</summary>
    public DataCategory Category { get; }

    /// <summary>The fideslang key of the member, when it has one.</summary>
    public string? Kind { get; }

    /// <summary>The value held.</summary>
    public object? Value { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{MemberName} ({Category}{(Kind is null ? string.Empty : ", " + Kind)})";
}
