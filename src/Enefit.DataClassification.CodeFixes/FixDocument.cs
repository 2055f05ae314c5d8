using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Enefit.DataClassification.CodeFixes;

/// <summary>What the code fixes do alike with a document: read its syntax and semantics, and write qualified names.</summary>
internal static class FixDocument
{
    /// <summary>The syntax root and semantic model of <paramref name="document"/>, or null when it lacks either.</summary>
    public static async Task<(SyntaxNode Root, SemanticModel Model)?> RootAndModelAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return root is null || model is null ? null : (root, model);
    }

    /// <summary>
    /// Marks a name the fix writes fully qualified: <see cref="WithImportsAsync"/> adds the <c>using</c> when missing,
    /// and the code action's clean-up shortens the name, so the fix never guesses which usings a file has.
    /// </summary>
    public static TNode Importable<TNode>(TNode node)
        where TNode : SyntaxNode
        => node.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary><paramref name="document"/> with <paramref name="fixedRoot"/>, and the usings its importable names need.</summary>
    public static Task<Document> WithImportsAsync(Document document, SyntaxNode fixedRoot, CancellationToken cancellationToken)
        => ImportAdder.AddImportsAsync(document.WithSyntaxRoot(fixedRoot), Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken);
}
