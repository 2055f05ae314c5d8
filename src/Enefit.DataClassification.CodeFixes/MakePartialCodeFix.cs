using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Enefit.DataClassification.Analyzers;
using Enefit.DataClassification.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.CodeFixes;

/// <summary>
/// EDC0012: makes a type with classified members partial, together with every type it is nested in, so that the
/// generator can add its purpose-checked accessors (§3.1). Offered only where the type is not partial: where a user
/// member has an accessor's name, making anything partial changes nothing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix))]
[Shared]
public sealed class MakePartialCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "EDC0012.MakePartial";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.AccessorNotGenerated.Id);

    /// <summary>One document edit for all the document's diagnostics, so that a shared containing type is edited once.</summary>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!IsNotPartialCase(diagnostic) || TypeAt(root, diagnostic) is not { } declaration)
            {
                continue;
            }

            var title = "Make '" + declaration.Identifier.ValueText + "' partial";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => MakePartialAsync(context.Document, new[] { diagnostic }, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        => await MakePartialAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);

    private static async Task<Document> MakePartialAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // A non-partial type has one declaration, and so does every non-partial type around it: all edits are here.
        var declarations = diagnostics
            .Where(IsNotPartialCase)
            .Select(diagnostic => TypeAt(root, diagnostic))
            .OfType<TypeDeclarationSyntax>()
            .SelectMany(declaration => declaration.AncestorsAndSelf().OfType<TypeDeclarationSyntax>())
            .Where(declaration => !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            .Distinct()
            .ToList();
        var fixedRoot = root.ReplaceNodes(declarations, (_, rewritten) => AddPartial(rewritten));
        return document.WithSyntaxRoot(fixedRoot);
    }

    private static bool IsNotPartialCase(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(AccessorNotGeneratedAnalyzer.CaseProperty, out var kind)
            && kind == AccessorNotGeneratedAnalyzer.NotPartialCase;

    private static TypeDeclarationSyntax? TypeAt(SyntaxNode? root, Diagnostic diagnostic)
        => root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();

    /// <summary>
    /// Puts <c>partial</c> last among the modifiers, where C# wants it (right before <c>class</c>, <c>struct</c> or
    /// <c>record</c>), keeping the declaration's comments and indentation in front of the first word.
    /// </summary>
    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
    {
        var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (declaration.Modifiers.Count > 0)
        {
            return declaration.AddModifiers(partial);
        }

        var keyword = declaration.Keyword;
        return declaration
            .WithKeyword(keyword.WithLeadingTrivia(default(SyntaxTriviaList)))
            .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(keyword.LeadingTrivia)));
    }
}
