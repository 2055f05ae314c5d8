using Enefit.CustomerCare.Domain;
using Enefit.DataClassification;

namespace Enefit.CustomerCare.Data;

/// <summary>Four clients with the consent and opt-out history the walk-through needs. Writing data is not reading it.</summary>
public static class SeedData
{
    public static readonly DateOnly BillingMonth = new(2026, 10, 1);

    public static void Fill(CustomerCareDb db, IConsentRegistry consents, DateTimeOffset now)
    {
        db.Customers.AddRange(
            Household("C-1001", "Anna", "Bērziņa", "010190-11111", "anna@example.lv", 212m, PaymentDiscipline.Punctual, Interest.ElectricVehicle),
            Household("C-1002", "Jānis", "Kalniņš", "020285-22222", "janis@example.lv", 340m, PaymentDiscipline.Defaulting, Interest.None),
            Household("C-1003", "Līga", "Ozola", "030375-33333", "liga@example.lv", 158m, PaymentDiscipline.OccasionallyLate, Interest.SolarPanels | Interest.HeatPump),
            Household("C-1004", "Pēteris", "Liepa", "040460-44444", "peteris@example.lv", 96m, PaymentDiscipline.Punctual, Interest.HeatPump));
        db.SaveChanges();

        // §7.1.2: Anna and Līga consented to marketing; Pēteris consented and later withdrew (§7.2).
        consents.GrantMarketingConsent("C-1001", now.AddYears(-1));
        consents.GrantMarketingConsent("C-1003", now.AddMonths(-6));
        consents.GrantMarketingConsent("C-1004", now.AddMonths(-8));
        consents.WithdrawMarketingConsent("C-1004", now.AddMonths(-1));

        // §8.1: Līga forbids offers by e-mail, whatever her consent.
        consents.OptOut("C-1003", ElectronicChannel.Email);
    }

    private static Customer Household(
        string id, string firstName, string lastName, string personalCode, string email, decimal kwh,
        PaymentDiscipline discipline, Interest interests)
        => new()
        {
            Id = id,
            FirstName = firstName,
            LastName = lastName,
            PersonalCode = personalCode,
            BirthDate = new DateOnly(1990, 1, 1),
            Email = email,
            Phone = "+371 2000 0000",
            Address = "Rīga, Latvija",
            Language = "lv",
            PreferredChannel = ElectronicChannel.Email,
            Segment = CustomerSegment.Household,
            PaymentDiscipline = discipline,
            Interests = interests == Interest.None ? null : new InterestProfile
            {
                ElectricVehicle = interests.HasFlag(Interest.ElectricVehicle),
                SolarPanels = interests.HasFlag(Interest.SolarPanels),
                HeatPump = interests.HasFlag(Interest.HeatPump),
            },
            Contracts = [new Contract { Product = "Fixed price 24 months", MonthlyFee = 2.99m, PricePerKwh = 0.145m }],
            Readings = [new MeterReading { Month = BillingMonth, Kwh = kwh }],
            Invoices = discipline == PaymentDiscipline.Defaulting
                ? [new Invoice { Period = BillingMonth.AddMonths(-3), DueDate = BillingMonth.AddMonths(-2), Amount = 61.40m, Paid = false }]
                : [],
        };
}

/// <summary>What the seed says a client is interested in; only an <see cref="InterestProfile"/> holds it as data.</summary>
[Flags]
internal enum Interest
{
    None = 0,
    ElectricVehicle = 1,
    SolarPanels = 2,
    HeatPump = 4,
}
