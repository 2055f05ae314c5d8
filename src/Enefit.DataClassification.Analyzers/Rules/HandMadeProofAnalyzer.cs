using System.Collections.Immutable;
using System.Threading;
using Enefit.DataClassification.Analyzers.Bodies;
using Enefit.DataClassification.Analyzers.ConsentFlow;
using Enefit.DataClassification.Analyzers.Graphs;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Rules;

/// <summary>
/// EDC0007: a <c>MarketingConsent</c> or <c>ElectronicMarketingPermit</c> made by hand. A proof says "the registry
/// checked this client's consent" (§7.1.2) or "checked its opt-out" (§8.1); one made with <c>default</c>, <c>new</c> or
/// <c>Issue</c> outside an <c>IConsentRegistry</c> claims a check nobody made.
/// </summary>
/// <remarks>
/// Not reported, because no proof is claimed: anything inside a type that implements <c>IConsentRegistry</c> (the
/// issuer, with its nested types); <c>default</c> or <c>new()</c> stored into an <c>out</c> proof parameter of a method
/// that returns <c>bool</c> (the false path of a Try-pattern, which C# makes assign the parameter), unless a path from
/// there returns the constant <c>true</c> without using the parameter again; and a comparison
/// with an empty proof (<c>consent == default</c>, <c>consent.Equals(default)</c>).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandMadeProofAnalyzer : DiagnosticAnalyzer
{
    private const string IssueMethodName = "Issue";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.HandMadeConsentProof);

    /// <summary>How many expressions this instance had bound; for tests.</summary>
    internal FlowStatistics Statistics { get; } = new();

    public override void Initialize(AnalysisContext context)
    {
        // Generated code is not analysed; every diagnostic lies inside an analysed body, so none can lie in generated code,
        // and the driver need not check each reported-on file for [GeneratedCode] (a token scan of the file: a third of
        // EDC0006's time on the benchmark's code, benchmarks/README.md).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownSymbols.TryCreate(start.Compilation) is not { } symbols
                || (symbols.MarketingConsent is null && symbols.ElectronicMarketingPermit is null))
            {
                return;
            }

            var checker = new Checker(symbols, Statistics);
            BodyGate.RegisterNodeAction(start, BodyTriggers.ProofMaking, checker.CandidateAt, checker.Analyze);
        });
    }

    /// <summary>The per-compilation state: the proof types and the registry interface.</summary>
    private sealed class Checker
    {
        private readonly KnownSymbols _symbols;
        private readonly FlowStatistics _statistics;

        public Checker(KnownSymbols symbols, FlowStatistics statistics)
        {
            _symbols = symbols;
            _statistics = statistics;
        }

        /// <summary>
        /// The operation of a node that may make a proof, bound only for such a node: <c>default</c> and <c>new()</c>
        /// unless a written type that names no proof types them, <c>default(T)</c> and <c>new T(…)</c> where <c>T</c> is
        /// named as a proof type or through an alias, a call of a method named <c>Issue</c> or such a method as a group.
        /// </summary>
        public IOperation? CandidateAt(SyntaxNode node, ClientDataNames names, SemanticModel model, CancellationToken cancellationToken)
            => node switch
            {
                ImplicitObjectCreationExpressionSyntax or LiteralExpressionSyntax { RawKind: (int)SyntaxKind.DefaultLiteralExpression }
                    when MayBeTypedAsProof((ExpressionSyntax)node, names) => Bind(node, model, cancellationToken),
                DefaultExpressionSyntax { Type: var type } when MayNameProof(type, names) => Bind(node, model, cancellationToken),
                ObjectCreationExpressionSyntax { Type: var type } when MayNameProof(type, names) => Bind(node, model, cancellationToken),
                InvocationExpressionSyntax invocation when NameOf(invocation.Expression) == IssueMethodName
                    => Bind(node, model, cancellationToken),
                ExpressionSyntax group when NameOf(group) == IssueMethodName && !IsCalleeOrPartOfName(group)
                    => MethodGroupAt(Bind(node, model, cancellationToken)),
                _ => null,
            };

        private IOperation? Bind(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            _statistics.CountNode();
            return model.GetOperation(node, cancellationToken);
        }

        /// <summary>
        /// Whether a target-typed <c>new()</c> or <c>default</c> may make a proof: not when it is the initial value of a
        /// variable, field, property or parameter whose written type names no proof type, since that type is the one it
        /// makes (<c>private readonly List&lt;string&gt; _outbox = new();</c>, <c>CancellationToken token = default</c>).
        /// </summary>
        private static bool MayBeTypedAsProof(ExpressionSyntax targetTyped, ClientDataNames names)
            => WrittenTypeOf(targetTyped) is not { } written || MayNameProof(written, names);

        /// <summary>The type written in the declaration that <paramref name="value"/> initialises, or null.</summary>
        private static TypeSyntax? WrittenTypeOf(ExpressionSyntax value)
            => value.Parent is EqualsValueClauseSyntax { Value: var initial } clause && initial == value
                ? clause.Parent switch
                {
                    VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type: { IsVar: false } type } } => type,
                    PropertyDeclarationSyntax property => property.Type,
                    ParameterSyntax { Type: { } type } => type,
                    _ => null,
                }
                : null;

        /// <summary>
        /// Whether a written type may be a proof type: its last name is one, or an alias (which may stand for one), or it
        /// is written in a shape this does not read (array, tuple, pointer); never a keyword type such as <c>int</c>.
        /// </summary>
        private static bool MayNameProof(TypeSyntax type, ClientDataNames names)
            => type switch
            {
                PredefinedTypeSyntax => false,
                NullableTypeSyntax nullable => MayNameProof(nullable.ElementType, names),
                QualifiedNameSyntax qualified => IsProofName(qualified.Right.Identifier.ValueText, names),
                AliasQualifiedNameSyntax aliased => IsProofName(aliased.Name.Identifier.ValueText, names),
                SimpleNameSyntax simple => IsProofName(simple.Identifier.ValueText, names),
                _ => true,
            };

        private static bool IsProofName(string name, ClientDataNames names) => (names.TriggersOf(name) & BodyTriggers.ProofMaking) != 0;

        /// <summary>Judges one operation <see cref="CandidateAt"/> found.</summary>
        public void Analyze(CodeBlockAnalysisContext context, IOperation operation)
        {
            // §7.1.2: inside the registry, making proofs is its job.
            if (IsDeclaredByRegistry(context.OwningSymbol))
            {
                return;
            }

            if (operation.Kind is OperationKind.DefaultValue or OperationKind.ObjectCreation)
            {
                AnalyzeEmptyProof(operation, context);
            }
            else
            {
                AnalyzeIssue(operation, context);
            }
        }

        private static string? NameOf(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>A name that is called (the invocation is the candidate) or is the right side of a member access (the access is).</summary>
        private static bool IsCalleeOrPartOfName(ExpressionSyntax expression)
            => expression.Parent is InvocationExpressionSyntax invocation && invocation.Expression == expression
                || expression.Parent is MemberAccessExpressionSyntax memberAccess && memberAccess.Name == expression;

        private static IOperation? MethodGroupAt(IOperation? operation) => operation switch
        {
            IMethodReferenceOperation reference => reference,
            IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => reference,
            _ => null,
        };

        /// <summary><c>default</c>, <c>default(MarketingConsent)</c>, <c>new MarketingConsent()</c>, <c>new()</c>.</summary>
        private void AnalyzeEmptyProof(IOperation operation, CodeBlockAnalysisContext context)
        {
            // An omitted optional argument is an implicit default: the parameter's own declaration is reported instead.
            if (operation.IsImplicit
                || !_symbols.IsProof(operation.Type)
                || ClaimsNoProof(operation, context.CancellationToken))
            {
                return;
            }

            Report(context, operation, operation.Type!, operation.Syntax.ToString());
        }

        /// <summary><c>MarketingConsent.Issue(…)</c>, <c>ElectronicMarketingPermit.Issue(…)</c>, or either as a method group.</summary>
        private void AnalyzeIssue(IOperation operation, CodeBlockAnalysisContext context)
        {
            var method = operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IMethodReferenceOperation reference => reference.Method,
                _ => null,
            };
            if (method is not { IsStatic: true, Name: IssueMethodName }
                || !_symbols.IsProof(method.ContainingType))
            {
                return;
            }

            Report(context, operation, method.ContainingType, method.ContainingType.Name + "." + IssueMethodName);
        }

        /// <summary>§7.1.2: the registry is where consent is recorded and checked, so it is the one issuer of proofs.</summary>
        private bool IsDeclaredByRegistry(ISymbol? symbol)
        {
            if (_symbols.ConsentRegistry is null)
            {
                return false;
            }

            for (var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
            {
                foreach (var @interface in type.AllInterfaces)
                {
                    if (SymbolEqualityComparer.Default.Equals(@interface, _symbols.ConsentRegistry))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether the empty proof ends where it claims nothing: a Try-pattern's false path or a comparison.</summary>
        private static bool ClaimsNoProof(IOperation emptyProof, CancellationToken cancellationToken)
        {
            var destination = DestinationOf(emptyProof, out var value);
            return destination switch
            {
                ISimpleAssignmentOperation assignment => assignment.Value == value
                    && IsTryPatternOutParameter(assignment.Target)
                    && !ReturnPaths.ReturnsTrueWithoutUsing(assignment, cancellationToken),
                IBinaryOperation => true,
                IArgumentOperation { Parameter.ContainingSymbol: IMethodSymbol { Name: nameof(object.Equals) } } => true,
                _ => false,
            };
        }

        /// <summary>
        /// The operation that receives the value, looking through conversions and the branches of <c>?:</c>,
        /// <c>??</c> and <c>switch</c> expressions; <paramref name="value"/> is the child of it that carries the value.
        /// </summary>
        private static IOperation? DestinationOf(IOperation operation, out IOperation value)
        {
            value = operation;
            var parent = operation.Parent;
            while (parent is IConversionOperation
                or IConditionalOperation { IsRef: false }
                or ICoalesceOperation
                or ISwitchExpressionArmOperation
                or ISwitchExpressionOperation)
            {
                // The condition of ?: and the input of a switch are tested, not passed on.
                if ((parent is IConditionalOperation conditional && conditional.Condition == value)
                    || (parent is ISwitchExpressionOperation switchExpression && switchExpression.Value == value)
                    || (parent is ISwitchExpressionArmOperation arm && arm.Value != value))
                {
                    return parent;
                }

                value = parent;
                parent = parent.Parent;
            }

            return parent;
        }

        /// <summary>An <c>out</c> proof parameter of a method that returns <c>bool</c>: C# makes its false path assign it.</summary>
        private static bool IsTryPatternOutParameter(IOperation target)
            => target is IParameterReferenceOperation
            {
                Parameter: { RefKind: RefKind.Out, ContainingSymbol: IMethodSymbol { ReturnType.SpecialType: SpecialType.System_Boolean } },
            };

        private static void Report(CodeBlockAnalysisContext context, IOperation operation, ITypeSymbol proofType, string howMade)
            => context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.HandMadeConsentProof,
                operation.Syntax.GetLocation(),
                proofType.Name,
                howMade));
    }
}
