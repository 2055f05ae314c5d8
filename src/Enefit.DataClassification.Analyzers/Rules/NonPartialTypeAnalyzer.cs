using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Analyzers.Rules;

/// <summary>
/// EDC0012: a class, struct or record that declares classified instance fields or properties but is not partial, or
/// sits in a type that is not, so the generator cannot add its purpose-checked accessors (§3.1). Information only:
/// direct reads are still checked, but the accessors are the convenient legal way in.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonPartialTypeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.TypeNotPartial);

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
            || !type.Locations[0].IsInSource
            || FirstNonPartial(type, context.CancellationToken) is not { } nonPartial
            || !DeclaresClassifiedInstanceMember(type, classifier))
        {
            return;
        }

        var problem = SymbolEqualityComparer.Default.Equals(nonPartial, type)
            ? "is not partial"
            : "sits in '" + SymbolNames.Of(nonPartial) + "', which is not partial";
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TypeNotPartial, type.Locations[0], SymbolNames.Of(type), problem));
    }

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

    /// <summary>
    /// The type itself, or else the innermost type around it, that is not declared partial: the generator can only add
    /// to a type that is partial in a type that is partial. Null when all are.
    /// </summary>
    private static INamedTypeSymbol? FirstNonPartial(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!IsPartial(current, cancellationToken))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>C# demands <c>partial</c> on every part of a type with several parts, so one declaration answers.</summary>
    private static bool IsPartial(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }
}
