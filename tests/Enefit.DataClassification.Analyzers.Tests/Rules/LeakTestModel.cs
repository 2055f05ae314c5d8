namespace Enefit.DataClassification.Analyzers.Tests.Rules;

/// <summary>The declarations the leak tests share: a customer whose type prints its members unredacted.</summary>
internal static class LeakTestModel
{
    /// <summary>
    /// <c>Customer</c> is not partial, so the generator gives it no redacting ToString; <c>Region</c> is not classified
    /// and <c>Id</c> is the subject id.
    /// </summary>
    public const string Customer = """
        using Enefit.DataClassification;

        public class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData] public string Email { get; set; } = "";
            [CommunicationData] public decimal Debt { get; set; }
            [MarketingOnly] public string Interests { get; set; } = "";
            public string Region { get; set; } = "";
        }
        """;

    /// <summary>A fake of Serilog's surface, found by metadata name as the real one would be.</summary>
    public const string CustomerAndSerilog = Customer + """

        namespace Serilog
        {
            public interface ILogger
            {
                void Information(string messageTemplate, params object?[]? propertyValues);
                ILogger ForContext(string propertyName, object? value, bool destructureObjects = false);
            }

            public static class Log
            {
                public static void Warning(string messageTemplate, params object?[]? propertyValues) { }
            }
        }
        """;

    public const string ValueFix =
        "redact it (Microsoft.Extensions.Compliance.Redaction), write a non-classified member such as the subject id instead, or pass it to a [LoggerMessage] parameter that carries its classification";

    public const string CustomerObjectFix =
        "'Customer' prints 'Customer.Email' through its own ToString or is not partial: make 'Customer' partial without a ToString of its own so that the generated ToString redacts, or write a non-classified member such as the subject id instead";
}
