using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Enefit.DataClassification.Analyzers;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.CodeFixes;

/// <summary>
/// EDC0004: declares the purpose a member reads data for (§3.1) by adding <c>[ProcessingPurpose(Purpose.X)]</c> to
/// the method, constructor, operator, property or indexer that holds the read, or, for a read no such member holds (a
/// field initializer, an event accessor, a primary constructor's base arguments), to the type around it, whose purpose
/// is then in force there. One action per purpose, grouped under "Declare a processing purpose" into the contract
/// purposes of §6.1 and the marketing purposes of §7.3; for marketing-only data only the marketing purposes, since a
/// contract purpose may not read it (EDC0002).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddProcessingPurposeCodeFix))]
[Shared]
public sealed class AddProcessingPurposeCodeFix : CodeFixProvider
{
    public const string EquivalenceKeyPrefix = "EDC0004.ProcessingPurpose.";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.NoPurposeDeclared.Id);

    /// <summary>Fix-all declares the chosen purpose once on every member of the scope that reads without one.</summary>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        if (await FixDocument.RootAndModelAsync(document, context.CancellationToken).ConfigureAwait(false) is not (var root, var model)
            || KnownSymbols.TryCreate(model.Compilation) is not { ProcessingPurpose: not null, Purpose: not null } symbols)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (TargetOf(root, diagnostic) is not { } target
                || (model.GetDeclaredSymbol(target, context.CancellationToken) is { } declared
                    && MemberClassifier.HasAttribute(declared, symbols.ProcessingPurpose)))
            {
                continue;
            }

            var category = CategoryRead(root, model, symbols, diagnostic, context.CancellationToken);
            var groups = ImmutableArray.CreateBuilder<CodeAction>();
            if (category != ClassifiedCategory.MarketingOnly)
            {
                groups.Add(Group("Contract purpose (§6.1, no consent needed)", PurposeRules.IsContractPurpose, document, target));
            }

            groups.Add(Group("Marketing purpose (§7.3, needs consent)", PurposeRules.RequiresConsent, document, target));
            context.RegisterCodeFix(CodeAction.Create(TitleFor(target), groups.ToImmutable(), isInlinable: false), diagnostic);
        }
    }

    private static CodeAction Group(string title, System.Func<int, bool> includes, Document document, MemberDeclarationSyntax member)
    {
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        for (var purpose = 0; PurposeRules.IsDefined(purpose); purpose++)
        {
            if (!includes(purpose))
            {
                continue;
            }

            var chosen = purpose;
            actions.Add(CodeAction.Create(
                PurposeRules.NameOf(purpose) + " (" + PurposeRules.ClauseOf(purpose) + ")",
                cancellationToken => DeclareAsync(document, new[] { member }, chosen, cancellationToken),
                EquivalenceKeyPrefix + PurposeRules.NameOf(purpose)));
        }

        return CodeAction.Create(title, actions.ToImmutable(), isInlinable: false);
    }

    /// <summary>
    /// The declaration that gets the purpose for the read at <paramref name="diagnostic"/>: the member that holds it,
    /// when the attribute may sit on that member; otherwise the type around it (a field initializer, an event, a
    /// primary constructor's base arguments), since the purpose in force in a member without one is its type's (§3.1).
    /// Null for a read in top-level statements, which only the assembly's purpose covers.
    /// </summary>
    private static MemberDeclarationSyntax? TargetOf(SyntaxNode root, Diagnostic diagnostic)
    {
        var member = EnclosingMember.Of(root, diagnostic.Location.SourceSpan);
        return member is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax
            ? member
            : member?.FirstAncestorOrSelf<TypeDeclarationSyntax>();
    }

    /// <summary>A purpose declared on a type governs all its members that declare none: the title says so.</summary>
    private static string TitleFor(MemberDeclarationSyntax target)
        => target is TypeDeclarationSyntax type
            ? $"Declare a processing purpose on type '{type.Identifier.ValueText}'"
            : "Declare a processing purpose";

    /// <summary>The category of the member read at the diagnostic, or null when it cannot be told.</summary>
    private static ClassifiedCategory? CategoryRead(SyntaxNode root, SemanticModel model, KnownSymbols symbols, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
        return symbol is null ? null : new MemberClassifier(symbols).CategoryOf(symbol);
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var key = context.CodeActionEquivalenceKey;
        if (key is null || !key.StartsWith(EquivalenceKeyPrefix, System.StringComparison.Ordinal))
        {
            return document;
        }

        var purpose = PurposeNamed(key.Substring(EquivalenceKeyPrefix.Length));
        if (purpose < 0
            || await FixDocument.RootAndModelAsync(document, context.CancellationToken).ConfigureAwait(false) is not (var root, var model)
            || KnownSymbols.TryCreate(model.Compilation) is not { } symbols)
        {
            return document;
        }

        // A member that reads marketing-only data is left alone by a contract purpose, which may not read it (EDC0002).
        var members = diagnostics
            .GroupBy(diagnostic => TargetOf(root, diagnostic))
            .Where(reads => reads.Key is not null
                && reads.All(read => CategoryRead(root, model, symbols, read, context.CancellationToken) is not { } category
                    || PurposeRules.Permits(purpose, category)))
            .Select(reads => reads.Key!)
            .ToList();

        // A type that gets the purpose covers its members: they need no attribute of their own.
        members.RemoveAll(member => member.Ancestors().Any(ancestor => ancestor is MemberDeclarationSyntax outer && members.Contains(outer)));
        return await DeclareAsync(document, members, purpose, context.CancellationToken).ConfigureAwait(false);
    }

    private static int PurposeNamed(string name)
    {
        for (var purpose = 0; PurposeRules.IsDefined(purpose); purpose++)
        {
            if (PurposeRules.NameOf(purpose) == name)
            {
                return purpose;
            }
        }

        return -1;
    }

    private static async Task<Document> DeclareAsync(Document document, IReadOnlyList<MemberDeclarationSyntax> members, int purpose, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var attributeList = PurposeAttribute(purpose);
        var newLine = NewLineOf(root);
        var fixedRoot = root.ReplaceNodes(members, (_, rewritten) => AddAttributeList(rewritten, attributeList, newLine));
        return await FixDocument.WithImportsAsync(document, fixedRoot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>[ProcessingPurpose(Purpose.X)]</c>, written qualified and importable.</summary>
    private static AttributeListSyntax PurposeAttribute(int purpose)
    {
        var attributeName = FixDocument.Importable(SyntaxFactory.ParseName(KnownSymbols.Namespace + ".ProcessingPurpose"));
        var purposeValue = FixDocument.Importable(SyntaxFactory.ParseExpression(KnownSymbols.Namespace + ".Purpose." + PurposeRules.NameOf(purpose)));
        var attribute = SyntaxFactory.Attribute(
            attributeName,
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(purposeValue))));
        return SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
    }

    /// <summary>
    /// Adds the list after the member's own attributes, on a line of its own at the member's indentation. The comments
    /// in front of the member stay in front of the first attribute.
    /// </summary>
    private static MemberDeclarationSyntax AddAttributeList(MemberDeclarationSyntax member, AttributeListSyntax list, SyntaxTrivia newLine)
    {
        var firstToken = member.AttributeLists.Count > 0
            ? member.AttributeLists.Last().GetLastToken().GetNextToken()
            : member.GetFirstToken();
        var leading = firstToken.LeadingTrivia;
        var indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading.Last())
            : SyntaxFactory.TriviaList();

        // A member written on the line of its type's brace gets its attribute on that line too.
        var separator = leading.Any(SyntaxKind.EndOfLineTrivia) || member.AttributeLists.Count > 0 || IsAtLineStart(firstToken)
            ? newLine
            : SyntaxFactory.Space;
        var placed = list.WithLeadingTrivia(leading).WithTrailingTrivia(separator);
        var rest = member.ReplaceToken(firstToken, firstToken.WithLeadingTrivia(indentation));
        return rest.WithAttributeLists(rest.AttributeLists.Add(placed));
    }

    private static bool IsAtLineStart(SyntaxToken token)
        => token.GetPreviousToken() is var previous
            && (previous.RawKind == 0 || previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia));

    private static SyntaxTrivia NewLineOf(SyntaxNode root)
        => root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)) is var found
            && found.IsKind(SyntaxKind.EndOfLineTrivia)
                ? found
                : SyntaxFactory.LineFeed;
}
