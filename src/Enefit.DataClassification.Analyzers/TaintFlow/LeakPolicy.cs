using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.TaintFlow;

/// <summary>EDC0006's idea of data: classified members and parameters, and objects that print them.</summary>
internal sealed class LeakPolicy : TaintPolicy
{
    /// <summary>How deep records that print their members are followed.</summary>
    private const int MaxRecordDepth = 4;

    private readonly ConcurrentDictionary<ITypeSymbol, HeldData> _printed = new(SymbolEqualityComparer.Default);

    /// <summary>The search as a delegate, made once: a lambda that reads this is a new delegate on every call.</summary>
    private readonly System.Func<ITypeSymbol, HeldData> _printedData;

    public LeakPolicy(Compilation compilation, ClassifiedContent content)
        : base(compilation, content)
    {
        _printedData = type => PrintedData(type, 0);
    }

    public override Taint? OfMember(ISymbol member)
        => Content.Classifier.CategoryOf(member) is { } category ? Taint.OfMember(member, category) : null;

    protected override HeldData HeldBy(ITypeSymbol type) => _printed.GetOrAdd(type, _printedData);

    /// <summary>
    /// What printing a value of <paramref name="type"/> writes out: its classified member unless the generator's
    /// redacting ToString prints it; for a record that prints its members, what they print; the elements of a
    /// sequence (loggers print each element). A class without classified members prints its type name only.
    /// </summary>
    private HeldData PrintedData(ITypeSymbol type, int depth)
    {
        if (ClassifiedContent.CannotHoldMembers(type) || depth > MaxRecordDepth)
        {
            return HeldData.None;
        }

        if (ClassifiedContent.ElementType(type) is { } element)
        {
            return PrintedData(element, depth + 1);
        }

        var direct = Content.DirectlyHeld(type);
        if (direct.IsHeld)
        {
            return type is INamedTypeSymbol named && RedactedPrinting.PrintsRedacted(named, HasClassifiedMembers(named))
                ? HeldData.None
                : direct;
        }

        if (type is INamedTypeSymbol { IsRecord: true } record && !RedactedPrinting.DeclaresOwnPrinting(record))
        {
            foreach (var member in ClassifiedContent.InstanceDataMembers(record))
            {
                if (PrintedData(ClassifiedContent.DataMemberType(member), depth + 1) is { IsHeld: true } nested)
                {
                    return nested;
                }
            }
        }

        return HeldData.None;
    }

    /// <summary>
    /// The first public property of <paramref name="type"/> that a <c>[LogProperties]</c> parameter of that type
    /// writes to the log with client data in it, and the data's category. Microsoft's logging generator redacts a
    /// property that carries a classification attribute itself and skips one marked <c>[LogPropertyIgnore]</c>; any
    /// other property it writes by its <c>ToString</c>, or, when <paramref name="transitive"/>, a complex one property by
    /// property again. So a property classified only through its type, an interface or an overridden property, and
    /// one whose value prints classified data, leak.
    /// </summary>
    public (IPropertySymbol Property, ClassifiedCategory Category)? LoggedLeak(ITypeSymbol type, bool transitive, TelemetrySinks sinks)
        => LoggedLeak(type, transitive, sinks, depth: 0);

    private (IPropertySymbol Property, ClassifiedCategory Category)? LoggedLeak(ITypeSymbol type, bool transitive, TelemetrySinks sinks, int depth)
    {
        if (ClassifiedContent.CannotHoldMembers(type) || depth > MaxRecordDepth)
        {
            return null;
        }

        foreach (var property in LoggedProperties(type))
        {
            if (sinks.IsNotLoggedInClear(property))
            {
                continue;
            }

            if (OfMember(property)?.Category is { } category)
            {
                return (property, category);
            }

            if (transitive && IsComplex(property.Type))
            {
                if (LoggedLeak(property.Type, transitive, sinks, depth + 1) is { } nested)
                {
                    return nested;
                }
            }
            else if (HeldBy(property.Type) is { IsHeld: true, Category: { } held })
            {
                return (property, held);
            }
        }

        return null;
    }

    /// <summary>A type whose properties transitive logging visits: an object, not a value printed whole or a sequence.</summary>
    private static bool IsComplex(ITypeSymbol type)
        => !ClassifiedContent.CannotHoldMembers(type)
            && ClassifiedContent.ElementType(type) is null
            && type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface;

    /// <summary>The public instance properties a value of <paramref name="type"/> is logged by: its own, its base types', its interfaces'.</summary>
    private static IEnumerable<IPropertySymbol> LoggedProperties(ITypeSymbol type)
    {
        var members = type.TypeKind == TypeKind.Interface
            ? type.AllInterfaces.Insert(0, (INamedTypeSymbol)type).SelectMany(ClassifiedContent.InstanceDataMembers)
            : ClassifiedContent.InstanceDataMembers(type);
        foreach (var member in members)
        {
            if (member is IPropertySymbol { IsOverride: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property)
            {
                yield return property;
            }
        }
    }

    private bool HasClassifiedMembers(INamedTypeSymbol type)
    {
        foreach (var member in ClassifiedContent.InstanceDataMembers(type))
        {
            if (Content.Classifier.CategoryOf(member) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
