using Enefit.DataClassification.Analyzers.Bodies;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Enefit.DataClassification.Analyzers.Tests.Rules.LeakTestModel;

namespace Enefit.DataClassification.Analyzers.Tests.Bodies;

/// <summary>
/// The per-tree index of tokens (Bodies/TreeTokens.cs) answers, for the span of any node, what reading that node's
/// own tokens one by one answers: nothing inside the node is missed, nothing beside it is counted.
/// </summary>
public sealed class TreeTokensTests
{
    private const string Services = """
        using System;
        using System.Collections.Generic;
        using Enefit.DataClassification;
        using Mail = Customer;

        public class Mailer
        {
            private readonly List<string> _outbox = new();
            private readonly Dictionary<string, Customer> _byId = new();

            public Mailer(Customer first) => _byId[first.Id] = first;

            public string Describe(string id) => _byId[id].Email + _outbox.Count;

            public MarketingConsent Pretend() => default;

            public void Send(Mail to, Func<Customer, string> read) => _outbox.Add(read(to));

            public int Count(int[] counts) { var total = 0; foreach (var c in counts) { total += c; } return total; }

            public object Reflect(Type type) => type.GetProperty("Email")!;

            // No space between the attribute list and the type: a node whose span ends where a name that leads somewhere begins.
            public void Keep([System.Diagnostics.CodeAnalysis.NotNull]Customer? kept) { }
        }

        public partial class Customer
        {
            public string Greeting() => this.Email + base.ToString();
        }
        """;

    [Fact]
    public void The_index_answers_for_every_node_what_its_own_tokens_answer()
    {
        var compilation = Compile();
        var names = ClientDataNames.For(compilation)!;
        var (nodes, leading) = (0, 0);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var index = TreeTokens.Of(tree, names, CancellationToken.None);
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodesAndSelf())
            {
                var owner = OwnerOf(node, model);
                var expected = TokenByToken(node, owner, names);
                Assert.Equal(expected, index.Within(node.Span, owner, names));
                nodes++;
                leading += expected == BodyTriggers.None ? 0 : 1;
            }
        }

        // Both answers are exercised, on many nodes: the comparison is not vacuous.
        Assert.InRange(leading, 50, nodes - 50);
    }

    [Fact]
    public void The_index_of_a_tree_is_read_once_and_shared()
    {
        var compilation = Compile();
        var names = ClientDataNames.For(compilation)!;
        var tree = compilation.SyntaxTrees.First();

        Assert.Same(names.TokensOf(tree, CancellationToken.None), names.TokensOf(tree, CancellationToken.None));
    }

    /// <summary>The reference: every token of the node read by itself, as the rules define what leads somewhere.</summary>
    private static BodyTriggers TokenByToken(SyntaxNode node, ISymbol owner, ClientDataNames names)
    {
        var triggers = BodyTriggers.None;
        foreach (var token in node.DescendantTokens())
        {
            triggers |= token.Kind() switch
            {
                SyntaxKind.IdentifierToken => names.TriggersOf(token.ValueText),
                SyntaxKind.DefaultKeyword => BodyTriggers.ProofMaking,
                SyntaxKind.NewKeyword when token.Parent is ImplicitObjectCreationExpressionSyntax => BodyTriggers.ProofMaking,
                SyntaxKind.OpenBracketToken when token.Parent is BracketedArgumentListSyntax => names.IndexerTriggers,
                SyntaxKind.ThisKeyword or SyntaxKind.BaseKeyword => names.TriggersOfThis(owner as INamedTypeSymbol ?? owner.ContainingType),
                _ => BodyTriggers.None,
            };
        }

        return triggers;
    }

    /// <summary>The type the node is declared in, as a code block's owner would be (this and base are read against it).</summary>
    private static ISymbol OwnerOf(SyntaxNode node, SemanticModel model)
        => node.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault() is { } type
            ? model.GetDeclaredSymbol(type)!
            : model.Compilation.GlobalNamespace;

    private static CSharpCompilation Compile()
        => TestCompilations.WithRuntime("Tokens", Services, Customer.Replace("public class Customer", "public partial class Customer"));
}
