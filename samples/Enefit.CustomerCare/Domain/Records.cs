namespace Enefit.CustomerCare.Domain;

/// <summary>A supply contract (§6.3.2).</summary>
public class Contract
{
    public int Id { get; set; }

    public string CustomerId { get; set; } = "";

    public string Product { get; set; } = "";

    public decimal MonthlyFee { get; set; }

    public decimal PricePerKwh { get; set; }
}

/// <summary>An invoice and whether it was paid (§6.3.2).</summary>
public class Invoice
{
    public int Id { get; set; }

    public string CustomerId { get; set; } = "";

    public DateOnly Period { get; set; }

    public DateOnly DueDate { get; set; }

    public decimal Amount { get; set; }

    public bool Paid { get; set; }
}

/// <summary>A month's metered consumption (§6.3.2).</summary>
public class MeterReading
{
    public int Id { get; set; }

    public string CustomerId { get; set; } = "";

    public DateOnly Month { get; set; }

    public decimal Kwh { get; set; }
}

public enum CustomerSegment
{
    Household,
    SmallBusiness,
}

/// <summary>How the client pays (§6.1.13 assesses it).</summary>
public enum PaymentDiscipline
{
    Punctual,
    OccasionallyLate,
    Defaulting,
}
