using Enefit.CustomerCare.Data;
using Enefit.CustomerCare.Logging;
using Enefit.CustomerCare.Messaging;
using Enefit.CustomerCare.Services;
using Enefit.DataClassification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// An energy retailer's customer care, one service per purpose of the Principles. Each step prints what it did and
// what the Principles did not let it do. Nothing here prints a classified value: ids, counts and amounts only.
var workFolder = Path.Combine(AppContext.BaseDirectory, "customercare");
Directory.CreateDirectory(workFolder);
var databasePath = Path.Combine(workFolder, "customercare.db");
var today = new DateOnly(2026, 11, 10);

var services = new ServiceCollection();
services.AddLogging(logging => logging
    .ClearProviders()
    .AddProvider(new WalkthroughLoggerProvider())
    .AddFilter("Microsoft", LogLevel.Warning)
    .EnableRedaction());

// Each category is its own classification set: a value classified as master data gets the redactor of that set.
services.AddRedaction(redaction => redaction.SetRedactor<BracketRedactor>(
    new DataClassificationSet(EnefitTaxonomy.MasterData),
    new DataClassificationSet(EnefitTaxonomy.CommunicationData),
    new DataClassificationSet(EnefitTaxonomy.MarketingOnly)));
services.AddDbContext<CustomerCareDb>(options => options.UseSqlite(
    "Data Source=" + databasePath,
    sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
services.AddSingleton<IConsentRegistry, InMemoryConsentRegistry>();
services.AddSingleton<OfferOutbox>();
services.AddScoped<BillingService>();
services.AddScoped<DebtCollectionService>();
services.AddScoped<CreditAssessmentService>();
services.AddScoped<CampaignService>();
services.AddScoped<NewsletterService>();
services.AddScoped<DataSubjectRequestService>();

await using var provider = services.BuildServiceProvider();
using var scope = provider.CreateScope();
var scoped = scope.ServiceProvider;

var db = scoped.GetRequiredService<CustomerCareDb>();
db.Database.EnsureDeleted();
db.Database.EnsureCreated();
SeedData.Fill(db, scoped.GetRequiredService<IConsentRegistry>(), new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
db.ChangeTracker.Clear();

Console.WriteLine("Enefit customer care: a walk through the customer-data Principles");
Console.WriteLine($"Database {Path.GetFileName(databasePath)} created and seeded with {db.Customers.Count()} clients.");

Step("1. Billing (§6.1.4), a contract purpose: no consent needed");
var billing = scoped.GetRequiredService<BillingService>().IssueInvoices(SeedData.BillingMonth);
Say($"{billing.InvoicesIssued} invoices issued, {billing.Total:0.00} EUR in total; e-mail addresses in the log are redacted (§3.2).");
Say("Not allowed: reading an interest profile for billing (§7.4); the compiler reports it as EDC0002.");

Step("2. Debt collection (§6.1.12)");
foreach (var handOver in scoped.GetRequiredService<DebtCollectionService>().HandOverOverdueDebts(today))
{
    Say($"{handOver.CustomerId}: {handOver.Amount:0.00} EUR handed to the collector, for {handOver.Purpose} only (§9.2).");
}

Step("3. Credit assessment (§6.1.13)");
Say(string.Join(", ", scoped.GetRequiredService<CreditAssessmentService>().AssessAll(today).Select(a => $"{a.CustomerId} {a.Rating}")));

Step("4. Personalised offers (§7.3.2), a marketing purpose: consent first (§7.1.2)");
var campaign = scoped.GetRequiredService<CampaignService>().Plan();
foreach (var offer in campaign.Offers)
{
    Say($"{offer.CustomerId}: {offer.Offer}");
}

Say($"Households in the consenting audience: {campaign.HouseholdAudience}.");
Say($"Not allowed: {string.Join(" and ", campaign.WithoutConsent)} gave no marketing consent, so their interest profiles were not read.");

Step("5. Monthly offer by e-mail (§7.3.3): consent, and no opt-out from e-mail (§8.1)");
var newsletter = scoped.GetRequiredService<NewsletterService>().SendMonthlyOffer("This month: 10% off the green electricity plan.");
Say($"{newsletter.Sent} e-mail(s) sent.");
foreach (var (customerId, reason) in newsletter.Skipped)
{
    Say($"Not allowed: {customerId}, {reason}.");
}

Step("6. The generated accessors guard the data at run time too");
var noConsent = db.Customers.AsNoTracking().Single(c => c.Id == "C-1002");
try
{
    noConsent.GetEmail(Purpose.PersonalizedOffers);
}
catch (DataProtectionException refused)
{
    Say("Asked for C-1002's e-mail for PersonalizedOffers without a consent proof:");
    Say("refused: " + refused.Message);
}

Say($"And ToString() of a client prints no classified value: {noConsent}");

Step("7. A data-subject request (§11.1): the client's copy of its data");
var export = scoped.GetRequiredService<DataSubjectRequestService>().Export("C-1001", Path.Combine(workFolder, "exports"));
Say($"{export.Entries} entries exported to {Path.GetRelativePath(AppContext.BaseDirectory, export.Path)}: "
    + string.Join(", ", export.ByCategory.Select(c => $"{c.Value} {c.Key}")) + ".");

Console.WriteLine();
Console.WriteLine("Done. The same rules are compile errors: build samples/Enefit.Violations to see each one.");

static void Step(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
}

static void Say(string line) => Console.WriteLine("   " + line);
