using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// Decides how the generated <c>ExportPersonalData()</c> and redacting text methods are declared, given what the type
/// and its base types already declare or will get from this generator.
/// </summary>
internal static class InheritancePlanner
{
    /// <summary>
    /// <c>public virtual</c> where the type may be derived from; <c>override</c> where a base type has a virtual one or
    /// gets a generated one (its entries come first); <c>new</c> over a base's non-virtual one; nothing where the type
    /// declares its own.
    /// </summary>
    public static ExportKind ExportKindOf(INamedTypeSymbol type, MemberClassifier classifier, CancellationToken cancellationToken)
    {
        const string Export = "ExportPersonalData";
        if (!type.GetMembers(Export).IsEmpty)
        {
            return ExportKind.None;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            var inherited = current.GetMembers(Export).OfType<IMethodSymbol>()
                .FirstOrDefault(method => method.Parameters.IsEmpty && !method.IsStatic && method.DeclaredAccessibility != Accessibility.Private);
            if (inherited is not null)
            {
                return (inherited.IsVirtual || inherited.IsOverride || inherited.IsAbstract) && !inherited.IsSealed
                    ? ExportKind.Override
                    : ExportKind.Hide;
            }

            if (Parser.WillBeGenerated(current.OriginalDefinition, classifier, cancellationToken))
            {
                return ExportKind.Override;
            }
        }

        return type.TypeKind == TypeKind.Class && !type.IsSealed ? ExportKind.Virtual : ExportKind.Plain;
    }

    /// <summary>
    /// The redacting text: <c>PrintMembers</c> for a record (its compiler-made <c>ToString</c> calls it) unless the record
    /// declares one; <c>ToString</c> for a class or struct unless it declares one or a base type sealed it.
    /// </summary>
    public static TextSpec? TextOf(INamedTypeSymbol type, MemberClassifier classifier, CancellationToken cancellationToken)
    {
        if (type.IsRecord)
        {
            // The compiler makes a PrintMembers for every record; only one the user wrote stops ours.
            if (type.GetMembers("PrintMembers").Any(member => !member.IsImplicitlyDeclared))
            {
                return null;
            }

            var kind = type.TypeKind == TypeKind.Struct || (type.IsSealed && !IsRecordBase(type.BaseType))
                ? TextKind.PrivatePrintMembers
                : IsRecordBase(type.BaseType) ? TextKind.OverridePrintMembers : TextKind.VirtualPrintMembers;
            return new TextSpec(kind, type.Name, PrintedMembers(new[] { type }, classifier, cancellationToken));
        }

        if (DeclaresOrSealsToString(type))
        {
            return null;
        }

        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is { SpecialType: SpecialType.None }; current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        return new TextSpec(TextKind.ToString, type.Name, PrintedMembers(chain, classifier, cancellationToken));
    }

    private static bool IsRecordBase(INamedTypeSymbol? baseType) => baseType is { IsRecord: true };

    private static bool DeclaresOrSealsToString(INamedTypeSymbol type)
    {
        for (var current = type; current is { SpecialType: SpecialType.None }; current = current.BaseType)
        {
            var toString = current.GetMembers(nameof(ToString)).OfType<IMethodSymbol>().FirstOrDefault(method => method.Parameters.IsEmpty);
            if (toString is not null && (SymbolEqualityComparer.Default.Equals(current, type) || toString.IsSealed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The public instance fields and readable properties, base types first, as a record prints them; each with its
    /// category, or the category of the classified members its getter reads (<see cref="ExposedData"/>).
    /// </summary>
    private static EquatableArray<PrintedMemberSpec> PrintedMembers(
        IEnumerable<INamedTypeSymbol> chain, MemberClassifier classifier, CancellationToken cancellationToken)
    {
        var printed = new List<PrintedMemberSpec>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var type in chain)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.DeclaredAccessibility == Accessibility.Public
                    && Parser.ReadableValueType(member) is not null
                    && member is not IPropertySymbol { GetMethod.DeclaredAccessibility: not Accessibility.Public }
                    && seen.Add(member.Name))
                {
                    var category = classifier.CategoryOf(member) ?? ExposedData.CategoryExposedBy(member, classifier, cancellationToken);
                    printed.Add(new PrintedMemberSpec(member.Name, AccessorNames.Escape(member.Name), category));
                }
            }
        }

        return printed.ToEquatableArray();
    }
}
