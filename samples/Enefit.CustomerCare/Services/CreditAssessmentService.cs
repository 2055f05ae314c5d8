using Enefit.CustomerCare.Data;
using Enefit.CustomerCare.Domain;
using Enefit.DataClassification;
using Microsoft.EntityFrameworkCore;

namespace Enefit.CustomerCare.Services;

public enum CreditRating
{
    Good,
    Watch,
    Poor,
}

public sealed record CreditAssessment(string CustomerId, CreditRating Rating);

/// <summary>Assesses creditworthiness from payment discipline and debts (§6.1.13): a contract purpose.</summary>
[ProcessingPurpose(Purpose.CreditAssessment)]
public sealed class CreditAssessmentService(CustomerCareDb db)
{
    public IReadOnlyList<CreditAssessment> AssessAll(DateOnly today)
        => db.Customers.AsNoTracking().Include(c => c.Invoices).AsEnumerable()
            .Select(c => new CreditAssessment(c.Id, Rate(c.PaymentDiscipline, c.Invoices.Any(i => !i.Paid && i.DueDate < today))))
            .ToList();

    private static CreditRating Rate(PaymentDiscipline discipline, bool hasOverdueDebt)
        => hasOverdueDebt || discipline == PaymentDiscipline.Defaulting ? CreditRating.Poor
            : discipline == PaymentDiscipline.OccasionallyLate ? CreditRating.Watch
            : CreditRating.Good;
}
