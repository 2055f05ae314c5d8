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

    /// <summary>
    /// A constructor initializer without its keyword: the parser puts a missing <c>this</c> there, a token with no text,
    /// which reads the type's data as a written one would. A file with syntax errors is therefore read token by token.
    /// </summary>
    private const string MissingThis = """
        public partial class Customer
        {
            public Customer(int n) : (n) { }
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
    public void A_file_with_syntax_errors_is_read_token_by_token_its_missing_tokens_too()
    {
        var compilation = Compile(MissingThis);
        var names = ClientDataNames.For(compilation)!;
        var tree = compilation.SyntaxTrees.Last();
        var initializer = tree.GetRoot().DescendantNodes().OfType<ConstructorInitializerSyntax>().Single();
        var owner = compilation.GetSemanticModel(tree).GetDeclaredSymbol(initializer.Parent!)!;
        Assert.True(initializer.ThisOrBaseKeyword.IsMissing);

        var index = TreeTokens.Of(tree, names, CancellationToken.None);

        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, TokenByToken(initializer, owner, names));
        Assert.Equal(TokenByToken(initializer, owner, names), index.Within(initializer.Span, owner, names));
    }

    [Fact]
    public void The_index_of_a_tree_is_read_once_and_shared()
    {
        var compilation = Compile();
        var names = ClientDataNames.For(compilation)!;
        var tree = compilation.SyntaxTrees.First();

        Assert.Same(names.TokensOf(tree, CancellationToken.None), names.TokensOf(tree, CancellationToken.None));
    }

    /// <summary>
    /// Names and keywords spelled every way the lexer allows, and in every place that holds text but no token of its own.
    /// The soft hyphen (U+00AD, written as itself once) is a formatting character, which an identifier may hold and its value leaves out.
    /// </summary>
    private const string Spellings = """"
        using System;
        using System.Collections.Generic;
        using Enefit.DataClassification;

        public partial class Customer
        {
            [MasterData] public string Vārds { get; set; } = "";
        }

        /// <summary>Reads <see cref="Customer.Email"/> and Email, in a comment.</summary>
        public class Spellings : List<Customer>
        {
            private readonly Dictionary<string, int> _counts = new();
            private readonly int[] _numbers = [1, 2];

            public Spellings() : base(4) { }

            [Obsolete("Email")]
            public string Read(Customer c)
            {
                // c.Email in a line comment, /* c.Email */ in a block comment
                var plain = "c.Email" + @"c.Email" + 'E' + $"Email {c.Email} {c.@Email} {this[0].Email}" + $$"""{{c.Interests}} Email""";
                var escaped = c.E\u006Dail + c.\u0045mail + c.Em\u00ADail + c.Em­ail + c.Vārds + c.V\u0101rds;
        #if NEVER
                var hidden = c.Email;
        #endif
                Customer? none = default;
                Customer made = new();
                var counted = _counts["x"] + _numbers[0] + base.Count;
                return nameof(Customer.Email) + plain + escaped + none + made + counted + default(int);
            }
        }
        """";

    [Theory]
    [InlineData(Services)]
    [InlineData(Spellings)]
    public void Finding_the_tokens_in_the_text_finds_what_reading_every_token_finds(string source)
    {
        var compilation = TestCompilations.WithRuntime("Spellings", source, Customer.Replace("public class Customer", "public partial class Customer"));
        var names = ClientDataNames.For(compilation)!;
        var tree = compilation.SyntaxTrees.First();
        Assert.Empty(tree.GetDiagnostics());

        var root = tree.GetRoot();
        var walked = TreeTokens.Walked(root, names);
        var found = TreeTokens.Found(root, names.Candidates.In(tree.GetText(), CancellationToken.None), names);

        Assert.Equal(walked, found);
        Assert.InRange(walked.Length, 10, int.MaxValue);
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

    /// <summary>The services and the customer, checked to have no errors, then <paramref name="broken"/> added as they are.</summary>
    private static CSharpCompilation Compile(params string[] broken)
        => TestCompilations.WithRuntime("Tokens", Services, Customer.Replace("public class Customer", "public partial class Customer"))
            .AddSyntaxTrees(broken.Select(source => CSharpSyntaxTree.ParseText(source)));
}
