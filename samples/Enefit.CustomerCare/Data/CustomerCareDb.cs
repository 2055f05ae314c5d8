using Enefit.CustomerCare.Domain;
using Microsoft.EntityFrameworkCore;

namespace Enefit.CustomerCare.Data;

/// <summary>
/// The retailer's customer database: SQLite in a file beside the program, so the sample needs no server.
/// The model comes from conventions (foreign keys named <c>CustomerId</c>, the owned <see cref="InterestProfile"/>).
/// </summary>
public sealed class CustomerCareDb(DbContextOptions<CustomerCareDb> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Invoice> Invoices => Set<Invoice>();
}
