using Enefit.CustomerCare.Data;
using Enefit.CustomerCare.Logging;
using Enefit.DataClassification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Enefit.CustomerCare.Services;

/// <summary>What a debt collector receives: the task it may use the data for is named with it (§9.2).</summary>
public sealed record DebtHandOver(string CustomerId, decimal Amount, Purpose Purpose);

/// <summary>Hands overdue debts to a collector (§6.1.12): a contract purpose, no consent needed.</summary>
[ProcessingPurpose(Purpose.DebtCollection)]
public sealed class DebtCollectionService(CustomerCareDb db, ILogger<DebtCollectionService> logger)
{
    public IReadOnlyList<DebtHandOver> HandOverOverdueDebts(DateOnly today)
    {
        var handOvers = new List<DebtHandOver>();
        foreach (var customer in db.Customers.Include(c => c.Invoices).ToList())
        {
            var overdue = customer.Invoices.Where(i => !i.Paid && i.DueDate < today).Sum(i => i.Amount);
            if (overdue == 0)
            {
                continue;
            }

            handOvers.Add(new DebtHandOver(customer.Id, overdue, Purpose.DebtCollection));
            Log.DebtHandedOver(logger, customer.Id, Purpose.DebtCollection, customer.FirstName + " " + customer.LastName);
        }

        return handOvers;
    }
}
