using Microsoft.CodeAnalysis.CSharp;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>Names of generated accessors and how generated code refers to user members.</summary>
internal static class AccessorNames
{
    /// <summary>What every accessor name starts with; EDC0010 looks for it in reflection by name.</summary>
    public const string Prefix = "Get";

    /// <summary>
    /// The accessor name for a member: property <c>Email</c>, fields <c>_email</c>, <c>m_email</c> and <c>email</c> all
    /// give <c>GetEmail</c>. Null when nothing is left of the name once the prefixes are gone.
    /// </summary>
    public static string? For(string memberName)
    {
        var name = memberName.TrimStart('_');
        if (name.StartsWith("m_", System.StringComparison.Ordinal))
        {
            name = name.Substring(2).TrimStart('_');
        }

        return name.Length == 0 ? null : Prefix + char.ToUpperInvariant(name[0]) + name.Substring(1);
    }

    /// <summary>An identifier as code must spell it: <c>@class</c> for a member named <c>class</c>.</summary>
    public static string Escape(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None ? identifier : "@" + identifier;
}
