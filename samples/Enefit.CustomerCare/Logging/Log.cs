using Enefit.DataClassification;
using Microsoft.Extensions.Logging;

namespace Enefit.CustomerCare.Logging;

/// <summary>
/// The sample's log messages. A parameter that carries a category attribute is redacted by Microsoft's logging
/// generator and the redactors configured in <c>Program</c>, so classified values never reach the log (§3.2, §3.3).
/// </summary>
public static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Invoice of {Amount} EUR issued to {CustomerId} <{Email}>")]
    public static partial void InvoiceIssued(ILogger logger, string customerId, [MasterData] string email, decimal amount);

    [LoggerMessage(2, LogLevel.Information, "Overdue debt of {CustomerId} handed to the collector for {Purpose}; debtor {Name}")]
    public static partial void DebtHandedOver(ILogger logger, string customerId, Purpose purpose, [MasterData] string name);

    [LoggerMessage(3, LogLevel.Information, "Offer sent to {CustomerId} by {Channel} at {Address}")]
    public static partial void OfferSent(ILogger logger, string customerId, ElectronicChannel channel, [MasterData] string address);
}
