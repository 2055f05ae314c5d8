using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.Bodies;
using Enefit.DataClassification.Analyzers.ConsentFlow;
using Enefit.DataClassification.Analyzers.Symbols;
using Enefit.DataClassification.Analyzers.TaintFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Enefit.DataClassification.Analyzers.Rules;

/// <summary>
/// EDC0006: classified data, or an object that prints it, reaching a log, the console, a trace, a telemetry tag or an
/// exception message unredacted. Personal data is confidential (§3.2) and protected by technical measures (§3.3); the
/// commonest real leak is a log line. The data is followed inside the method through locals, string building and
/// builders (<see cref="TaintAnalysis"/>); a body gets a control-flow graph only when it calls a sink and has a
/// source of data (<see cref="TaintPolicy.IsSource"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClassifiedDataLeakAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that holds the <see cref="ClassifiedCategory"/> name, for the redaction fix.</summary>
    internal const string CategoryProperty = "Category";

    /// <summary>The fix for a classified value, the fourth message argument.</summary>
    internal const string ValueFix =
        "redact it (Microsoft.Extensions.Compliance.Redaction), write a non-classified member such as the subject id instead, or pass it to a [LoggerMessage] parameter that carries its classification";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ClassifiedDataLeak);

    /// <summary>The control-flow graphs this instance built: tests prove a body that logs only clean values costs none.</summary>
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
            if (KnownSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            var sinks = new TelemetrySinks(start.Compilation);
            var policy = new LeakPolicy(start.Compilation, new ClassifiedContent(new MemberClassifier(symbols)));
            // Only a body that calls a sink and reads client data is worth a control-flow graph.
            OnDemandTaintAnalysis.Register(
                start,
                policy,
                BodyTriggers.ClientData,
                operation => IsSink(operation, sinks),
                report => new LeakReporter(report, sinks, policy),
                Statistics);
        });
    }

    private static bool IsSink(IOperation operation, TelemetrySinks sinks) => operation switch
    {
        IInvocationOperation invocation => sinks.Describe(invocation) is not null,
        IObjectCreationOperation creation => HasExceptionMessage(creation, sinks),
        _ => false,
    };

    private static bool HasExceptionMessage(IObjectCreationOperation creation, TelemetrySinks sinks)
    {
        foreach (var argument in creation.Arguments)
        {
            if (sinks.IsExceptionMessage(creation, argument))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports each sink argument that carries data, at the expression passed.</summary>
    private sealed class LeakReporter : ITaintObserver
    {
        private readonly Action<Diagnostic> _report;
        private readonly TelemetrySinks _sinks;
        private readonly LeakPolicy _policy;
        private readonly HashSet<(SyntaxTree, TextSpan)> _reported = new();

        public LeakReporter(Action<Diagnostic> report, TelemetrySinks sinks, LeakPolicy policy)
        {
            _report = report;
            _sinks = sinks;
            _policy = policy;
        }

        public void Observe(IOperation operation, TaintAnalysis flow)
        {
            switch (operation)
            {
                case IInvocationOperation invocation when _sinks.Describe(invocation) is { } sink:
                    var isLoggerMessage = _sinks.IsLoggerMessage(invocation.TargetMethod);
                    foreach (var argument in invocation.Arguments)
                    {
                        if (!_sinks.WritesArgument(invocation, argument))
                        {
                            continue;
                        }

                        if (isLoggerMessage && _sinks.LogsProperties(argument, out var transitive))
                        {
                            ReportLoggedProperties(argument, sink, transitive, flow);
                        }
                        else
                        {
                            ReportArgument(argument, sink, flow);
                        }
                    }

                    break;
                case IObjectCreationOperation creation:
                    foreach (var argument in creation.Arguments)
                    {
                        if (_sinks.IsExceptionMessage(creation, argument))
                        {
                            ReportArgument(argument, "an exception message", flow);
                        }
                    }

                    break;
            }
        }

        /// <summary>A params array is reported element by element, where the code wrote each value.</summary>
        private void ReportArgument(IArgumentOperation argument, string sink, TaintAnalysis flow)
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { IsImplicit: true, Initializer: { } elements })
            {
                foreach (var element in elements.ElementValues)
                {
                    Report(element, sink, flow.TaintOf(element));
                }

                return;
            }

            Report(argument.Value, sink, flow.TaintOf(argument.Value));
        }

        /// <summary>
        /// A <c>[LogProperties]</c> argument is logged property by property, not printed: the data in it reaches the log
        /// through the properties of the parameter's type (what the logging generator reads) that it does not redact. A
        /// classified value passed there, rather than an object that holds one, is reported as any argument is.
        /// </summary>
        private void ReportLoggedProperties(IArgumentOperation argument, string sink, bool transitive, TaintAnalysis flow)
        {
            if (flow.TaintOf(argument.Value) is { IsObject: false, Category: not null } value)
            {
                Report(argument.Value, sink, value);
            }
            else if (argument.Parameter?.Type is { } type
                && _policy.LoggedLeak(type, transitive, _sinks) is var (property, category)
                && _reported.Add((argument.Value.Syntax.SyntaxTree, argument.Value.Syntax.Span)))
            {
                var name = SymbolNames.Of(property);
                _report(Diagnostic.Create(
                    DiagnosticDescriptors.ClassifiedDataLeak,
                    argument.Value.Syntax.GetLocation(),
                    name,
                    PurposeRules.DescribeCategory(category),
                    sink + " through [LogProperties]",
                    $"mark '{name}' with its classification attribute so that the logging generator redacts it, or with [LogPropertyIgnore]"));
            }
        }

        private void Report(IOperation value, string sink, Taint? taint)
        {
            if (taint?.Category is not { } category || !_reported.Add((value.Syntax.SyntaxTree, value.Syntax.Span)))
            {
                return;
            }

            _report(Diagnostic.Create(
                DiagnosticDescriptors.ClassifiedDataLeak,
                value.Syntax.GetLocation(),
                ImmutableDictionary.Create<string, string?>().Add(CategoryProperty, category.ToString()),
                taint.Name,
                PurposeRules.DescribeCategory(category),
                sink,
                FixFor(taint)));
        }

        private static string FixFor(Taint taint)
        {
            var held = taint.HeldByObject;
            if (!held.IsHeld || held.Member is null || held.Holder is null)
            {
                return ValueFix;
            }

            var type = SymbolNames.OfType(held.Holder);
            return $"'{type}' prints '{held.Name}' through its own ToString or is not partial: make '{type}' partial without a ToString of its own so that the generated ToString redacts, or write a non-classified member such as the subject id instead";
        }
    }
}
