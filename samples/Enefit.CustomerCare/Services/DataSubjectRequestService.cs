using System.Text.Encodings.Web;
using System.Text.Json;
using Enefit.CustomerCare.Data;
using Enefit.DataClassification;
using Microsoft.EntityFrameworkCore;

namespace Enefit.CustomerCare.Services;

public sealed record DataExport(string Path, int Entries, IReadOnlyDictionary<DataCategory, int> ByCategory);

/// <summary>
/// Answers a client's request for a copy of its data (§11.1: access and portability). Serving the client is a
/// contract purpose (§6.1.3); the generated <c>ExportPersonalData()</c> lists every classified member.
/// </summary>
[ProcessingPurpose(Purpose.CustomerService)]
public sealed class DataSubjectRequestService(CustomerCareDb db)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public DataExport Export(string customerId, string folder)
    {
        var customer = db.Customers.AsNoTracking()
            .Include(c => c.Contracts).Include(c => c.Invoices).Include(c => c.Readings)
            .Single(c => c.Id == customerId);
        var entries = customer.ExportPersonalData();

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, customerId + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(
            entries.Select(e => new { e.MemberName, Category = e.Category.ToString(), e.Kind, e.Value }), Json));

        return new DataExport(path, entries.Count, entries.GroupBy(e => e.Category).ToDictionary(g => g.Key, g => g.Count()));
    }
}
