using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Robustness.Tests.Fuzzing;

/// <summary>One mutation: which operator, and three random numbers it turns into its choices (file, place, variant).</summary>
internal readonly record struct MutationStep(int Operator, uint File, uint Place, uint Variant);

/// <summary>A program to fuzz with: a fixture, the mutations applied to it in order, and whether the runtime is referenced.</summary>
internal sealed record MutatedProgram(string Description, string[] Sources, bool WithRuntime);

/// <summary>
/// The mutation operators: token deletion and duplication, swapped member names, category attributes on wrong targets
/// and with wrong arguments, undefined purposes, check attributes on odd shapes, duplicate types and conflicting partial
/// files. Each is deterministic in its <see cref="MutationStep"/>, so a case replays from its seed.
/// </summary>
internal static class Mutations
{
    private delegate (string Text, string What) TextMutation(string text, MutationStep step);

    private static readonly string[] CategoryAttributes =
    [
        "MasterData", "CommunicationData", "MarketingOnly(Kind = \"user.behavior\")", "AnonymousData", "SubjectId",
        "MasterData, CommunicationData", "Enefit.DataClassification.MarketingOnlyAttribute",
    ];

    private static readonly string[] CheckAttributes =
    [
        "ConsentCheck", "ElectronicMarketingCheck", "ElectronicMarketingSend", "ConsentCheck, ElectronicMarketingCheck",
    ];

    private static readonly string[] UndefinedPurposes =
    [
        "ProcessingPurpose((Purpose)999)", "ProcessingPurpose((Purpose)(-1))", "ProcessingPurpose((Purpose)19)",
        "ProcessingPurpose((Purpose)int.MaxValue)", "ProcessingPurpose(default(Purpose))",
        "ProcessingPurpose(Purpose.Billing | Purpose.GroupSharing)", "ProcessingPurpose", "ProcessingPurpose(Purpose.Nope)",
    ];

    private static readonly string[] WrongArguments =
    [
        "(1)", "(Kind = 5)", "(Kind = null)", "(\"a\", \"b\")", "(Purpose.Billing)", "((Purpose)999)", "(Kind = nameof(Customer))",
        "()", "(default)", "(null)", "(Category = DataCategory.MarketingOnly)", "((Purpose)(-1))", "(Kind = \"\")", "(typeof(int))",
    ];

    private static readonly (string Name, TextMutation Apply)[] TextOperators =
    [
        ("delete a token", DeleteToken),
        ("duplicate a token", DuplicateToken),
        ("swap two member names", SwapMemberNames),
        ("put a category attribute on a wrong target", (text, step) => InsertAttribute(text, step, CategoryAttributes)),
        ("give an attribute wrong arguments", WrongAttributeArguments),
        ("declare an undefined purpose", (text, step) => InsertAttribute(text, step, UndefinedPurposes)),
        ("put a check attribute on an odd shape", (text, step) => InsertAttribute(text, step, CheckAttributes)),
        ("duplicate a type declaration", DuplicateType),
    ];

    /// <summary>Second files whose partial declarations disagree with the fixtures' types.</summary>
    private static readonly string[] ConflictingFiles =
    [
        FuzzFixtures.ConflictingPartials,
        """
        namespace Shop;
        [Enefit.DataClassification.MasterData] public partial class Customer { [Enefit.DataClassification.MarketingOnly] public string Email2 => Email; }
        public partial class Campaign { }
        """,
        """
        namespace Shop.Checks;
        [Enefit.DataClassification.AnonymousData] public partial record struct Contact { [Enefit.DataClassification.SubjectId] public string Other => Phone; }
        """,
    ];

    /// <summary>How many kinds of <see cref="MutationStep.Operator"/> there are.</summary>
    public static int OperatorCount => TextOperators.Length + 1;

    public static MutatedProgram Apply(string fixtureName, string[] fixture, IEnumerable<MutationStep> steps, bool withRuntime)
    {
        var sources = fixture.ToArray();
        var description = new StringBuilder($"fixture {fixtureName}{(withRuntime ? string.Empty : ", without the runtime library")}");
        foreach (var step in steps)
        {
            if (step.Operator == TextOperators.Length)
            {
                var file = ConflictingFiles[step.Variant % ConflictingFiles.Length];
                sources = [.. sources, file];
                description.Append($"; add conflicting partial file #{step.Variant % ConflictingFiles.Length}");
                continue;
            }

            var (name, apply) = TextOperators[step.Operator % TextOperators.Length];
            var index = (int)(step.File % (uint)sources.Length);
            var (text, what) = apply(sources[index], step);
            sources[index] = text;
            description.Append($"; {name} in file {index}: {what}");
        }

        return new MutatedProgram(description.ToString(), sources, withRuntime);
    }

    private static SyntaxNode Root(string text) => CSharpSyntaxTree.ParseText(text, Harness.CompilationFactory.ParseOptions).GetRoot();

    private static T Pick<T>(IReadOnlyList<T> items, uint random) => items[(int)(random % (uint)items.Count)];

    private static string Splice(string text, int start, int length, string replacement)
        => string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(start + length));

    private static (string, string) DeleteToken(string text, MutationStep step)
    {
        var tokens = Root(text).DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        if (tokens.Count == 0)
        {
            return (text, "nothing to delete");
        }

        var token = Pick(tokens, step.Place);
        return (Splice(text, token.SpanStart, token.Span.Length, string.Empty), $"'{token.Text}' at {token.SpanStart}");
    }

    private static (string, string) DuplicateToken(string text, MutationStep step)
    {
        var tokens = Root(text).DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        if (tokens.Count == 0)
        {
            return (text, "nothing to duplicate");
        }

        var token = Pick(tokens, step.Place);
        return (Splice(text, token.Span.End, 0, " " + token.Text), $"'{token.Text}' at {token.SpanStart}");
    }

    private static (string, string) SwapMemberNames(string text, MutationStep step)
    {
        var root = Root(text);
        var names = root.DescendantNodes().SelectMany(DeclaredNames).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (names.Count < 2)
        {
            return (text, "fewer than two members");
        }

        var first = Pick(names, step.Place);
        var second = Pick(names.Where(n => n != first).ToList(), step.Variant);
        var swapped = new StringBuilder(text.Length);
        var last = 0;
        foreach (var token in root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) && (t.Text == first || t.Text == second)))
        {
            swapped.Append(text, last, token.SpanStart - last).Append(token.Text == first ? second : first);
            last = token.Span.End;
        }

        return (swapped.Append(text, last, text.Length - last).ToString(), $"'{first}' and '{second}'");
    }

    private static IEnumerable<string> DeclaredNames(SyntaxNode node)
        => node switch
        {
            PropertyDeclarationSyntax p => [p.Identifier.Text],
            MethodDeclarationSyntax m => [m.Identifier.Text],
            FieldDeclarationSyntax f => f.Declaration.Variables.Select(v => v.Identifier.Text),
            ParameterSyntax p => [p.Identifier.Text],
            _ => [],
        };

    /// <summary>Inserts <c>[attribute]</c> before a declaration, accessor, parameter, type parameter or lambda, or as an assembly or return attribute.</summary>
    private static (string, string) InsertAttribute(string text, MutationStep step, string[] attributes)
    {
        var attribute = Pick(attributes, step.Variant);
        var root = Root(text);
        var targets = root.DescendantNodes().Where(IsAttributeTarget).ToList();
        var choice = (int)(step.Place % (uint)(targets.Count + 2));
        if (choice == targets.Count)
        {
            var firstMember = ((CompilationUnitSyntax)root).Members.FirstOrDefault();
            var at = firstMember?.SpanStart ?? text.Length;
            return (Splice(text, at, 0, $"[assembly: {attribute}]\n"), $"[assembly: {attribute}]");
        }

        if (choice == targets.Count + 1 || targets.Count == 0)
        {
            var method = root.DescendantNodes().OfType<MethodDeclarationSyntax>().FirstOrDefault();
            return method is null
                ? (text, "no method for a return attribute")
                : (Splice(text, method.SpanStart, 0, $"[return: {attribute}] "), $"[return: {attribute}] on {method.Identifier.Text}");
        }

        var target = targets[choice];
        return (Splice(text, target.SpanStart, 0, $"[{attribute}] "), $"[{attribute}] on the {target.Kind()} at {target.SpanStart}");
    }

    private static bool IsAttributeTarget(SyntaxNode node)
        => node is MemberDeclarationSyntax and not NamespaceDeclarationSyntax and not FileScopedNamespaceDeclarationSyntax and not GlobalStatementSyntax
            or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or ParameterSyntax or TypeParameterSyntax
            or ParenthesizedLambdaExpressionSyntax;

    private static (string, string) WrongAttributeArguments(string text, MutationStep step)
    {
        var attributes = Root(text).DescendantNodes().OfType<AttributeSyntax>().ToList();
        if (attributes.Count == 0)
        {
            return (text, "no attribute");
        }

        var attribute = Pick(attributes, step.Place);
        var arguments = Pick(WrongArguments, step.Variant);
        var span = attribute.ArgumentList?.Span ?? new Microsoft.CodeAnalysis.Text.TextSpan(attribute.Span.End, 0);
        return (Splice(text, span.Start, span.Length, arguments), $"[{attribute.Name}{arguments}]");
    }

    private static (string, string) DuplicateType(string text, MutationStep step)
    {
        var types = Root(text).DescendantNodes().Where(n => n is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax).ToList();
        if (types.Count == 0)
        {
            return (text, "no type");
        }

        var type = Pick(types, step.Place);
        return (Splice(text, type.FullSpan.End, 0, "\n" + type.ToFullString()), $"the {type.Kind()} at {type.SpanStart}");
    }
}
