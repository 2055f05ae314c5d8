using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Enefit.DataClassification.Analyzers.Symbols;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>The assembly's catalog: every classified member of the types that get generated code.</summary>
/// <param name="Entries">One entry per classified member.</param>
/// <param name="NullableAnnotations">Whether every type's code is C# 8 or later (see <see cref="TypeSpec.NullableAnnotations"/>).</param>
internal sealed record CatalogSpec(EquatableArray<CatalogEntrySpec> Entries, bool NullableAnnotations)
{
    /// <summary>The catalog of the collected per-type models, ordered by type name and then as declared.</summary>
    public static CatalogSpec From(IReadOnlyCollection<TypeSpec> types)
        => new(
            types
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .SelectMany(type => type.Members.Select(member => new CatalogEntrySpec(type.FullName, member.Name, member.Category, member.Kind)))
                .ToEquatableArray(),
            types.All(type => type.NullableAnnotations));

    /// <summary>Joins the per-source collections, so that the catalog depends on the per-type models alone.</summary>
    public static CatalogSpec From(
        (((ImmutableArray<TypeSpec> Left, ImmutableArray<TypeSpec> Right) Left, ImmutableArray<TypeSpec> Right) Left, ImmutableArray<TypeSpec> Right) sources)
        => From(sources.Left.Left.Left.Concat(sources.Left.Left.Right).Concat(sources.Left.Right).Concat(sources.Right).ToList());
}

/// <summary>One catalog line: <c>ClassifiedMember(typeName, memberName, category, kind)</c>.</summary>
internal sealed record CatalogEntrySpec(string TypeName, string MemberName, ClassifiedCategory Category, string? Kind);
