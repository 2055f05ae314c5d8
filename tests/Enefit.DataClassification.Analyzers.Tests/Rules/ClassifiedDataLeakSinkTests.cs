using static Enefit.DataClassification.Analyzers.Tests.Rules.LeakTestModel;
using Verify = Enefit.DataClassification.Analyzers.Tests.Verifiers.TelemetryAnalyzerVerifier<Enefit.DataClassification.Analyzers.Rules.ClassifiedDataLeakAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

/// <summary>EDC0006 at each sink: where it fires, with what message, and which arguments of a sink are not written out.</summary>
public sealed class ClassifiedDataLeakSinkTests
{
    [Fact]
    public Task Logger_extension_message_and_arguments_are_reported_with_member_category_and_sink()
        => Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation({|#0:$"Customer {c.Email}"|});
                    logger.LogWarning("Debt {Debt} of {Id} in {Region}", {|#1:c.Debt|}, c.Id, c.Region);
                    logger.LogError(new System.Exception("failed"), "Interests {Interests}", {|#2:c.Interests|});
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Debt", "communication", "ILogger.LogWarning", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("Customer.Interests", "marketing-only", "ILogger.LogError", ValueFix));

    [Fact]
    public Task ILogger_Log_state_and_both_BeginScope_forms_are_reported()
        => Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger<Service> logger, Customer c)
                {
                    logger.Log(LogLevel.Information, new EventId(1), {|#0:c.Email|}, null, (state, error) => state);
                    using (logger.BeginScope({|#1:c.Email|}))
                    using (logger.BeginScope("Customer {Email}", {|#2:c.Email|}))
                    {
                    }
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "ILogger.Log", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "ILogger.BeginScope", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("Customer.Email", "master", "ILogger.BeginScope", ValueFix));

    [Fact]
    public Task LoggerMessage_parameter_without_classification_is_reported_and_a_classified_one_is_redacted_by_the_generator()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;
            using Microsoft.Extensions.Logging;

            public static partial class Logs
            {
                [LoggerMessage(1, LogLevel.Information, "Customer {Email}")]
                public static void CustomerSeen(ILogger logger, string email) { }

                [LoggerMessage(2, LogLevel.Information, "Customer {Email}")]
                public static void CustomerSeenRedacted(ILogger logger, [MasterData] string email) { }
            }

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    Logs.CustomerSeen(logger, {|#0:c.Email|});
                    Logs.CustomerSeenRedacted(logger, c.Email);
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "the [LoggerMessage] method 'Logs.CustomerSeen'", ValueFix));

    [Fact]
    public Task A_LogProperties_parameter_is_judged_by_the_properties_the_logging_generator_writes_in_clear()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;
            using Microsoft.Extensions.Logging;

            [MarketingOnly]
            public sealed class Profile { public string Topics { get; set; } = ""; }

            public sealed class Visitor
            {
                [SubjectId] public string Id { get; set; } = "";
                [MasterData] public string Email { get; set; } = "";
                [LogPropertyIgnore] public Profile Hobbies { get; set; } = new();
                public string Region { get; set; } = "";
                public override string ToString() => Id + " " + Email;
            }

            public sealed class Order
            {
                public string Number { get; set; } = "";
                public Profile Interests { get; set; } = new();
            }

            public sealed class Shipment
            {
                public Visitor Recipient { get; set; } = new();
            }

            #pragma warning disable EXTEXP0003 // Transitive is experimental in Microsoft.Extensions.Telemetry.Abstractions.
            public static class Logs
            {
                [LoggerMessage(1, LogLevel.Information, "Visit")]
                public static void Visited(ILogger logger, [LogProperties] Visitor visitor) { }

                [LoggerMessage(2, LogLevel.Information, "Order")]
                public static void Ordered(ILogger logger, [LogProperties] Order order) { }

                [LoggerMessage(3, LogLevel.Information, "Shipped")]
                public static void Shipped(ILogger logger, [LogProperties] Shipment shipment) { }

                [LoggerMessage(4, LogLevel.Information, "Shipped")]
                public static void ShippedInDetail(ILogger logger, [LogProperties(Transitive = true)] Shipment shipment) { }

                [LoggerMessage(5, LogLevel.Information, "Seen {Visitor}")]
                public static void Seen(ILogger logger, Visitor visitor) { }
            }

            public class Service
            {
                public void Run(ILogger logger, Visitor visitor, Order order, Shipment shipment)
                {
                    Logs.Visited(logger, visitor);
                    Logs.Ordered(logger, {|#0:order|});
                    Logs.Shipped(logger, {|#1:shipment|});
                    Logs.ShippedInDetail(logger, shipment);
                    Logs.Seen(logger, {|#2:visitor|});
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments(
                "Order.Interests",
                "marketing-only",
                "the [LoggerMessage] method 'Logs.Ordered' through [LogProperties]",
                "mark 'Order.Interests' with its classification attribute so that the logging generator redacts it, or with [LogPropertyIgnore]"),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments(
                "Shipment.Recipient",
                "master",
                "the [LoggerMessage] method 'Logs.Shipped' through [LogProperties]",
                "mark 'Shipment.Recipient' with its classification attribute so that the logging generator redacts it, or with [LogPropertyIgnore]"),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments(
                "visitor",
                "master",
                "the [LoggerMessage] method 'Logs.Seen'",
                "'Visitor' prints 'Visitor.Email' through its own ToString or is not partial: make 'Visitor' partial without a ToString of its own so that the generated ToString redacts, or write a non-classified member such as the subject id instead"));

    [Fact]
    public Task LoggerMessage_Define_delegate_arguments_are_reported()
        => Verify.VerifyAsync(
            """
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                private static readonly Action<ILogger, string, Exception?> CustomerSeen =
                    LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Customer {Email}");

                public void Run(ILogger logger, Customer c) => CustomerSeen(logger, {|#0:c.Email|}, null);
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "a LoggerMessage.Define delegate", ValueFix));

    [Fact]
    public Task Console_writes_are_reported_including_format_arguments_and_the_standard_streams()
        => Verify.VerifyAsync(
            """
            using System;

            public class Service
            {
                public void Run(Customer c)
                {
                    Console.WriteLine({|#0:c.Email|});
                    Console.Write("{0} {1}", c.Id, {|#1:c.Debt|});
                    Console.Error.WriteLine({|#2:c.Interests|});
                    Console.Out.Write({|#3:c.Email|});
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Debt", "communication", "Console.Write", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("Customer.Interests", "marketing-only", "Console.Error.WriteLine", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(3).WithArguments("Customer.Email", "master", "Console.Out.Write", ValueFix));

    [Fact]
    public Task Debug_and_Trace_writes_and_assert_messages_are_reported_but_not_conditions()
        => Verify.VerifyAsync(
            """
            using System.Diagnostics;

            public class Service
            {
                public void Run(Customer c)
                {
                    Debug.WriteLine({|#0:c.Email|});
                    Debug.WriteLineIf(c.Debt > 0, {|#1:c.Email|});
                    Debug.Assert(c.Debt > 0, {|#2:c.Email|});
                    Debug.Assert(c.Email.Length > 0, {|#3:$"bad address {c.Email}"|});
                    Trace.TraceInformation("{0}", {|#4:c.Debt|});
                    Trace.WriteLine({|#5:c.Interests|});
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "Debug.WriteLine", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "Debug.WriteLineIf", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("Customer.Email", "master", "Debug.Assert", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(3).WithArguments("Customer.Email", "master", "Debug.Assert", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(4).WithArguments("Customer.Debt", "communication", "Trace.TraceInformation", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(5).WithArguments("Customer.Interests", "marketing-only", "Trace.WriteLine", ValueFix));

    [Fact]
    public Task The_message_of_any_exception_constructor_is_reported_and_other_arguments_are_not()
        => Verify.VerifyAsync(
            """
            using System;

            public class CustomerNotFoundException : Exception
            {
                public CustomerNotFoundException(string message, string customerId) : base(message) { }
            }

            public class Service
            {
                public void Run(Customer c, bool unknown)
                {
                    if (unknown)
                    {
                        throw new CustomerNotFoundException({|#0:$"No customer {c.Email}"|}, c.Id);
                    }

                    var error = new ArgumentException({|#1:c.Email|}, nameof(c));
                    throw new InvalidOperationException({|#2:"Debt " + c.Debt|}, error);
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "an exception message", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "an exception message", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("Customer.Debt", "communication", "an exception message", ValueFix));

    [Fact]
    public Task Activity_tags_baggage_and_events_are_reported()
        => Verify.VerifyAsync(
            """
            using System.Diagnostics;

            public class Service
            {
                public void Run(Activity activity, Customer c)
                {
                    activity.SetTag("customer.email", {|#0:c.Email|});
                    activity.AddTag("customer.debt", {|#1:c.Debt|});
                    activity.AddBaggage("customer.interests", {|#2:c.Interests|});
                    activity.AddEvent({|#3:new ActivityEvent("seen", tags: new ActivityTagsCollection { { "email", c.Email } })|});
                    activity.SetTag("customer.id", c.Id);
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "Activity.SetTag", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Debt", "communication", "Activity.AddTag", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("Customer.Interests", "marketing-only", "Activity.AddBaggage", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(3).WithArguments("Customer.Email", "master", "Activity.AddEvent", ValueFix));

    [Fact]
    public Task Serilog_logger_and_static_Log_are_sinks_when_Serilog_is_referenced()
        => Verify.VerifyAsync(
            """
            public class Service
            {
                public void Run(Serilog.ILogger logger, Customer c)
                {
                    logger.Information("Customer {Email} {Id}", {|#0:c.Email|}, c.Id);
                    logger.ForContext("Debt", {|#1:c.Debt|}).Information("seen");
                    Serilog.Log.Warning("Customer {@Customer}", {|#2:c|});
                }
            }
            """,
            CustomerAndSerilog,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "Serilog ILogger.Information", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Debt", "communication", "Serilog ILogger.ForContext", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("c", "master", "Serilog Log.Warning", CustomerObjectFix));
}
