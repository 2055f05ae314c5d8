using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.Bodies;
using Enefit.DataClassification.Analyzers.Generator;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Rules;

/// <summary>
/// EDC0010: <c>Type.GetProperty</c>, <c>GetField</c>, <c>GetMember</c> or <c>GetMethod</c> with a constant name that
/// resolves to a classified member, or to its generated accessor <c>GetX</c>, of a type known at compile time
/// (<c>typeof(T)</c> or <c>obj.GetType()</c>). Reflection by name walks around every purpose and consent check (§3.2).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReflectionAccessAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The prefixes of a method that stands for a member: a generated accessor, a property getter or setter.</summary>
    private static readonly ImmutableArray<string> AccessorPrefixes = ImmutableArray.Create(AccessorNames.Prefix, "get_", "set_");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ReflectionOnClassifiedMember);

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
                || start.Compilation.GetTypeByMetadataName("System.Type") is not { } systemType)
            {
                return;
            }

            var classifier = new MemberClassifier(symbols);
            var bindingFlags = start.Compilation.GetTypeByMetadataName("System.Reflection.BindingFlags");
            BodyGate.RegisterBodyAction(
                start, BodyTriggers.Reflection, (context, roots) => AnalyzeBody(context, roots, systemType, bindingFlags, classifier));
        });
    }

    private static void AnalyzeBody(
        CodeBlockAnalysisContext context, List<IOperation> roots, INamedTypeSymbol systemType, INamedTypeSymbol? bindingFlags, MemberClassifier classifier)
    {
        foreach (var operation in CodeBlockRoots.OperationsOf(roots))
        {
            if (operation is IInvocationOperation invocation)
            {
                Analyze(context, invocation, systemType, bindingFlags, classifier);
            }
        }
    }

    private static void Analyze(
        CodeBlockAnalysisContext context, IInvocationOperation invocation, INamedTypeSymbol systemType, INamedTypeSymbol? bindingFlags, MemberClassifier classifier)
    {
        var method = invocation.TargetMethod;
        if (method.IsStatic
            || method.Name is not ("GetProperty" or "GetField" or "GetMember" or "GetMethod")
            || !TypeRelations.DerivesFrom(method.ContainingType, systemType)
            || NameArgument(invocation) is not { ConstantValue: { HasValue: true, Value: string name } } nameArgument
            || ReflectedType(invocation.Instance) is not { } reflectedType)
        {
            return;
        }

        if (FindClassifiedMember(reflectedType, name, method.Name, IgnoresCase(invocation, bindingFlags), classifier) is not { } found)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ReflectionOnClassifiedMember,
            nameArgument.Syntax.GetLocation(),
            $"{method.Name}(\"{name}\")",
            SymbolNames.Of(found.Member),
            PurposeRules.DescribeCategory(found.Category)));
    }

    /// <summary>The argument bound to the <c>name</c> parameter, the member's name.</summary>
    private static IOperation? NameArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { Name: "name", Type.SpecialType: SpecialType.System_String })
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the lookup may ignore case: its <c>BindingFlags</c> argument holds <c>IgnoreCase</c>, or is a value the
    /// compiler does not know, which may hold it.
    /// </summary>
    private static bool IgnoresCase(IInvocationOperation invocation, INamedTypeSymbol? bindingFlags)
    {
        const int ignoreCase = 1; // System.Reflection.BindingFlags.IgnoreCase
        foreach (var argument in invocation.Arguments)
        {
            if (bindingFlags is not null && SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, bindingFlags))
            {
                return argument.Value.ConstantValue is not { HasValue: true, Value: int flags } || (flags & ignoreCase) != 0;
            }
        }

        return false;
    }

    /// <summary>The type reflected on when the compiler knows it: <c>typeof(T)</c> or the static type of <c>obj</c> in <c>obj.GetType()</c>.</summary>
    private static ITypeSymbol? ReflectedType(IOperation? instance)
    {
        switch (instance)
        {
            case ITypeOfOperation typeOf:
                return typeOf.TypeOperand;
            case IInvocationOperation { TargetMethod: { Name: "GetType", Parameters.IsEmpty: true, IsStatic: false }, Instance: { } target }:
                while (target is IConversionOperation { IsImplicit: true } conversion)
                {
                    target = conversion.Operand;
                }

                return target.Type;
            default:
                return null;
        }
    }

    /// <summary>
    /// The classified field or property <paramref name="name"/> names: the member itself (<c>GetProperty</c>,
    /// <c>GetField</c>, <c>GetMember</c>), or the member behind a generated accessor <c>GetX</c> or a property accessor
    /// <c>get_X</c>/<c>set_X</c> (<c>GetMethod</c>, <c>GetMember</c>); compared in any case when <paramref name="ignoreCase"/>.
    /// </summary>
    private static (ISymbol Member, ClassifiedCategory Category)? FindClassifiedMember(
        ITypeSymbol type, string name, string reflectionMethod, bool ignoreCase, MemberClassifier classifier)
    {
        if (reflectionMethod != "GetMethod" && classifier.ClassifiedMemberNamed(type, name, MemberKindOf(reflectionMethod), ignoreCase) is { } direct)
        {
            return direct;
        }

        if (reflectionMethod is not ("GetMethod" or "GetMember"))
        {
            return null;
        }

        foreach (var prefix in AccessorPrefixes)
        {
            if (name.Length > prefix.Length
                && name.StartsWith(prefix, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                && classifier.ClassifiedMemberNamed(type, name.Substring(prefix.Length), ignoreCase: ignoreCase) is { } accessed)
            {
                return accessed;
            }
        }

        return null;
    }

    /// <summary><c>GetProperty</c> finds properties, <c>GetField</c> fields, <c>GetMember</c> either (null).</summary>
    private static SymbolKind? MemberKindOf(string reflectionMethod) => reflectionMethod switch
    {
        "GetProperty" => SymbolKind.Property,
        "GetField" => SymbolKind.Field,
        _ => null,
    };
}
