using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Robustness.Tests.SelfTest;

// Test-only components that break the rules the harness checks. They live here, never in the product, and prove that
// the harness and the fuzz loops catch what they look for.

/// <summary>Throws on every class declaration.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("TEST001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("test analyzer failure"), SyntaxKind.ClassDeclaration);
    }
}

/// <summary>Throws only on a class whose closing brace is missing: what half-typed code looks like.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ThrowsOnUnclosedClassAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [ThrowingAnalyzer.Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            c =>
            {
                if (((ClassDeclarationSyntax)c.Node).CloseBraceToken.IsMissing)
                {
                    throw new InvalidOperationException("test analyzer failure on an unclosed class");
                }
            },
            SyntaxKind.ClassDeclaration);
    }
}

/// <summary>Throws on an attribute argument that casts a number to an enum, as <c>(Purpose)999</c> does.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ThrowsOnCastAttributeArgumentAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [ThrowingAnalyzer.Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            c =>
            {
                if (((AttributeArgumentSyntax)c.Node).Expression is CastExpressionSyntax)
                {
                    throw new InvalidOperationException("test analyzer failure on a cast attribute argument");
                }
            },
            SyntaxKind.AttributeArgument);
    }
}

/// <summary>Reports its diagnostic in a syntax tree that is not part of the compilation.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ForeignLocationAnalyzer : DiagnosticAnalyzer
{
    private static readonly SyntaxTree Foreign = CSharpSyntaxTree.ParseText("class Elsewhere { }", path: "Elsewhere.cs");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [ThrowingAnalyzer.Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxTreeAction(c => c.ReportDiagnostic(
            Diagnostic.Create(ThrowingAnalyzer.Rule, Location.Create(Foreign, new Microsoft.CodeAnalysis.Text.TextSpan(0, 5)))));
    }
}

/// <summary>Throws while producing its output.</summary>
[Generator]
internal sealed class ThrowingGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
        => context.RegisterSourceOutput(
            context.CompilationProvider,
            (_, _) => throw new InvalidOperationException("test generator failure"));
}
