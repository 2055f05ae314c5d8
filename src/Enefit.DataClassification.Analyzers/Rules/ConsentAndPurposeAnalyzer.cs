using System.Collections.Generic;
using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.Bodies;
using Enefit.DataClassification.Analyzers.ConsentFlow;
using Enefit.DataClassification.Analyzers.Reads;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Rules;

/// <summary>
/// Every read of classified data, judged by the purpose in force (§3.1) and, where the Principles ask for consent
/// (§7.1.2), by the consent checks that hold at the read:
/// EDC0001 marketing-only data without consent, EDC0002 a category the purpose may not use, EDC0003 client data under
/// a marketing purpose without consent, EDC0004 no purpose declared, EDC0008 consent checked for another client.
/// A body is bound only when its tokens name a way to client data (Bodies/BodyGate.cs), and a control-flow graph is
/// built only for a body with a read that needs consent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsentAndPurposeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MarketingDataWithoutConsent,
        DiagnosticDescriptors.CategoryNotPermittedForPurpose,
        DiagnosticDescriptors.MarketingPurposeWithoutConsent,
        DiagnosticDescriptors.NoPurposeDeclared,
        DiagnosticDescriptors.ConsentForAnotherSubject);

    /// <summary>How many control-flow graphs this instance asked for: the tests' proof that cheap bodies stay cheap.</summary>
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

            var judge = new ReadJudge(
                new ClassifiedReadFinder(new MemberClassifier(symbols)),
                new PurposeResolver(symbols),
                new FlowAnalysis(new CheckMembers(symbols), Statistics));
            BodyGate.RegisterBodyAction(start, BodyTriggers.ClientData, judge.JudgeBody, Statistics);
        });
    }

    /// <summary>The per-compilation state: read finder, purpose resolver and flow analysis, each with its caches.</summary>
    private sealed class ReadJudge
    {
        private readonly ClassifiedReadFinder _finder;
        private readonly PurposeResolver _purposes;
        private readonly FlowAnalysis _flow;

        public ReadJudge(ClassifiedReadFinder finder, PurposeResolver purposes, FlowAnalysis flow)
        {
            _finder = finder;
            _purposes = purposes;
            _flow = flow;
        }

        /// <summary>
        /// Judges the reads of one code block: those the purpose alone decides at once, the rest where the flow shows
        /// them, with the facts that hold there.
        /// </summary>
        public void JudgeBody(CodeBlockAnalysisContext context, List<IOperation> roots)
        {
            var pending = new PendingReads();
            foreach (var operation in CodeBlockRoots.OperationsOf(roots))
            {
                Collect(operation, context, pending);
            }

            if (pending.IsEmpty)
            {
                return;
            }

            _flow.RunOnRoots(roots, context.OwningSymbol, new ConsentObserver(_flow, pending, context.ReportDiagnostic), context.CancellationToken);

            // A read the graph did not show again is judged with no facts: fail closed.
            foreach (var (read, purpose) in pending.TakeAll())
            {
                if (ReadRules.WithConsent(read, purpose, ConsentVerdict.Missing, SubjectKey.Unknown, SubjectKey.Unknown) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        private void Collect(IOperation operation, CodeBlockAnalysisContext context, PendingReads pending)
        {
            List<ClassifiedRead>? found = null;
            _finder.Find(operation, ref found);
            if (found is null)
            {
                return;
            }

            var purpose = _purposes.PurposeAt(operation, context.OwningSymbol);
            foreach (var read in found)
            {
                if (read.NeedsConsentUnder(purpose))
                {
                    pending.Add(read, purpose);
                }
                else if (ReadRules.WithoutConsent(read, purpose) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }

    /// <summary>Judges each waiting read where the flow analysis shows it, with the facts that hold there.</summary>
    private sealed class ConsentObserver : IFlowObserver
    {
        private readonly FlowAnalysis _flow;
        private readonly PendingReads _pending;
        private readonly System.Action<Diagnostic> _report;

        public ConsentObserver(FlowAnalysis flow, PendingReads pending, System.Action<Diagnostic> report)
        {
            _flow = flow;
            _pending = pending;
            _report = report;
        }

        public void Observe(IOperation operation, FlowState state, GraphScope scope)
        {
            if (_pending.IsEmpty || _pending.Take(operation) is not { } reads)
            {
                return;
            }

            var (subject, facts) = _flow.FactsFor(ClassifiedReadFinder.SubjectSourceOf(operation), state, scope);
            var verdict = Verdicts.Consent(facts, subject, out var checkedSubject);
            foreach (var (read, purpose) in reads)
            {
                if (ReadRules.WithConsent(read, purpose, verdict, subject, checkedSubject) is { } diagnostic)
                {
                    _report(diagnostic);
                }
            }
        }
    }
}
