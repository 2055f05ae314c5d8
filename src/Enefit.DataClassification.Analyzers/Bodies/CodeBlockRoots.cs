using System.Collections.Generic;
using System.Threading;
using Enefit.DataClassification.Analyzers.Graphs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// The operation trees of a code block the driver hands a code block action, bound on request: a member's body (a
/// constructor's with its initializer), an expression body, a field's, property's or enum member's initializer, the
/// default values of its parameters. Each root has no parent, so a control-flow graph can be built for it.
/// </summary>
internal static class CodeBlockRoots
{
    public static List<IOperation> Of(SyntaxNode codeBlock, ISymbol owner, SemanticModel model, CancellationToken cancellationToken)
    {
        var roots = new List<IOperation>();

        if (RepeatsAnother(owner))
        {
            return roots;
        }

        AddRoot(roots, model.GetOperation(codeBlock, cancellationToken));
        foreach (var initializer in InitializersOf(codeBlock, owner.Name, owner is IMethodSymbol))
        {
            AddRoot(roots, model.GetOperation(initializer, cancellationToken));
        }

        return roots;
    }

    /// <summary>
    /// A type's own code block is its attributes (no graph) and, with a primary constructor, that constructor's body,
    /// which the constructor's own code block also holds: analysing it would report twice.
    /// </summary>
    public static bool RepeatsAnother(ISymbol owner) => owner is INamedTypeSymbol;

    /// <summary>Every operation of <paramref name="roots"/>, their lambdas and local functions too.</summary>
    public static IEnumerable<IOperation> OperationsOf(List<IOperation> roots)
    {
        foreach (var root in roots)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                yield return operation;
            }
        }
    }

    private static void AddRoot(List<IOperation> roots, IOperation? operation)
    {
        if (operation is { Parent: null } && FlowRoots.HasControlFlowGraph(operation))
        {
            roots.Add(operation);
        }
    }

    /// <summary>
    /// The initializers of a code block: a field's (of the declarator named <paramref name="declaratorName"/>, or of
    /// every declarator when null), a property's, an enum member's, and the default values of a method's or a primary
    /// constructor's parameters.
    /// </summary>
    public static IEnumerable<SyntaxNode> InitializersOf(SyntaxNode codeBlock, string? declaratorName = null, bool ownedByMethod = true)
    {
        switch (codeBlock)
        {
            case BaseFieldDeclarationSyntax field:
                foreach (var declarator in field.Declaration.Variables)
                {
                    if (declarator.Initializer is { } initializer && (declaratorName is null || declarator.Identifier.ValueText == declaratorName))
                    {
                        yield return initializer;
                    }
                }

                break;
            case PropertyDeclarationSyntax { Initializer: { } initializer }:
                yield return initializer;
                break;
            case EnumMemberDeclarationSyntax { EqualsValue: { } value }:
                yield return value;
                break;
            case BaseMethodDeclarationSyntax method:
                foreach (var value in DefaultValuesOf(method.ParameterList))
                {
                    yield return value;
                }

                break;
            case TypeDeclarationSyntax type when ownedByMethod:
                foreach (var value in DefaultValuesOf(type.ParameterList))
                {
                    yield return value;
                }

                break;
        }
    }

    private static IEnumerable<SyntaxNode> DefaultValuesOf(BaseParameterListSyntax? parameters)
    {
        if (parameters is null)
        {
            yield break;
        }

        foreach (var parameter in parameters.Parameters)
        {
            if (parameter.Default is { } value)
            {
                yield return value;
            }
        }
    }
}
