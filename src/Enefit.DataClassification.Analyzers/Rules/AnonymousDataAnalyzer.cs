using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.Bodies;
using Enefit.DataClassification.Analyzers.Symbols;
using Enefit.DataClassification.Analyzers.TaintFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Rules;

/// <summary>
/// EDC0009: anonymous data carries nothing that identifies a client (§2.3). An <c>[AnonymousData]</c> type may not
/// declare a classified member, a <c>[SubjectId]</c>, a member whose type identifies a client, or a classified
/// constructor parameter; and classified data or a subject id may not be stored into one, by assignment, object
/// initializer, <c>with</c> or constructor argument (followed through locals as EDC0006 follows them).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AnonymousDataAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.AnonymousDataIdentifies);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownSymbols.TryCreate(start.Compilation) is not { AnonymousData: { } anonymousData } symbols)
            {
                return;
            }

            var content = new ClassifiedContent(new MemberClassifier(symbols));
            var policy = new AnonymityPolicy(start.Compilation, content);
            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, anonymousData, content), SymbolKind.NamedType);
            // Only a body that stores into an anonymous type is worth a control-flow graph.
            OnDemandTaintAnalysis.Register(
                start,
                policy,
                BodyTriggers.ClientData | BodyTriggers.IdentifyingData,
                operation => StoredInto(operation, anonymousData) is not null,
                report => new StoreReporter(report, anonymousData));
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol anonymousData, ClassifiedContent content)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!MemberClassifier.HasAttribute(type, anonymousData))
        {
            return;
        }

        var typeLocation = type.Locations.IsEmpty ? Location.None : type.Locations[0];
        var classifier = content.Classifier;
        if (classifier.DeclaredCategory(type) is { } ownCategory)
        {
            Report(context, typeLocation, type, $"is itself classified as {PurposeRules.DescribeCategory(ownCategory)} data");
        }

        var reported = new HashSet<Location>();
        foreach (var member in DataMembers(type))
        {
            if (Problem(member, content) is { } problem)
            {
                var declaredHere = SymbolEqualityComparer.Default.Equals(member.ContainingType, type) && !member.Locations.IsEmpty;
                var location = declaredHere ? member.Locations[0] : typeLocation;
                if (reported.Add(location))
                {
                    Report(context, location, type, problem);
                }
            }
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (classifier.CategoryOf(parameter) is { } category && !parameter.Locations.IsEmpty && reported.Add(parameter.Locations[0]))
                {
                    Report(context, parameter.Locations[0], type,
                        $"receives {PurposeRules.DescribeCategory(category)} data '{parameter.Name}' through its constructor");
                }
            }
        }
    }

    /// <summary>The fields and properties of the type, static ones too, and those it inherits.</summary>
    private static IEnumerable<ISymbol> DataMembers(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsImplicitlyDeclared: false, IsConst: false } or IPropertySymbol { IsIndexer: false, Name: not "EqualityContract" })
            {
                yield return member;
            }
        }

        if (type.BaseType is { } baseType)
        {
            foreach (var inherited in ClassifiedContent.InstanceDataMembers(baseType))
            {
                yield return inherited;
            }
        }
    }

    /// <summary>What makes <paramref name="member"/> identify a client, as the message says it, or null.</summary>
    private static string? Problem(ISymbol member, ClassifiedContent content)
    {
        var name = SymbolNames.Of(member);
        if (content.Classifier.IsSubjectId(member))
        {
            return $"holds the subject id '{name}'";
        }

        if (content.Classifier.CategoryOf(member) is { } category)
        {
            return $"holds '{name}', which is {PurposeRules.DescribeCategory(category)} data";
        }

        var memberType = ClassifiedContent.DataMemberType(member);
        var held = content.IdentifyingData(memberType);
        return held.IsHeld ? $"holds '{name}' of type '{SymbolNames.OfType(memberType)}', which {DescribeHeld(held)}" : null;
    }

    private static string DescribeHeld(HeldData held)
        => held.Category is { } category
            ? $"holds {PurposeRules.DescribeCategory(category)} data in '{held.Name}'"
            : $"holds the subject id '{held.Name}'";

    /// <summary>The anonymous type an assignment stores into or a creation makes, or null.</summary>
    private static INamedTypeSymbol? StoredInto(IOperation operation, INamedTypeSymbol anonymousData)
    {
        var type = operation switch
        {
            IAssignmentOperation { Target: IMemberReferenceOperation target } => target.Member.ContainingType,
            IObjectCreationOperation creation => creation.Type as INamedTypeSymbol,
            _ => null,
        };
        return type is not null && MemberClassifier.HasAttribute(type.OriginalDefinition, anonymousData) ? type : null;
    }

    private static void Report(SymbolAnalysisContext context, Location location, INamedTypeSymbol type, string problem)
        => context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AnonymousDataIdentifies, location, SymbolNames.OfType(type), problem));

    /// <summary>EDC0009's idea of data: classified values and subject ids, and objects that carry either.</summary>
    private sealed class AnonymityPolicy : TaintPolicy
    {
        public AnonymityPolicy(Compilation compilation, ClassifiedContent content)
            : base(compilation, content)
        {
        }

        public override Taint? OfMember(ISymbol member)
        {
            if (Content.Classifier.CategoryOf(member) is { } category)
            {
                return Taint.OfMember(member, category);
            }

            return member is not IParameterSymbol && Content.Classifier.IsSubjectId(member) ? Taint.OfMember(member, null) : null;
        }

        protected override HeldData HeldBy(ITypeSymbol type) => Content.IdentifyingData(type);
    }

    /// <summary>Reports identifying data stored into a member of an anonymous type, or passed to its constructor.</summary>
    private sealed class StoreReporter : ITaintObserver
    {
        private readonly Action<Diagnostic> _report;
        private readonly INamedTypeSymbol _anonymousData;

        public StoreReporter(Action<Diagnostic> report, INamedTypeSymbol anonymousData)
        {
            _report = report;
            _anonymousData = anonymousData;
        }

        public void Observe(IOperation operation, TaintAnalysis flow)
        {
            if (StoredInto(operation, _anonymousData) is not { } type)
            {
                return;
            }

            switch (operation)
            {
                case IAssignmentOperation { Target: IMemberReferenceOperation target } assignment when flow.TaintOf(assignment) is { } taint:
                    Report(assignment.Value, type, $"receives {Describe(taint)} into '{SymbolNames.Of(target.Member)}'");
                    break;
                case IObjectCreationOperation creation:
                    foreach (var argument in creation.Arguments)
                    {
                        if (flow.TaintOf(argument.Value) is { } argumentTaint && argument.Parameter is { } parameter)
                        {
                            Report(argument.Value, type, $"receives {Describe(argumentTaint)} through its constructor parameter '{parameter.Name}'");
                        }
                    }

                    break;
            }
        }

        private void Report(IOperation value, INamedTypeSymbol type, string problem)
            => _report(Diagnostic.Create(
                DiagnosticDescriptors.AnonymousDataIdentifies, value.Syntax.GetLocation(), SymbolNames.OfType(type), problem));

        private static string Describe(Taint taint)
        {
            if (taint.IsObject)
            {
                return $"'{taint.Name}', which {DescribeHeld(taint.HeldByObject)},";
            }

            return taint.Category is { } category
                ? $"{PurposeRules.DescribeCategory(category)} data '{taint.Name}'"
                : $"the subject id '{taint.Name}'";
        }
    }
}
