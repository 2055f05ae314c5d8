using System.Collections.Generic;
using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.Bodies;
using Enefit.DataClassification.Analyzers.ConsentFlow;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Rules;

/// <summary>
/// EDC0005: whatever the consent, a client may forbid offers by e-mail, SMS or MMS (§8.1), so every call of an
/// <c>[ElectronicMarketingSend]</c> method must follow an electronic-marketing check for its recipient:
/// <c>TryGetElectronicPermit</c> or an <c>[ElectronicMarketingCheck]</c> returned true, or an
/// <c>ElectronicMarketingPermit</c> parameter is in scope. A marketing consent alone is not enough.
/// </summary>
/// <remarks>
/// The recipient of a send is its first argument (<c>mailer.SendOffer(customer, …)</c>, <c>SendOffer(customer.Email, …)</c>
/// both send to <c>customer</c>), or its receiver when the method takes no parameters (<c>customer.SendOffer()</c>).
/// Its channel is its constant <c>ElectronicChannel</c> argument, if any: a permit for another constant channel does not
/// count; when either channel is not a constant, the permit counts.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ElectronicMarketingSendAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ElectronicSendWithoutCheck);

    /// <summary>How many control-flow graphs this instance asked for.</summary>
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
            if (KnownSymbols.TryCreate(start.Compilation) is not { ElectronicMarketingSend: not null } symbols)
            {
                return;
            }

            var checks = new CheckMembers(symbols);
            var judge = new SendJudge(checks, new PurposeResolver(symbols), new FlowAnalysis(checks, Statistics));
            BodyGate.RegisterBodyAction(start, BodyTriggers.ElectronicSend, judge.JudgeBody, Statistics);
        });
    }

    /// <summary>The per-compilation state: which methods send, the purposes, the flow analysis.</summary>
    private sealed class SendJudge
    {
        private readonly CheckMembers _checks;
        private readonly PurposeResolver _purposes;
        private readonly FlowAnalysis _flow;

        public SendJudge(CheckMembers checks, PurposeResolver purposes, FlowAnalysis flow)
        {
            _checks = checks;
            _purposes = purposes;
            _flow = flow;
        }

        /// <summary>Judges the sends of one code block where the flow shows them, with the permits that hold there.</summary>
        public void JudgeBody(CodeBlockAnalysisContext context, List<IOperation> roots)
        {
            var sends = new Dictionary<SyntaxNode, (IMethodSymbol Method, int? Purpose)>();
            foreach (var operation in CodeBlockRoots.OperationsOf(roots))
            {
                if (operation is IInvocationOperation invocation && _checks.IsElectronicSend(invocation.TargetMethod))
                {
                    sends[invocation.Syntax] = (invocation.TargetMethod, _purposes.PurposeAt(invocation, context.OwningSymbol));
                }
            }

            if (sends.Count == 0)
            {
                return;
            }

            _flow.RunOnRoots(roots, context.OwningSymbol, new SendObserver(this, sends, context.ReportDiagnostic), context.CancellationToken);

            // A send the graph did not show again is judged with no permit at all: fail closed.
            foreach (var entry in sends)
            {
                context.ReportDiagnostic(Report(entry.Key.GetLocation(), entry.Value.Method, entry.Value.Purpose));
            }
        }

        private static Diagnostic Report(Location location, IMethodSymbol send, int? purpose)
            => Diagnostic.Create(
                DiagnosticDescriptors.ElectronicSendWithoutCheck,
                location,
                SymbolNames.Of(send),
                PurposeResolver.Describe(purpose));

        /// <summary>Judges each send where the flow analysis shows it, with the permits that hold there.</summary>
        private sealed class SendObserver : IFlowObserver
        {
            private readonly SendJudge _judge;
            private readonly Dictionary<SyntaxNode, (IMethodSymbol Method, int? Purpose)> _sends;
            private readonly System.Action<Diagnostic> _report;

            public SendObserver(SendJudge judge, Dictionary<SyntaxNode, (IMethodSymbol Method, int? Purpose)> sends, System.Action<Diagnostic> report)
            {
                _judge = judge;
                _sends = sends;
                _report = report;
            }

            public void Observe(IOperation operation, FlowState state, GraphScope scope)
            {
                if (operation is not IInvocationOperation send || !_sends.TryGetValue(send.Syntax, out var pending))
                {
                    return;
                }

                _sends.Remove(send.Syntax);
                var (recipient, facts) = _judge._flow.FactsFor(CallSubject.Of(send), state, scope);
                var channel = CallSubject.ChannelOf(send, _judge._checks.Symbols.ElectronicChannel);
                if (!Verdicts.PermitHolds(facts, recipient, channel))
                {
                    _report(Report(send.Syntax.GetLocation(), pending.Method, pending.Purpose));
                }
            }
        }
    }
}
