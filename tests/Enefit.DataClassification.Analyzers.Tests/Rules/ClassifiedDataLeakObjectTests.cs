using static Enefit.DataClassification.Analyzers.Tests.Rules.LeakTestModel;
using Verify = Enefit.DataClassification.Analyzers.Tests.Verifiers.TelemetryAnalyzerVerifier<Enefit.DataClassification.Analyzers.Rules.ClassifiedDataLeakAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

/// <summary>
/// EDC0006 for whole objects: a type with classified members leaks when it prints through its own ToString or is not
/// partial, and is fine when the generator's redacting ToString or PrintMembers prints it.
/// </summary>
public sealed class ClassifiedDataLeakObjectTests
{
    /// <summary>Appended to <see cref="LeakTestModel.Customer"/>, whose file imports Enefit.DataClassification.</summary>
    private const string Models = """
        public partial class RedactedCustomer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData] public string Email { get; set; } = "";
        }

        public partial class SelfPrintedCustomer
        {
            [MasterData] public string Email { get; set; } = "";
            public override string ToString() => Email;
        }

        public partial record RedactedContact([property: CommunicationData] string Phone);

        public partial record SelfPrintedContact([property: CommunicationData] string Phone)
        {
            protected virtual bool PrintMembers(System.Text.StringBuilder builder) { builder.Append(Phone); return true; }
        }

        public record Order(string Number, Customer Buyer);

        public record RedactedOrder(string Number, RedactedCustomer Buyer);

        public class Invoice
        {
            public Customer Payer { get; set; } = new();
        }

        [MarketingOnly]
        public class InterestProfile
        {
            public string Summary { get; set; } = "";
        }
        """;

    [Fact]
    public Task A_type_that_is_not_partial_leaks_its_members_when_logged_whole()
        => Verify.VerifyAsync(
            """
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation("Customer {Customer}", {|#0:c|});
                    Console.WriteLine({|#1:c.ToString()|});
                    Console.WriteLine({|#2:$"{c}"|});
                }
            }
            """,
            Customer + "\n" + Models,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("c", "master", "ILogger.LogInformation", CustomerObjectFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("c", "master", "Console.WriteLine", CustomerObjectFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("c", "master", "Console.WriteLine", CustomerObjectFix));

    [Fact]
    public Task Partial_types_the_generator_prints_redacted_are_fine()
        => Verify.VerifyAsync(
            """
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, RedactedCustomer c, RedactedContact contact, RedactedOrder order)
                {
                    logger.LogInformation("Customer {Customer}", c);
                    Console.WriteLine(c.ToString());
                    Console.WriteLine($"{contact} {order}");
                    throw new InvalidOperationException("Bad customer " + c);
                }
            }
            """,
            Customer + "\n" + Models);

    [Fact]
    public Task Own_ToString_or_PrintMembers_a_record_printing_a_leaking_member_and_a_type_level_category_leak()
        => Verify.VerifyAsync(
            """
            using System;

            public class Service
            {
                public void Run(SelfPrintedCustomer c, SelfPrintedContact contact, Order order, InterestProfile profile)
                {
                    Console.WriteLine({|#0:c|});
                    Console.WriteLine({|#1:contact|});
                    Console.WriteLine({|#2:order|});
                    Console.WriteLine({|#3:profile|});
                }
            }
            """,
            Customer + "\n" + Models,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("c", "master", "Console.WriteLine",
                "'SelfPrintedCustomer' prints 'SelfPrintedCustomer.Email' through its own ToString or is not partial: make 'SelfPrintedCustomer' partial without a ToString of its own so that the generated ToString redacts, or write a non-classified member such as the subject id instead"),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("contact", "communication", "Console.WriteLine",
                "'SelfPrintedContact' prints 'SelfPrintedContact.Phone' through its own ToString or is not partial: make 'SelfPrintedContact' partial without a ToString of its own so that the generated ToString redacts, or write a non-classified member such as the subject id instead"),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("order", "master", "Console.WriteLine", CustomerObjectFix),
            Verify.Diagnostic("EDC0006").WithLocation(3).WithArguments("profile", "marketing-only", "Console.WriteLine", ValueFix));

    [Fact]
    public Task A_nested_type_in_a_type_that_is_not_partial_gets_no_generated_ToString()
        => Verify.VerifyAsync(
            """
            using System;

            public static class Containers
            {
                public partial class Nested
                {
                    [Enefit.DataClassification.MasterData] public string Email { get; set; } = "";
                }
            }

            public partial class Holder
            {
                public partial class Nested
                {
                    [Enefit.DataClassification.MasterData] public string Email { get; set; } = "";
                }
            }

            public class Service
            {
                public void Run(Containers.Nested leaking, Holder.Nested redacted)
                {
                    Console.WriteLine({|#0:leaking|});
                    Console.WriteLine(redacted);
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("leaking", "master", "Console.WriteLine",
                "'Containers.Nested' prints 'Containers.Nested.Email' through its own ToString or is not partial: make 'Containers.Nested' partial without a ToString of its own so that the generated ToString redacts, or write a non-classified member such as the subject id instead"));

    [Fact]
    public Task A_file_local_partial_type_gets_no_generated_ToString()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;
            using Microsoft.Extensions.Logging;

            file partial class LocalCustomer
            {
                [MasterData] public string Email { get; set; } = "";
            }

            public partial class SharedCustomer
            {
                [MasterData] public string Email { get; set; } = "";
            }

            file class Service
            {
                public void Run(ILogger logger, LocalCustomer local, SharedCustomer shared)
                {
                    logger.LogInformation("{C}", {|#0:local|});
                    logger.LogInformation("{C}", shared);
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("local", "master", "ILogger.LogInformation",
                "'LocalCustomer' prints 'LocalCustomer.Email' through its own ToString or is not partial: make 'LocalCustomer' partial without a ToString of its own so that the generated ToString redacts, or write a non-classified member such as the subject id instead"));

    [Fact]
    public Task A_class_that_only_references_a_leaking_type_prints_its_name_and_is_fine()
        => Verify.VerifyAsync(
            """
            using System;

            public class Service
            {
                public void Run(Invoice invoice) => Console.WriteLine(invoice);
            }
            """,
            Customer + "\n" + Models);

    [Fact]
    public Task Sequences_of_leaking_objects_leak_and_their_non_classified_members_do_not()
        => Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, List<Customer> customers, Customer[] array)
                {
                    logger.LogInformation("{Customers}", {|#0:customers|});
                    logger.LogInformation("{Customers}", {|#1:array|});
                    logger.LogInformation("{First}", {|#2:customers[0]|});
                    logger.LogInformation("{Count} {Id}", customers.Count, array[0].Id);
                    logger.LogInformation("{Ids}", string.Join(",", customers.Select(c => c.Id)));
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("customers", "master", "ILogger.LogInformation", CustomerObjectFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("array", "master", "ILogger.LogInformation", CustomerObjectFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("customers", "master", "ILogger.LogInformation", CustomerObjectFix));

    [Fact]
    public Task The_generators_ToString_in_its_own_file_does_not_count_as_the_types_own()
        => Verify.VerifyAsync(
            """
            using System;

            public class Service
            {
                public void Run(RedactedCustomer c) => Console.WriteLine(c);
            }
            """,
            [
                ("Shared.cs", Customer + "\n" + Models),
                ("RedactedCustomer.DataClassification.g.cs", """
                    public partial class RedactedCustomer
                    {
                        public override string ToString() => "RedactedCustomer { Id = " + Id + ", Email = *** }";
                    }
                    """),
            ]);

    [Fact]
    public Task A_ToString_marked_as_the_generators_code_does_not_count_as_the_types_own()
        => Verify.VerifyAsync(
            """
            using System;

            public class Service
            {
                public void Run(RedactedCustomer c) => Console.WriteLine(c);
            }

            public partial class RedactedCustomer
            {
                [System.CodeDom.Compiler.GeneratedCode("Enefit.DataClassification.Generators", "1.0.0")]
                public override string ToString() => "RedactedCustomer { Id = " + Id + ", Email = *** }";
            }
            """,
            Customer + "\n" + Models);

    [Fact]
    public Task A_partial_class_whose_base_sealed_ToString_gets_no_generated_ToString()
        => Verify.VerifyAsync(
            """
            using System;

            public class Named
            {
                public sealed override string ToString() => "named";
            }

            public partial class SealedPrinting : Named
            {
                [Enefit.DataClassification.MasterData] public string Email { get; set; } = "";
            }

            public class Service
            {
                public void Run(SealedPrinting value) => Console.WriteLine({|#0:value|});
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("value", "master", "Console.WriteLine",
                "'SealedPrinting' prints 'SealedPrinting.Email' through its own ToString or is not partial: make 'SealedPrinting' partial without a ToString of its own so that the generated ToString redacts, or write a non-classified member such as the subject id instead"));
}
