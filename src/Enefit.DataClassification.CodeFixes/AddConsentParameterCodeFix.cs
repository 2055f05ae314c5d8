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
/// EDC0001, EDC0003: lets the caller prove consent (§7.1.2) by adding a <c>MarketingConsent consent</c> parameter to
/// the method or constructor that reads the data. The callers then have to pass a proof they got from the registry;
/// the compiler shows each of them. Not offered where a new parameter would break the code on the spot: overrides,
/// interface implementations, partial methods, static constructors and the program's entry point.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddConsentParameterCodeFix))]
[Shared]
public sealed class AddConsentParameterCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "EDC0001.AddConsentParameter";

    private const string PreferredName = "consent";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MarketingDataWithoutConsent.Id, DiagnosticDescriptors.MarketingPurposeWithoutConsent.Id);

    /// <summary>Fix-all adds one parameter to each method of the scope, however many of its reads were reported.</summary>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await FixDocument.RootAndModelAsync(context.Document, context.CancellationToken).ConfigureAwait(false) is not (var root, var model))
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (TargetOf(root, model, diagnostic, context.CancellationToken) is not { } method)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Take a MarketingConsent parameter",
                    cancellationToken => AddParameterAsync(context.Document, new[] { method }, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        if (await FixDocument.RootAndModelAsync(document, context.CancellationToken).ConfigureAwait(false) is not (var root, var model))
        {
            return document;
        }

        var methods = diagnostics
            .Select(diagnostic => TargetOf(root, model, diagnostic, context.CancellationToken))
            .OfType<BaseMethodDeclarationSyntax>()
            .Distinct()
            .ToList();
        return await AddParameterAsync(document, methods, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>The method or constructor that gets the parameter, or null when a new parameter would break the code.</summary>
    private static BaseMethodDeclarationSyntax? TargetOf(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (EnclosingMember.Of(root, diagnostic.Location.SourceSpan) is not BaseMethodDeclarationSyntax member
            || member is not (MethodDeclarationSyntax or ConstructorDeclarationSyntax)
            || model.GetDeclaredSymbol(member, cancellationToken) is not IMethodSymbol symbol
            || symbol.MethodKind == MethodKind.StaticConstructor
            || symbol.IsOverride
            || !symbol.ExplicitInterfaceImplementations.IsEmpty
            || symbol.PartialDefinitionPart is not null
            || symbol.PartialImplementationPart is not null
            || ImplementsInterfaceMember(symbol)
            || IsMainMethod(symbol))
        {
            return null;
        }

        return member;
    }

    /// <summary>A static <c>Main</c> is, or may become, the program's entry point, whose parameters C# fixes.</summary>
    private static bool IsMainMethod(IMethodSymbol method) => method.IsStatic && method.Name == "Main";

    /// <summary>A method that implements an interface member implicitly stops implementing it with another parameter.</summary>
    private static bool ImplementsInterfaceMember(IMethodSymbol method)
    {
        var type = method.ContainingType;
        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var candidate in @interface.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static async Task<Document> AddParameterAsync(Document document, IReadOnlyList<BaseMethodDeclarationSyntax> methods, CancellationToken cancellationToken)
    {
        if (await FixDocument.RootAndModelAsync(document, cancellationToken).ConfigureAwait(false) is not (var root, var model)
            || KnownSymbols.TryCreate(model.Compilation)?.MarketingConsent is not { } consentType)
        {
            return document;
        }

        var typeSyntax = FixDocument.Importable(SyntaxFactory.ParseTypeName(KnownSymbols.Namespace + "." + consentType.Name));
        var cancellationTokenType = model.Compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        var fixedRoot = root.ReplaceNodes(methods, (original, rewritten) =>
        {
            var index = InsertionIndex(original.ParameterList, parameter => BelongsAtTheEnd(parameter, model, cancellationTokenType, cancellationToken));
            return rewritten.WithParameterList(WithConsent(rewritten.ParameterList, index, typeSyntax, UniqueName(original)));
        });
        return await FixDocument.WithImportsAsync(document, fixedRoot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>consent</c>, or <c>consent1</c>, <c>consent2</c>… when the method already uses the name anywhere (a parameter,
    /// a local, a lambda parameter, a member it refers to), so that the new parameter neither clashes nor shadows.
    /// </summary>
    private static string UniqueName(BaseMethodDeclarationSyntax method)
    {
        var used = new HashSet<string>(
            method.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText),
            System.StringComparer.Ordinal);
        var name = PreferredName;
        for (var suffix = 1; used.Contains(name); suffix++)
        {
            name = PreferredName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>
    /// After the required parameters and before optional ones, a <c>params</c> array or a trailing
    /// <c>CancellationToken</c> (which by convention comes last), so that the signature stays legal and idiomatic.
    /// </summary>
    private static int InsertionIndex(ParameterListSyntax list, System.Func<ParameterSyntax, bool> belongsAtTheEnd)
    {
        var index = list.Parameters.Count;
        while (index > 0 && belongsAtTheEnd(list.Parameters[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static bool BelongsAtTheEnd(ParameterSyntax parameter, SemanticModel model, INamedTypeSymbol? cancellationTokenType, CancellationToken cancellationToken)
        => parameter.Default is not null
            || parameter.Modifiers.Any(SyntaxKind.ParamsKeyword)
            || (parameter.Type is { } type
                && cancellationTokenType is not null
                && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(type, cancellationToken).Type, cancellationTokenType));

    private static ParameterListSyntax WithConsent(ParameterListSyntax list, int index, TypeSyntax type, string name)
    {
        var parameters = list.Parameters;
        var consent = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name)).WithType(type.WithTrailingTrivia(SyntaxFactory.Space));
        var nodes = parameters.ToList();
        var separators = parameters.GetSeparators().ToList();
        var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
        if (index < nodes.Count)
        {
            // Take the place, and the line, of the parameter it goes before.
            consent = consent.WithLeadingTrivia(nodes[index].GetLeadingTrivia());
            nodes[index] = nodes[index].WithLeadingTrivia(default(SyntaxTriviaList));
            separators.Insert(index, comma);
        }
        else if (nodes.Count > 0)
        {
            separators.Add(comma);
        }

        nodes.Insert(index, consent);
        return list.WithParameters(SyntaxFactory.SeparatedList(nodes, separators));
    }
}
