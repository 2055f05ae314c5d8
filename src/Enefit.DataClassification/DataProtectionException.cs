using System;

namespace Enefit.DataClassification;

/// <summary>
/// Thrown by the generated accessors when classified data is asked for under a purpose that may not read it without
/// consent (§6.1, §7.1.2), with a consent proof that is not valid, or with a proof for another subject.
/// The message names the member, its category, the purpose and the clause of the Principles.
/// </summary>
public sealed class DataProtectionException : InvalidOperationException
{
    /// <summary>An exception with a default message.</summary>
    public DataProtectionException()
        : base("Client data was asked for in a way the customer-data Principles do not allow.")
    {
    }

    /// <summary>An exception with <paramref name="message"/>.</summary>
    public DataProtectionException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with <paramref name="message"/> and the exception that caused it.</summary>
    public DataProtectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An exception that names what was refused and why.</summary>
    /// <param name="memberName">The classified member, such as <c>Customer.Email</c>.</param>
    /// <param name="category">The member's category.</param>
    /// <param name="purpose">The purpose asked for, or null when a consent proof was given instead.</param>
    /// <param name="clause">The clause of the Principles that refuses it, such as <c>§7.1.2</c>.</param>
    /// <param name="reason">What was wrong, as a sentence.</param>
    public DataProtectionException(string memberName, DataCategory category, Purpose? purpose, string clause, string reason)
        : base(Describe(memberName, category, purpose, clause, reason))
    {
        MemberName = memberName;
        Category = category;
        Purpose = purpose;
        Clause = clause;
    }

    /// <summary>The classified member that was asked for, when known.</summary>
    public string? MemberName { get; }

    /// <summary>The member's category, when known.</summary>
    public DataCategory? Category { get; }

    /// <summary>The purpose asked for; null when a consent proof was given instead or it is not known.</summary>
    public Purpose? Purpose { get; }

    /// <summary>The clause of the Principles that refuses the read, when known.</summary>
    public string? Clause { get; }

    private static string Describe(string memberName, DataCategory category, Purpose? purpose, string clause, string reason)
    {
        // An exception's constructor must not throw, or it hides the refusal it reports: an undefined purpose is named
        // by its number, without a clause.
        var asked = purpose switch
        {
            { } p when Enum.IsDefined(typeof(Purpose), p) => $"purpose {p} ({PurposePolicy.ClauseOf(p)})",
            { } p => $"purpose {p}",
            null => "a marketing-consent proof",
        };
        return $"{reason} {memberName} holds {category} data and was asked for with {asked}; see {clause} of the customer-data Principles.";
    }
}
