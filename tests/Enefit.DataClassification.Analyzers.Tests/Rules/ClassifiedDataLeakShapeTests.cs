using static Enefit.DataClassification.Analyzers.Tests.Rules.LeakTestModel;
using Verify = Enefit.DataClassification.Analyzers.Tests.Verifiers.TelemetryAnalyzerVerifier<Enefit.DataClassification.Analyzers.Rules.ClassifiedDataLeakAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

/// <summary>EDC0006 in every kind of body the compiler has, and the sink methods the other tests do not name.</summary>
public sealed class ClassifiedDataLeakShapeTests
{
    [Fact]
    public Task Constructors_with_initializers_accessors_async_iterators_switches_and_using_declarations_are_analysed()
        => Verify.VerifyAsync(
            """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            public class BaseService
            {
                protected BaseService(string name) { }
            }

            public class Service : BaseService
            {
                private readonly ILogger _logger;

                public Service(ILogger logger, Customer c) : base(c.Id)
                {
                    _logger = logger;
                    _logger.LogInformation("Created for {Email}", {|#0:c.Email|});
                }

                public Customer Current { get; set; } = new();

                public string Describe
                {
                    get => throw new InvalidOperationException({|#1:Current.Email|});
                }

                public async Task RunAsync(Customer c)
                {
                    await Task.Yield();
                    using var scope = _logger.BeginScope("{Debt}", {|#2:c.Debt|});
                    var text = c.Region switch
                    {
                        "north" => c.Email,
                        _ => c.Id,
                    };
                    _logger.LogInformation({|#3:text|});
                }

                public IEnumerable<string> Lines(Customer c)
                {
                    yield return c.Id;
                    Console.WriteLine({|#4:c.Interests|});
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "an exception message", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("Customer.Debt", "communication", "ILogger.BeginScope", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(3).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(4).WithArguments("Customer.Interests", "marketing-only", "Console.WriteLine", ValueFix));

    [Fact]
    public Task Top_level_statements_are_analysed()
    {
        var test = new Verifiers.AnalyzerVerifier<Analyzers.Rules.ClassifiedDataLeakAnalyzer>.Test
        {
            TestCode = """
                var customer = new Customer { Email = "a@b.c" };
                System.Console.WriteLine({|#0:customer.Email|});
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.TestState.Sources.Add(("Shared.cs", Customer));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix));
        return test.RunAsync();
    }

    [Fact]
    public Task Remaining_Debug_Trace_and_Activity_sink_methods_are_reported()
        => Verify.VerifyAsync(
            """
            using System.Diagnostics;

            public class Service
            {
                public void Run(Activity activity, Customer c)
                {
                    Debug.Print({|#0:c.Email|});
                    Debug.Fail({|#1:c.Email|});
                    Trace.TraceWarning({|#2:c.Email|});
                    Trace.TraceError("{0}", {|#3:c.Email|});
                    Trace.WriteIf(c.Debt > 0, {|#4:c.Email|});
                    activity.SetBaggage("email", {|#5:c.Email|});
                    Debug.Indent();
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "Debug.Print", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "Debug.Fail", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("Customer.Email", "master", "Trace.TraceWarning", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(3).WithArguments("Customer.Email", "master", "Trace.TraceError", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(4).WithArguments("Customer.Email", "master", "Trace.WriteIf", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(5).WithArguments("Customer.Email", "master", "Activity.SetBaggage", ValueFix));

    [Fact]
    public Task A_very_long_concatenation_is_analysed_without_exhausting_the_stack()
    {
        var terms = string.Join(" + ", Enumerable.Range(0, 2000).Select(i => "\"" + i + "\""));
        return Verify.VerifyAsync(
            "public class Service { public void Run(Customer c) => System.Console.WriteLine({|#0:" + terms + " + c.Email|}); }",
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix));
    }
}
