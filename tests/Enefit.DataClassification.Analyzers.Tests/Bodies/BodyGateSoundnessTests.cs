using static Enefit.DataClassification.Analyzers.Tests.Rules.LeakTestModel;
using Verify = Enefit.DataClassification.Analyzers.Tests.Verifiers.TelemetryAnalyzerVerifier<Enefit.DataClassification.Analyzers.Rules.ClassifiedDataLeakAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Bodies;

/// <summary>
/// A body is bound only when its tokens name a way to client data (Bodies/BodyGate.cs). These bodies reach client data
/// without naming a classified member or the customer type, each in another way the name set must cover; a gap in the
/// set would lose the diagnostic.
/// </summary>
public sealed class BodyGateSoundnessTests
{
    [Fact]
    public Task A_primary_constructor_parameter_read_in_another_body()
        => Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;

            public class Service(Customer customer, ILogger logger)
            {
                public void Run() => logger.LogInformation("{Customer}", {|#0:customer|});
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("customer", "master", "ILogger.LogInformation", CustomerObjectFix));

    [Fact]
    public Task A_member_inherited_from_a_generic_base_constructed_with_the_customer()
        => Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;

            public class Slot<T>
            {
                public T Current { get; set; } = default!;
            }

            public class CustomerSlot : Slot<Customer>
            {
                public void Run(ILogger logger) => logger.LogInformation("{Current}", {|#0:Current|});
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Slot<Customer>.Current", "master", "ILogger.LogInformation", CustomerObjectFix));

    [Fact]
    public Task A_type_named_through_a_using_alias()
        => Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;
            using Buyer = Customer;

            public class Service
            {
                public void Run(ILogger logger, object value)
                {
                    var buyer = (Buyer)value;
                    logger.LogInformation("{Buyer}", {|#0:buyer|});
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("buyer", "master", "ILogger.LogInformation", CustomerObjectFix));

    [Fact]
    public Task This_in_a_type_that_holds_client_data()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;
            using Microsoft.Extensions.Logging;

            public class Account
            {
                [MasterData] public string Email { get; set; } = "";

                public void Dump(ILogger logger) => logger.LogInformation("{Account}", {|#0:this|});
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("this", "master", "ILogger.LogInformation",
                "'Account' prints 'Account.Email' through its own ToString or is not partial: make 'Account' partial without a ToString of its own so that the generated ToString redacts, or write a non-classified member such as the subject id instead"));

    [Fact]
    public Task A_lambda_parameter_passed_by_a_method_whose_delegate_carries_the_customer()
        => Verify.VerifyAsync(
            """
            using System;
            using Microsoft.Extensions.Logging;

            public delegate void CustomerVisitor(Customer visited);

            public class Registry
            {
                public void Visit(CustomerVisitor visitor) { }
            }

            public class Service
            {
                public void Run(Registry registry, ILogger logger)
                    => registry.Visit(visited => logger.LogInformation("{Visited}", {|#0:visited|}));
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("visited", "master", "ILogger.LogInformation", CustomerObjectFix));
}
