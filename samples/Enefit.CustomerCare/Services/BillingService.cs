using Enefit.CustomerCare.Data;
using Enefit.CustomerCare.Domain;
using Enefit.CustomerCare.Logging;
using Enefit.DataClassification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Enefit.CustomerCare.Services;

public sealed record BillingRun(int InvoicesIssued, decimal Total);

/// <summary>
/// Computes charges and issues invoices (§6.1.4). A contract purpose: it reads master and communication data
/// without consent (§6.3), and may not read the interest profile (§7.4): the analyzers would report EDC0002.
/// </summary>
[ProcessingPurpose(Purpose.Billing)]
public sealed class BillingService(CustomerCareDb db, ILogger<BillingService> logger)
{
    public BillingRun IssueInvoices(DateOnly month)
    {
        var customers = db.Customers.Include(c => c.Contracts).Include(c => c.Readings).Include(c => c.Invoices).ToList();
        var total = 0m;
        foreach (var customer in customers)
        {
            var contract = customer.Contracts[0];
            var kwh = customer.Readings.Where(r => r.Month == month).Sum(r => r.Kwh);
            var amount = Math.Round(contract.MonthlyFee + (kwh * contract.PricePerKwh), 2);
            customer.Invoices.Add(new Invoice { Period = month, DueDate = month.AddMonths(1).AddDays(14), Amount = amount });

            // The e-mail goes to the log through a [MasterData] parameter: the redactor replaces it (§3.2).
            Log.InvoiceIssued(logger, customer.Id, customer.Email, amount);
            total += amount;
        }

        db.SaveChanges();
        return new BillingRun(customers.Count, total);
    }
}
