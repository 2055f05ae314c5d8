using System.Collections.Immutable;
using System.Linq;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Analyzers.Rules;

/// <summary>
/// EDC0011: a member that carries more than one category (a piece of data has one kind, §6.3, §7.4), and a check
/// attribute on a member whose shape the analysis cannot read as "true means this subject may be contacted".
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MisplacedClassificationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MisplacedClassification);

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

            var checker = new Checker(symbols);
            start.RegisterSymbolAction(
                checker.Analyze,
                SymbolKind.Field,
                SymbolKind.Property,
                SymbolKind.Method,
                SymbolKind.NamedType);
        });
    }

    /// <summary>The per-compilation state: the runtime library's symbols.</summary>
    private sealed class Checker
    {
        private readonly KnownSymbols _symbols;

        public Checker(KnownSymbols symbols) => _symbols = symbols;

        public void Analyze(SymbolAnalysisContext context)
        {
            var symbol = context.Symbol;
            ReportConflictingCategories(context, symbol, symbol.GetAttributes());
            switch (symbol)
            {
                case IMethodSymbol method:
                    ReportConflictingCategories(context, method, method.GetReturnTypeAttributes());
                    foreach (var parameter in method.Parameters)
                    {
                        ReportConflictingCategories(context, parameter, parameter.GetAttributes());
                    }

                    CheckMethodShape(context, method);
                    break;
                case IPropertySymbol property:
                    CheckValueShape(context, property, property.Type, property.IsStatic);
                    break;
                case IFieldSymbol field:
                    CheckValueShape(context, field, field.Type, field.IsStatic);
                    break;
            }
        }

        /// <summary>Reports every category attribute after the first on one target.</summary>
        private void ReportConflictingCategories(SymbolAnalysisContext context, ISymbol target, ImmutableArray<AttributeData> attributes)
        {
            // Runs for every member and parameter: count first, and make lists only for the rare conflict.
            if (CategoryCount(attributes) < 2)
            {
                return;
            }

            var categories = attributes.Where(a => _symbols.CategoryOf(a.AttributeClass) is not null).ToList();

            var names = string.Join(" and ", categories.Select(a => "[" + ShortName(a.AttributeClass!) + "]"));
            foreach (var extra in categories.Skip(1))
            {
                Report(
                    context,
                    extra,
                    target,
                    "carries " + names + ", but a piece of data has one kind (§6.3, §7.4)",
                    "keep the one category that fits the data and remove the others");
            }
        }

        private int CategoryCount(ImmutableArray<AttributeData> attributes)
        {
            var count = 0;
            foreach (var attribute in attributes)
            {
                if (_symbols.CategoryOf(attribute.AttributeClass) is not null)
                {
                    count++;
                }
            }

            return count;
        }

        private void CheckMethodShape(SymbolAnalysisContext context, IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                var (proof, name) = CheckKind(attribute.AttributeClass);
                if (proof is null && name is null)
                {
                    continue;
                }

                if (!ReturnsBoolean(method.ReturnType))
                {
                    Report(context, attribute, method, $"is marked [{name}] but returns {SymbolNames.OfType(method.ReturnType)}",
                        "a check returns bool, Task<bool> or ValueTask<bool>, true when the subject may be contacted");
                }
                else if (WrongOutProof(method, proof) is { } wrongOut)
                {
                    Report(context, attribute, method, $"is marked [{name}] but its out parameter '{wrongOut.Name}' has type {SymbolNames.OfType(wrongOut.Type)}",
                        $"a Try-pattern [{name}] hands out {proof?.Name ?? "its proof"}");
                }
                else if (method.IsStatic && method.Parameters.IsEmpty)
                {
                    Report(context, attribute, method, $"is marked [{name}] but names no subject",
                        "take the subject (or its id) as the first parameter, or make it an instance member of the subject type");
                }
            }
        }

        private void CheckValueShape(SymbolAnalysisContext context, ISymbol member, ITypeSymbol type, bool isStatic)
        {
            foreach (var attribute in member.GetAttributes())
            {
                var (_, name) = CheckKind(attribute.AttributeClass);
                if (name is null)
                {
                    continue;
                }

                if (type.SpecialType != SpecialType.System_Boolean)
                {
                    Report(context, attribute, member, $"is marked [{name}] but has type {SymbolNames.OfType(type)}",
                        "a check property or field is a bool of the subject type, true when the subject may be contacted");
                }
                else if (isStatic)
                {
                    Report(context, attribute, member, $"is marked [{name}] but is static, so it names no subject",
                        "make it an instance member of the subject type");
                }
            }
        }

        /// <summary>For a check attribute, the proof type its Try-pattern hands out and the attribute's short name.</summary>
        private (INamedTypeSymbol? Proof, string? Name) CheckKind(INamedTypeSymbol? attributeClass)
        {
            if (TypeRelations.Is(attributeClass, _symbols.ConsentCheck))
            {
                return (_symbols.MarketingConsent, "ConsentCheck");
            }

            if (TypeRelations.Is(attributeClass, _symbols.ElectronicMarketingCheck))
            {
                return (_symbols.ElectronicMarketingPermit, "ElectronicMarketingCheck");
            }

            return (null, null);
        }

        private bool ReturnsBoolean(ITypeSymbol returnType)
        {
            if (returnType.SpecialType == SpecialType.System_Boolean)
            {
                return true;
            }

            return returnType is INamedTypeSymbol { IsGenericType: true } generic
                && generic.TypeArguments.Length == 1
                && generic.TypeArguments[0].SpecialType == SpecialType.System_Boolean
                && (TypeRelations.Is(generic, _symbols.Task) || TypeRelations.Is(generic, _symbols.ValueTask));
        }

        /// <summary>An out parameter that holds a proof of the other kind than the check's.</summary>
        private IParameterSymbol? WrongOutProof(IMethodSymbol method, INamedTypeSymbol? expectedProof)
            => method.Parameters.FirstOrDefault(p =>
                p.RefKind == RefKind.Out
                && _symbols.IsProof(p.Type)
                && !SymbolEqualityComparer.Default.Equals(p.Type, expectedProof));

        private static void Report(SymbolAnalysisContext context, AttributeData attribute, ISymbol target, string problem, string fix)
        {
            var syntax = attribute.ApplicationSyntaxReference;
            if (syntax is null)
            {
                return;
            }

            var location = Location.Create(syntax.SyntaxTree, syntax.Span);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MisplacedClassification, location, SymbolNames.Of(target), problem, fix));
        }

        private static string ShortName(INamedTypeSymbol attributeClass)
            => attributeClass.Name.EndsWith("Attribute", System.StringComparison.Ordinal)
                ? attributeClass.Name.Substring(0, attributeClass.Name.Length - "Attribute".Length)
                : attributeClass.Name;
    }
}
