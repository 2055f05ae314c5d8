using static Enefit.DataClassification.Analyzers.Tests.Rules.LeakTestModel;
using Verify = Enefit.DataClassification.Analyzers.Tests.Verifiers.TelemetryAnalyzerVerifier<Enefit.DataClassification.Analyzers.Rules.ClassifiedDataLeakAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

/// <summary>
/// EDC0006 follows data inside a method: each flow step carries classified data to the sink, and the same step over a
/// non-classified value (<c>c.Region</c>, the subject id <c>c.Id</c>) carries nothing.
/// </summary>
public sealed class ClassifiedDataLeakFlowTests
{
    [Fact]
    public Task A_local_carries_its_value_and_is_reported_at_the_argument_with_the_origin_member()
        => Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    var email = c.Email;
                    var region = c.Region;
                    logger.LogInformation("{Email}", {|#0:email|});
                    logger.LogInformation("{Region}", region);
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ValueFix));

    [Fact]
    public Task A_local_reassigned_from_a_clean_value_is_clean_and_reassigned_from_data_is_not()
        => Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    var text = c.Email;
                    text = c.Id;
                    logger.LogInformation(text);
                    text = "Debt " + c.Debt;
                    logger.LogInformation({|#0:text|});
                    text = string.Empty;
                    logger.LogInformation(text);
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Debt", "communication", "ILogger.LogInformation", ValueFix));

    [Fact]
    public Task Interpolation_concatenation_Format_Concat_and_Join_carry_data()
        => Verify.VerifyAsync(
            """
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    var interpolated = $"Customer {c.Email}";
                    var concatenated = "Customer " + c.Email + "!";
                    var formatted = string.Format("Customer {0}", c.Interests);
                    var concat = string.Concat("Debt ", c.Debt.ToString());
                    var joined = string.Join(", ", c.Id, c.Email);
                    Console.WriteLine({|#0:interpolated|});
                    Console.WriteLine({|#1:concatenated|});
                    Console.WriteLine({|#2:formatted|});
                    Console.WriteLine({|#3:concat|});
                    Console.WriteLine({|#4:joined|});
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("Customer.Interests", "marketing-only", "Console.WriteLine", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(3).WithArguments("Customer.Debt", "communication", "Console.WriteLine", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(4).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix));

    [Fact]
    public Task The_same_string_building_over_clean_values_reports_nothing()
        => Verify.VerifyAsync(
            """
            using System;
            using System.Text;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    var interpolated = $"Customer {c.Id} in {c.Region}";
                    var concatenated = "Customer " + c.Id + "!";
                    var formatted = string.Format("Customer {0}", c.Region);
                    var concat = string.Concat("Length ", c.Email.Length.ToString());
                    var joined = string.Join(", ", c.Id, c.Region);
                    var builder = new StringBuilder().Append(c.Id).AppendLine(c.Region);
                    Console.WriteLine(interpolated);
                    Console.WriteLine(concatenated);
                    Console.WriteLine(formatted);
                    Console.WriteLine(concat);
                    Console.WriteLine(joined);
                    logger.LogInformation(builder.ToString());
                    logger.LogInformation("{Pair} {Shape}", (c.Id, c.Region), new { c.Id, Known = c.Email != null });
                    logger.LogInformation("{Id} {Region}", c.Id, c.Region.ToUpperInvariant());
                }
            }
            """,
            Customer);

    [Fact]
    public Task ToString_of_a_classified_value_carries_it()
        => Verify.VerifyAsync(
            """
            using System;

            public class Service
            {
                public void Run(Customer c)
                {
                    var debt = c.Debt.ToString("N2");
                    Console.WriteLine({|#0:debt|});
                    Console.WriteLine({|#1:c.Email.ToUpperInvariant()|});
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Debt", "communication", "Console.WriteLine", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix));

    [Fact]
    public Task A_field_or_auto_property_of_the_object_or_a_static_one_carries_what_the_method_stored_in_it()
        => Verify.VerifyAsync(
            """
            using System.Text;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                private static string s_shared = "";
                private readonly StringBuilder _builder = new();
                private readonly Other _other = new();
                private string _last = "";

                public string Last { get; set; } = "";

                public string Masked { get => "***"; set { } }

                public void Run(ILogger logger, Customer c)
                {
                    _last = c.Email;
                    logger.LogInformation({|#0:_last|});
                    this._last = c.Region;
                    logger.LogInformation(_last);
                    s_shared = "Debt " + c.Debt;
                    logger.LogInformation({|#1:Service.s_shared|});
                    _builder.Append(c.Interests);
                    logger.LogInformation({|#2:_builder.ToString()|});
                    _other.Text = c.Email;
                    logger.LogInformation(_other.Text);
                    Last = c.Email;
                    logger.LogInformation({|#3:this.Last|});
                    Masked = c.Email;
                    logger.LogInformation(Masked);
                }

                public void Later(ILogger logger) => logger.LogInformation(_last);
            }

            public class Other { public string Text = ""; }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Debt", "communication", "ILogger.LogInformation", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("Customer.Interests", "marketing-only", "ILogger.LogInformation", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(3).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ValueFix));

    [Fact]
    public Task StringBuilder_Append_chains_write_into_the_builder_and_its_ToString()
        => Verify.VerifyAsync(
            """
            using System.Text;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    var builder = new StringBuilder("Customer ");
                    builder.Append(c.Id).Append(" <").Append(c.Email).Append('>');
                    logger.LogInformation({|#0:builder.ToString()|});

                    var other = new StringBuilder();
                    other.AppendLine(c.Region);
                    logger.LogInformation(other.ToString());
                    other.AppendFormat("{0}", c.Interests);
                    logger.LogInformation({|#1:other.ToString()|});
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Interests", "marketing-only", "ILogger.LogInformation", ValueFix));

    [Fact]
    public Task Tuples_anonymous_objects_and_arrays_passed_as_arguments_carry_their_parts()
        => Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation("{Pair}", {|#0:(c.Id, c.Email)|});
                    logger.LogInformation("{Shape}", {|#1:new { c.Id, Mail = c.Email }|});
                    var values = new object[] { c.Id, c.Debt };
                    logger.LogInformation("{Id} {Debt}", {|#2:values|});
                    using var scope = logger.BeginScope({|#3:new[] { new System.Collections.Generic.KeyValuePair<string, object>("Interests", c.Interests) }|});
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("Customer.Debt", "communication", "ILogger.LogInformation", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(3).WithArguments("Customer.Interests", "marketing-only", "ILogger.BeginScope", ValueFix));

    [Fact]
    public Task Collections_filled_by_Add_or_an_initializer_carry_what_they_hold()
        => Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    var scope = new Dictionary<string, object> { ["Email"] = c.Email };
                    using (logger.BeginScope({|#0:scope|}))
                    {
                    }

                    var ids = new List<string>();
                    ids.Add(c.Id);
                    logger.LogInformation(string.Join(",", ids));
                    ids.Add(c.Email);
                    logger.LogInformation({|#1:string.Join(",", ids)|});
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "ILogger.BeginScope", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ValueFix));

    [Fact]
    public Task Data_assigned_on_one_branch_reaches_the_sink_after_the_join_and_in_a_loop()
        => Verify.VerifyAsync(
            """
            using System;

            public class Service
            {
                public void Run(Customer c, bool verbose, string[] names)
                {
                    var text = c.Id;
                    if (verbose)
                    {
                        text = c.Email;
                    }

                    Console.WriteLine({|#0:text|});

                    var last = "";
                    foreach (var name in names)
                    {
                        Console.WriteLine({|#1:last|});
                        last = name + c.Interests;
                    }
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Interests", "marketing-only", "Console.WriteLine", ValueFix));

    [Fact]
    public Task Conditional_and_coalescing_expressions_carry_either_side()
        => Verify.VerifyAsync(
            """
            using System;

            public class Service
            {
                public void Run(Customer c, Customer? other, bool preferMail)
                {
                    Console.WriteLine({|#0:preferMail ? c.Email : c.Id|});
                    Console.WriteLine({|#1:other?.Email ?? c.Id|});
                    Console.WriteLine(preferMail ? c.Region : c.Id);
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix));

    [Fact]
    public Task Lambdas_see_the_data_captured_where_they_are_made_and_local_functions_see_their_method()
        => Verify.VerifyAsync(
            """
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c)
                {
                    var email = c.Email;
                    Action log = () => logger.LogInformation({|#0:email|});
                    Action<string> write = text => Console.WriteLine(text);
                    log();
                    write(c.Id);
                    Report();

                    void Report() => Console.WriteLine({|#1:email|});
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix));

    [Fact]
    public Task Data_logged_in_a_catch_block_after_the_try_assigned_it_is_reported()
        => Verify.VerifyAsync(
            """
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer c, Func<string, int> send)
                {
                    var target = "";
                    try
                    {
                        target = c.Email;
                        send(target);
                    }
                    catch (Exception error)
                    {
                        logger.LogError(error, "Send to {Target} failed", {|#0:target|});
                        throw new InvalidOperationException("Send failed for " + c.Id, error);
                    }
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "ILogger.LogError", ValueFix));

    [Fact]
    public Task A_classified_parameter_is_data_inside_its_method_until_reassigned()
        => Verify.VerifyAsync(
            """
            using System;
            using Enefit.DataClassification;

            public class Service
            {
                public void Notify([MasterData] string email, string channel)
                {
                    Console.WriteLine({|#0:email|});
                    Console.WriteLine(channel);
                    email = "hidden";
                    Console.WriteLine(email);
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("email", "master", "Console.WriteLine", ValueFix));

    /// <summary>
    /// The body is analysed from its first sink, here inside a lambda and a local function: the flow still starts from
    /// the member's own parameters and reaches the sink after them.
    /// </summary>
    [Fact]
    public Task A_body_whose_first_sink_is_in_a_lambda_is_analysed_as_the_whole_member()
        => Verify.VerifyAsync(
            """
            using System;
            using Enefit.DataClassification;

            public class Service
            {
                public Action Notify([MasterData] string email, Customer c)
                {
                    Action first = () => Console.WriteLine({|#0:email|});
                    void Later() => Console.WriteLine({|#1:c.Email|});
                    Later();
                    Console.WriteLine({|#2:email|});
                    return first;
                }
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("email", "master", "Console.WriteLine", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "Console.WriteLine", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(2).WithArguments("email", "master", "Console.WriteLine", ValueFix));

    [Fact]
    public Task Field_initializers_and_expression_bodied_members_are_analysed()
        => Verify.VerifyAsync(
            """
            using System;

            public class Service
            {
                private static readonly Customer Sample = new();
                private readonly Exception _error = new InvalidOperationException({|#0:Sample.Email|});

                public string Describe(Customer c) => throw new ArgumentException({|#1:c.Email|});
            }
            """,
            Customer,
            Verify.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "an exception message", ValueFix),
            Verify.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Email", "master", "an exception message", ValueFix));
}
