using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Fix = Enefit.DataClassification.CodeFixes.Tests.Verifiers.CodeFixVerifier<
    Enefit.DataClassification.Analyzers.Rules.ClassifiedDataLeakAnalyzer,
    Enefit.DataClassification.CodeFixes.RedactLeakCodeFix>;

namespace Enefit.DataClassification.CodeFixes.Tests.Rules;

/// <summary>The EDC0006 fix: wrap the leaking value in a redaction call with a redactor in scope.</summary>
public sealed class RedactLeakCodeFixTests
{
    private const string Customer = """

        public class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData] public string Email { get; set; } = "";
            [CommunicationData] public decimal Debt { get; set; }
        }
        """;

    private const string Usings = """
        using Enefit.DataClassification;
        using Microsoft.Extensions.Compliance.Redaction;
        using Microsoft.Extensions.Logging;

        """;

    [Fact]
    public Task A_Redactor_parameter_wraps_each_leaking_argument_and_fix_all_wraps_them_all()
        => VerifyAsync(
            Usings + """
            public class Service
            {
                public void Run(ILogger logger, Redactor redactor, Customer c)
                {
                    logger.LogInformation("{Email} {Id}", {|#0:c.Email|}, c.Id);
                    var debt = c.Debt;
                    logger.LogWarning("Debt {Debt}", {|#1:debt|} /* owed */);
                }
            }
            """ + Customer,
            Usings + """
            public class Service
            {
                public void Run(ILogger logger, Redactor redactor, Customer c)
                {
                    logger.LogInformation("{Email} {Id}", redactor.Redact(c.Email), c.Id);
                    var debt = c.Debt;
                    logger.LogWarning("Debt {Debt}", redactor.Redact(debt) /* owed */);
                }
            }
            """ + Customer,
            Fix.Diagnostic("EDC0006").WithLocation(0).WithArguments("Customer.Email", "master", "ILogger.LogInformation", ClassifiedDataLeakAnalyzer.ValueFix),
            Fix.Diagnostic("EDC0006").WithLocation(1).WithArguments("Customer.Debt", "communication", "ILogger.LogWarning", ClassifiedDataLeakAnalyzer.ValueFix));

    [Fact]
    public Task An_IRedactorProvider_field_gets_the_redactor_for_the_values_category()
        => VerifyAsync(
            Usings + """
            public class Service(ILogger<Service> logger)
            {
                private readonly IRedactorProvider _redactors = NullRedactorProvider.Instance;

                public void Run(Customer c)
                {
                    logger.LogInformation("{Email}", {|EDC0006:c.Email|});
                    throw new System.InvalidOperationException({|EDC0006:"Debt " + c.Debt|});
                }
            }
            """ + Customer,
            Usings + """
            public class Service(ILogger<Service> logger)
            {
                private readonly IRedactorProvider _redactors = NullRedactorProvider.Instance;

                public void Run(Customer c)
                {
                    logger.LogInformation("{Email}", _redactors.GetRedactor(EnefitTaxonomy.MasterData).Redact(c.Email));
                    throw new System.InvalidOperationException(_redactors.GetRedactor(EnefitTaxonomy.CommunicationData).Redact("Debt " + c.Debt));
                }
            }
            """ + Customer);

    [Fact]
    public Task A_Redactor_is_preferred_to_a_provider_and_a_local_to_a_member()
        => VerifyAsync(
            Usings + """
            public class Service
            {
                private Redactor Fallback { get; } = NullRedactor.Instance;

                public void Run(ILogger logger, IRedactorProvider provider, Customer c)
                {
                    logger.LogInformation("{Email}", {|EDC0006:c.Email|});
                    var masking = provider.GetRedactor(EnefitTaxonomy.MasterData);
                    logger.LogInformation("{Email}", {|EDC0006:c.Email|});
                }
            }
            """ + Customer,
            Usings + """
            public class Service
            {
                private Redactor Fallback { get; } = NullRedactor.Instance;

                public void Run(ILogger logger, IRedactorProvider provider, Customer c)
                {
                    logger.LogInformation("{Email}", Fallback.Redact(c.Email));
                    var masking = provider.GetRedactor(EnefitTaxonomy.MasterData);
                    logger.LogInformation("{Email}", masking.Redact(c.Email));
                }
            }
            """ + Customer);

    [Fact]
    public Task In_an_interpolated_string_only_the_classified_holes_are_redacted_each_with_its_category()
        => VerifyAsync(
            Usings + """
            public class Service(IRedactorProvider redactors)
            {
                public void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation({|EDC0006:$"Customer {c.Id} <{c.Email}> owes {c.Debt:N2}"|});
                    var mail = c.Email;
                    System.Console.WriteLine({|EDC0006:$"Mail {mail}"|});
                }
            }
            """ + Customer,
            Usings + """
            public class Service(IRedactorProvider redactors)
            {
                public void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation($"Customer {c.Id} <{redactors.GetRedactor(EnefitTaxonomy.MasterData).Redact(c.Email)}> owes {redactors.GetRedactor(EnefitTaxonomy.CommunicationData).Redact(c.Debt):N2}");
                    var mail = c.Email;
                    System.Console.WriteLine(redactors.GetRedactor(EnefitTaxonomy.MasterData).Redact($"Mail {mail}"));
                }
            }
            """ + Customer);

    [Fact]
    public Task No_fix_without_a_redactor_in_scope_or_with_only_an_instance_member_in_a_static_method()
    {
        var source = Usings + """
            public class Service
            {
                private readonly Redactor _redactor = NullRedactor.Instance;

                public static void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation("{Email}", {|EDC0006:c.Email|});
                    var later = NullRedactor.Instance;
                }
            }

            public static class Other
            {
                public static void Run(ILogger logger, Customer c) => logger.LogInformation("{Email}", {|EDC0006:c.Email|});
            }
            """ + Customer;
        return VerifyAsync(source, source);
    }

    private static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Fix.Test { TestCode = source, FixedCode = fixedSource };
        TestReferences.AddTelemetryTo(test.TestState);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
