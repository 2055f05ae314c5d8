using System.Collections.Immutable;
using System.Text;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Enefit.DataClassification.CodeFixes.Tests.Verifiers;

/// <summary>
/// The menu a code fix offers for one diagnostic, as an outline of titles (nested actions indented by two spaces),
/// so that a test can pin which actions are offered and how they are grouped, not just the one it applies.
/// </summary>
internal static class OfferedActions
{
    /// <summary>
    /// Reports <paramref name="descriptor"/> on the span marked <c>[|…|]</c> in <paramref name="markupSource"/>
    /// (compiled against the test references) and returns what <paramref name="fix"/> offers for it.
    /// </summary>
    public static async Task<string> OutlineAsync(CodeFixProvider fix, DiagnosticDescriptor descriptor, string markupSource)
    {
        var start = markupSource.IndexOf("[|", StringComparison.Ordinal);
        var end = markupSource.IndexOf("|]", StringComparison.Ordinal);
        var source = markupSource.Remove(end, 2).Remove(start, 2);
        var span = TextSpan.FromBounds(start, end - 2);

        using var workspace = new AdhocWorkspace();
        var document = AddDocument(workspace, source);
        var tree = await document.GetSyntaxTreeAsync() ?? throw new InvalidOperationException("no syntax tree");
        var diagnostic = Diagnostic.Create(descriptor, Location.Create(tree, span), "x", "y", "z");
        return await OutlineAsync(fix, document, diagnostic);
    }

    /// <summary>
    /// Runs <paramref name="analyzer"/> over <paramref name="source"/> and returns, for each diagnostic it reports in
    /// source order, what <paramref name="fix"/> offers for it: one outline per diagnostic, so that a test sees the
    /// diagnostic's own properties at work.
    /// </summary>
    public static async Task<IReadOnlyList<string>> OutlinesForAnalyzerAsync(CodeFixProvider fix, DiagnosticAnalyzer analyzer, string source)
    {
        using var workspace = new AdhocWorkspace();
        var document = AddDocument(workspace, source);
        var compilation = await document.Project.GetCompilationAsync() ?? throw new InvalidOperationException("no compilation");
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();

        var outlines = new List<string>();
        foreach (var diagnostic in diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start))
        {
            outlines.Add(await OutlineAsync(fix, document, diagnostic));
        }

        return outlines;
    }

    private static Document AddDocument(AdhocWorkspace workspace, string source)
    {
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Test",
            "Test",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            metadataReferences: TestReferences.Framework.Append(TestReferences.Runtime).Append(TestReferences.ComplianceAbstractions)));
        return workspace.AddDocument(project.Id, "Test.cs", SourceText.From(source));
    }

    private static async Task<string> OutlineAsync(CodeFixProvider fix, Document document, Diagnostic diagnostic)
    {
        var offered = ImmutableArray.CreateBuilder<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => offered.Add(action), CancellationToken.None));

        var outline = new StringBuilder();
        Append(outline, offered.ToImmutable(), depth: 0);
        return outline.ToString();
    }

    private static void Append(StringBuilder outline, ImmutableArray<CodeAction> actions, int depth)
    {
        foreach (var action in actions)
        {
            outline.Append(' ', depth * 2).Append(action.Title).Append('\n');
            Append(outline, action.NestedActions, depth + 1);
        }
    }
}
