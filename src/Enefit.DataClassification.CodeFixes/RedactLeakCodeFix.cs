using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Enefit.DataClassification.Analyzers;
using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.Analyzers.Symbols;
using Enefit.DataClassification.Analyzers.TaintFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Enefit.DataClassification.CodeFixes;

/// <summary>
/// EDC0006: redacts the leaking value where it is written (§3.2, §3.3) with a redactor the code already has in scope
/// (a local, parameter, field or property): <c>redactor.Redact(value)</c> with a <c>Redactor</c>, or
/// <c>provider.GetRedactor(EnefitTaxonomy.MasterData).Redact(value)</c> with an <c>IRedactorProvider</c>, naming the
/// value's own category. Offered only where Microsoft.Extensions.Compliance.Redaction is referenced.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactLeakCodeFix))]
[Shared]
public sealed class RedactLeakCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "EDC0006.Redact";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ClassifiedDataLeak.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await FixDocument.RootAndModelAsync(context.Document, context.CancellationToken).ConfigureAwait(false) is not (var root, var model)
            || model.Compilation.GetTypeByMetadataName(TaintPropagation.RedactionNamespace + ".Redactor") is not { } redactorType
            || model.Compilation.GetTypeByMetadataName(TaintPropagation.RedactionNamespace + ".IRedactorProvider") is not { } providerType)
        {
            return;
        }

        var classifier = KnownSymbols.TryCreate(model.Compilation) is { } symbols ? new MemberClassifier(symbols) : null;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || value.Span != diagnostic.Location.SourceSpan
                || !diagnostic.Properties.TryGetValue(ClassifiedDataLeakAnalyzer.CategoryProperty, out var categoryName)
                || !Enum.TryParse<ClassifiedCategory>(categoryName, out var category)
                || FindRedactor(model, value, redactorType, providerType, context.CancellationToken) is not { } source)
            {
                continue;
            }

            var redacted = Redacted(value, category, new RedactorSource(source, TypeRelations.IsOrImplements(TypeOf(source), providerType)), model, classifier);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Redact with '" + source.Name + "'",
                    cancellationToken => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, redacted))),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>
    /// The value redacted: in an interpolated string, each hole that reads a classified member or parameter, each with
    /// its own category, so the rest of the text stays readable; any other value (or a string whose data came through a
    /// local) as a whole.
    /// </summary>
    private static ExpressionSyntax Redacted(ExpressionSyntax value, ClassifiedCategory category, RedactorSource source, SemanticModel model, MemberClassifier? classifier)
    {
        if (value is InterpolatedStringExpressionSyntax interpolated && classifier is not null)
        {
            var holes = interpolated.Contents
                .OfType<InterpolationSyntax>()
                .Select(hole => (Hole: hole.Expression, Category: CategoryRead(model, hole.Expression, classifier)))
                .Where(hole => hole.Category is not null)
                .ToDictionary(hole => hole.Hole, hole => hole.Category!.Value);
            if (holes.Count > 0)
            {
                return interpolated.ReplaceNodes(holes.Keys, (original, rewritten) => Wrap(rewritten, source.RedactorFor(holes[original])));
            }
        }

        return Wrap(value, source.RedactorFor(category));
    }

    private static ClassifiedCategory? CategoryRead(SemanticModel model, ExpressionSyntax expression, MemberClassifier classifier)
        => model.GetSymbolInfo(expression).Symbol is { } symbol ? classifier.CategoryOf(symbol) : null;

    /// <summary>
    /// The redactor in scope at <paramref name="value"/>: a <c>Redactor</c> before an <c>IRedactorProvider</c>, locals and
    /// parameters before members; only symbols that the bare name binds to there, and no instance member in a static context.
    /// </summary>
    private static ISymbol? FindRedactor(SemanticModel model, ExpressionSyntax value, INamedTypeSymbol redactorType, INamedTypeSymbol providerType, CancellationToken cancellationToken)
    {
        var position = value.SpanStart;
        var isStaticContext = IsInStaticContext(model, position, cancellationToken);
        var candidates = model.LookupSymbols(position)
            .Where(symbol => TypeOf(symbol) is not null
                && (!isStaticContext || symbol.IsStatic || symbol is ILocalSymbol or IParameterSymbol)
                && (symbol is not ILocalSymbol || IsDeclaredBefore(symbol, position))
                && model.LookupSymbols(position, name: symbol.Name).FirstOrDefault() is { } bound
                && SymbolEqualityComparer.Default.Equals(bound, symbol))
            .ToList();

        return candidates
            .Select(symbol => (Symbol: symbol, Rank: Rank(symbol, redactorType, providerType)))
            .Where(candidate => candidate.Rank >= 0)
            .OrderBy(candidate => candidate.Rank)
            .ThenBy(candidate => candidate.Symbol.Name, StringComparer.Ordinal)
            .Select(candidate => candidate.Symbol)
            .FirstOrDefault();
    }

    /// <summary>0–1 for a redactor (local or parameter first), 2–3 for a provider; -1 for anything else.</summary>
    private static int Rank(ISymbol symbol, INamedTypeSymbol redactorType, INamedTypeSymbol providerType)
    {
        var type = TypeOf(symbol);
        var isVariable = symbol is ILocalSymbol or IParameterSymbol ? 0 : 1;
        if (TypeRelations.DerivesFrom(type, redactorType))
        {
            return isVariable;
        }

        return TypeRelations.IsOrImplements(type, providerType) ? 2 + isVariable : -1;
    }

    private static ExpressionSyntax Wrap(ExpressionSyntax value, ExpressionSyntax redactor)
        => SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, redactor, SyntaxFactory.IdentifierName("Redact")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))))
            .WithTriviaFrom(value);

    /// <summary>A local is in scope in its whole block, but usable only after its declaration.</summary>
    private static bool IsDeclaredBefore(ISymbol local, int position)
        => local.DeclaringSyntaxReferences.FirstOrDefault() is { } declaration && declaration.Span.End <= position;

    private static bool IsInStaticContext(SemanticModel model, int position, CancellationToken cancellationToken)
    {
        for (var symbol = model.GetEnclosingSymbol(position, cancellationToken); symbol is not null; symbol = symbol.ContainingSymbol)
        {
            if (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function)
            {
                if (function.IsStatic)
                {
                    return true;
                }

                continue;
            }

            return symbol.IsStatic;
        }

        return false;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol { IsIndexer: false } property => property.Type,
        _ => null,
    };

    /// <summary>A redactor, or a provider that hands one out per category.</summary>
    private readonly struct RedactorSource
    {
        private readonly ISymbol _symbol;
        private readonly bool _isProvider;

        public RedactorSource(ISymbol symbol, bool isProvider)
        {
            _symbol = symbol;
            _isProvider = isProvider;
        }

        /// <summary><c>redactor</c>, or <c>provider.GetRedactor(EnefitTaxonomy.MasterData)</c> for the category.</summary>
        public ExpressionSyntax RedactorFor(ClassifiedCategory category)
        {
            var name = SyntaxFactory.IdentifierName(_symbol.Name);
            if (!_isProvider)
            {
                return name;
            }

            var classification = SyntaxFactory.ParseExpression("global::" + KnownSymbols.Namespace + ".EnefitTaxonomy." + category)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, name, SyntaxFactory.IdentifierName("GetRedactor")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(classification))));
        }
    }
}
