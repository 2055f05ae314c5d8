using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.Generator;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Analyzers.Rules;

/// <summary>
/// EDC0012: classified data for which the generator writes no purpose-checked accessor (§3.1). Two cases:
/// <list type="bullet">
/// <item>a class, struct or record declares classified instance fields or properties but is not partial, or sits in a
/// type that is not, so the generator cannot add to it (reported on the type's name; the make-partial fix applies);
/// or it is partial but file-local, or sits in a file-local type, so the generated file cannot see it (same place, no
/// fix);</item>
/// <item>the type is partial, but a member the user declared on it or on a base type already has the name the
/// accessor would take (<c>GetEmail</c> for <c>Email</c>), or two classified members would take the same name (a field
/// <c>_email</c> and a property <c>Email</c>), so the generator leaves that accessor out. Reported on the
/// classified member's name: that member is always in this type's source, while the member that has the name may be
/// inherited, compiled or the framework's (<c>object.GetType</c>), and the message names it.</item>
/// </list>
/// Information only: direct reads are still checked, but the accessors are the convenient legal way in.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AccessorNotGeneratedAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that tells the two cases apart; the make-partial fix acts only on one.</summary>
    public const string CaseProperty = "Case";

    public const string NotPartialCase = "NotPartial";

    /// <summary>A file-local type is partial, but the generated file cannot see it; the make-partial fix does not apply.</summary>
    public const string FileLocalCase = "FileLocal";

    public const string NameTakenCase = "NameTaken";

    /// <summary>The diagnostic property that holds the accessor name that is taken, in the <see cref="NameTakenCase"/>.</summary>
    public const string AccessorProperty = "Accessor";

    private static readonly ImmutableDictionary<string, string?> NotPartialProperties =
        ImmutableDictionary<string, string?>.Empty.Add(CaseProperty, NotPartialCase);

    private static readonly ImmutableDictionary<string, string?> FileLocalProperties =
        ImmutableDictionary<string, string?>.Empty.Add(CaseProperty, FileLocalCase);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.AccessorNotGenerated);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            var classifier = new MemberClassifier(symbols);
            start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, classifier), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, MemberClassifier classifier)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type
            || type.Locations.IsDefaultOrEmpty
            || !type.Locations[0].IsInSource)
        {
            return;
        }

        if (PartialTypes.FirstNonPartial(type, context.CancellationToken) is { } nonPartial)
        {
            ReportNoGeneratedPart(context, type, nonPartial, "not partial", NotPartialProperties, "make it and its containing types partial", classifier);
            return;
        }

        if (PartialTypes.FirstFileLocal(type) is { } fileLocal)
        {
            ReportNoGeneratedPart(context, type, fileLocal, "file-local", FileLocalProperties,
                "remove the 'file' modifier from '" + SymbolNames.Of(fileLocal) + "'", classifier);
            return;
        }

        foreach (var collision in AccessorCollisions.In(type, classifier, context.CancellationToken))
        {
            ReportNameTaken(context, collision);
        }
    }

    /// <summary>
    /// The generator cannot add to <paramref name="type"/> because <paramref name="blocker"/>, the type itself or a type
    /// around it, is <paramref name="what"/>: "'Customer' has classified members but is not partial, so no
    /// purpose-checked accessors are generated for it (§3.1): make it and its containing types partial".
    /// </summary>
    private static void ReportNoGeneratedPart(
        SymbolAnalysisContext context,
        INamedTypeSymbol type,
        INamedTypeSymbol blocker,
        string what,
        ImmutableDictionary<string, string?> properties,
        string fix,
        MemberClassifier classifier)
    {
        if (!DeclaresClassifiedInstanceMember(type, classifier))
        {
            return;
        }

        var problem = SymbolEqualityComparer.Default.Equals(blocker, type)
            ? "is " + what
            : "sits in '" + SymbolNames.Of(blocker) + "', which is " + what;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.AccessorNotGenerated,
            type.Locations[0],
            properties,
            "'" + SymbolNames.Of(type) + "' has classified members but " + problem + ", so no purpose-checked accessors are generated for it",
            fix));
    }

    /// <summary>
    /// "'Customer.Email' is master data, but its purpose-checked accessor 'GetEmail' is not generated because the method
    /// 'Customer.GetEmail' has that name (§3.1): rename 'Customer.GetEmail', or read 'Customer.Email' only in members
    /// under a declared [ProcessingPurpose]".
    /// </summary>
    private static void ReportNameTaken(SymbolAnalysisContext context, AccessorCollision collision)
    {
        var classified = SymbolNames.Of(collision.Classified);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.AccessorNotGenerated,
            collision.Classified.Locations[0],
            ImmutableDictionary<string, string?>.Empty.Add(CaseProperty, NameTakenCase).Add(AccessorProperty, collision.Accessor),
            "'" + classified + "' is " + PurposeRules.DescribeCategory(collision.Category) + " data, but its purpose-checked accessor '"
                + collision.Accessor + "' is not generated because " + WhyTaken(collision),
            "rename " + WhatToRename(collision) + ", or read '" + classified + "' only in members under a declared [ProcessingPurpose]"));
    }

    private static string WhyTaken(AccessorCollision collision)
    {
        var taker = "'" + SymbolNames.Of(collision.Taker) + "'";
        if (collision.TakerIsClassifiedTwin)
        {
            return taker + ", also classified, would take the same name";
        }

        return SymbolEqualityComparer.Default.Equals(collision.Taker, collision.Classified.ContainingType)
            ? "its type " + taker + " has that name"
            : KindOf(collision.Taker) + " " + taker + " has that name";
    }

    /// <summary>
    /// The member that has the name, where it can be renamed (it is in source); the classified member where it cannot,
    /// as for <c>object.GetType</c>; either of two classified twins.
    /// </summary>
    private static string WhatToRename(AccessorCollision collision)
    {
        var taker = "'" + SymbolNames.Of(collision.Taker) + "'";
        var classified = "'" + SymbolNames.Of(collision.Classified) + "'";
        if (collision.TakerIsClassifiedTwin)
        {
            return classified + " or " + taker;
        }

        return collision.Taker.Locations.Length > 0 && collision.Taker.Locations[0].IsInSource ? taker : classified;
    }

    private static string KindOf(ISymbol member) => member switch
    {
        IMethodSymbol => "the method",
        IPropertySymbol => "the property",
        IFieldSymbol => "the field",
        IEventSymbol => "the event",
        INamedTypeSymbol => "the nested type",
        _ => "the member",
    };

    private static bool DeclaresClassifiedInstanceMember(INamedTypeSymbol type, MemberClassifier classifier)
    {
        foreach (var member in type.GetMembers())
        {
            // Backing fields are implicit; their property is the member the generator wraps.
            if (member is IFieldSymbol or IPropertySymbol
                && !member.IsStatic
                && !member.IsImplicitlyDeclared
                && classifier.CategoryOf(member) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
