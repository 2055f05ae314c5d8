using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using static Enefit.DataClassification.Analyzers.Tests.Rules.LeakTestModel;
using Verify = Enefit.DataClassification.Analyzers.Tests.Verifiers.TelemetryAnalyzerVerifier<Enefit.DataClassification.Analyzers.Rules.ClassifiedDataLeakAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

/// <summary>What EDC0006 leaves alone: redacted values, identifiers, names of members, and code that classifies nothing.</summary>
public sealed class ClassifiedDataLeakExemptionTests
{
    [Fact]
    public Task Redactor_results_carry_no_data_through_every_overload_an_extension_method_and_a_provider()
        => Verify.VerifyAsync(
            """
            using System;
            using Enefit.DataClassification;
            using Microsoft.Extensions.Compliance.Redaction;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Redactor redactor, IRedactorProvider provider, Customer c)
                {
                    logger.LogInformation("{Email}", redactor.Redact(c.Email));
                    logger.LogInformation("{Debt}", redactor.Redact(c.Debt, "N2", null));
                    logger.LogInformation("{Email}", redactor.Redact(c.Email.AsSpan()));
                    var masked = provider.GetRedactor(EnefitTaxonomy.MarketingOnly).Redact(c.Interests);
                    Console.WriteLine($"Customer {c.Id}: {masked}");
                    Console.WriteLine(redactor.RedactEmail(c.Email));
                    throw new InvalidOperationException("Unknown " + redactor.Redact(c.Email));
                }
            }

            public static class RedactorExtensions
            {
                public static string RedactEmail(this Redactor redactor, string email) => redactor.Redact(email);
            }
            """,
            Customer);

    [Fact]
    public Task A_redacted_value_stored_over_data_cleans_the_local_but_redacting_a_copy_does_not()
        => Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Compliance.Redaction;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Redactor redactor, Customer c)
                {
                    var email = c.Email;
                    var masked = redactor.Redact(email);
                    logger.LogInformation("{Masked} {Email}", masked, {|#0:email|});
                    email = redactor.Redact(email);
                    logger.LogInformation("{Email}", email);
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ValueFix));

    [Fact]
    public Task Subject_ids_non_classified_members_and_nameof_are_not_data()
        => Verify.VerifyAsync(
            """
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation("Customer {Id} in {Region}", c.Id, c.Region);
                    logger.LogInformation("{Member} changed", nameof(c.Email));
                    Console.WriteLine($"{c.Id}: email of {c.Email.Length} characters, {(c.Debt > 0 ? "owes" : "clear")}");
                    throw new ArgumentException("Customer " + c.Id + " has no " + nameof(Customer.Interests), nameof(c));
                }
            }
            """,
            Customer);

    [Fact]
    public Task Code_without_classified_members_gets_nothing()
        => Verify.VerifyAsync(
            """
            using System;
            using Microsoft.Extensions.Logging;

            public class Person
            {
                public string Email { get; set; } = "";
            }

            public class Service
            {
                public void Run(ILogger logger, Person p, string email)
                {
                    var text = $"Person {p.Email} {email} {p}";
                    logger.LogInformation(text);
                    Console.WriteLine(p);
                    throw new InvalidOperationException(p.Email);
                }
            }
            """,
            "");

    [Fact]
    public Task Nothing_is_registered_when_the_runtime_library_is_not_referenced()
    {
        var test = new AnalyzerVerifier<ClassifiedDataLeakAnalyzer>.Test
        {
            TestCode = """
                using System;

                public class Person
                {
                    public string Email { get; set; } = "";
                }

                public class Service
                {
                    public void Run(Person p) => Console.WriteLine(p.Email + p);
                }
                """,
            WithoutRuntime = true,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Half_typed_code_is_analysed_without_an_exception_and_unresolved_calls_are_no_sinks()
        => Verify.VerifyAsync(
            """
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation(c.Email, {|CS0103:missing|});
                    Console.WriteLine(c.Email, {|CS1525:)|};
                    var x = {|CS0103:undefined|}.Email;
                    Console.WriteLine({|#0:c.Email|}{|CS1002:|}{|CS1026:|}
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix));

    /// <summary>
    /// Generated code is not analysed: neither a file marked as generated nor a member with <c>[GeneratedCode]</c> in a
    /// hand-written file. The rule tells the driver its diagnostics never lie in generated code, which holds only while
    /// the driver does not analyse it.
    /// </summary>
    [Fact]
    public Task Generated_code_logs_classified_data_without_a_diagnostic_while_hand_written_code_beside_it_gets_one()
        => Verify.VerifyAsync(
            """
            using System;
            using System.CodeDom.Compiler;

            public class Service
            {
                [GeneratedCode("Some.Tool", "1.0")]
                public void Generated(Customer c) => Console.WriteLine(c.Email);

                public void HandWritten(Customer c) => Console.WriteLine({|#0:c.Email|});
            }

            [GeneratedCode("Some.Tool", "1.0")]
            public class GeneratedService
            {
                public void Run(Customer c) => Console.WriteLine(c.Email);
            }
            """,
            [("Shared.cs", Customer), ("Tool.g.cs", """
                // <auto-generated/>
                public class ToolOutput
                {
                    public void Run(Customer c) => System.Console.WriteLine(c.Email);
                }
                """)],
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix));
}
