using System.Globalization;

namespace Enefit.DataClassification.Benchmarks.Synthetic;

/// <summary>
/// Writes one service class. Most services are ordinary (no classified data); a contract-purpose service reads master
/// and communication data and logs some of it (the planted leaks); a marketing-purpose service reads marketing-only
/// data under each guard form of DESIGN.md ("what a check holds means").
/// </summary>
internal sealed class ServiceWriter
{
    private static readonly string[] ContractPurposes = ["ServiceDelivery", "CustomerService", "Billing", "ContractNotices"];
    private static readonly string[] MarketingPurposes = ["MarketingAnalysis", "PersonalizedOffers", "PersonalizedContent"];

    private readonly DeterministicRandom _random;
    private readonly string _runtimeNamespace;
    private readonly Dictionary<LeakForm, int> _leaks;
    private CodeWriter _code = new();
    private int _method;

    public ServiceWriter(DeterministicRandom random, string runtimeNamespace, Dictionary<LeakForm, int> leaks)
    {
        _random = random;
        _runtimeNamespace = runtimeNamespace;
        _leaks = leaks;
    }

    /// <summary>The kind of service, chosen once per service.</summary>
    public enum Kind
    {
        Ordinary,
        Contract,
        Marketing,
    }

    public (SyntheticFile File, Kind Kind) Write(string domain, int index, IReadOnlyList<EntityShape> entities)
    {
        var roll = _random.Next(100);
        var kind = roll < 62 ? Kind.Ordinary : roll < 84 ? Kind.Contract : Kind.Marketing;
        var entity = kind == Kind.Ordinary ? null : _random.Pick(entities);
        var name = domain.TrimEnd('s') + (kind == Kind.Ordinary ? "Workflow" : "Service") + index;
        var purpose = kind == Kind.Marketing ? _random.Pick(MarketingPurposes) : _random.Pick(ContractPurposes);
        _code = new CodeWriter();
        WriteHeader(domain, name, purpose, entity);
        var methods = 8 + _random.Next(7);
        for (var i = 0; i < methods; i++)
        {
            _method++;
            if (entity is null || _random.Percent(50))
            {
                WriteOrdinaryMethod();
            }
            else if (kind == Kind.Contract)
            {
                WriteContractMethod(entity);
            }
            else
            {
                WriteMarketingMethod(entity);
            }

            _code.Line();
        }

        _code.Line("public string Describe() => \"" + name + " v1\";").Close();
        return (new SyntheticFile("Retail/" + domain + "/" + name + ".cs", _code.ToString()), kind);
    }

    /// <summary>An edit inside a method body of an ordinary service: it changes nothing the generator looks at.</summary>
    public static SourceEdit UnrelatedEditOf(SyntheticFile ordinaryService)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(ordinaryService.Path);
        return new SourceEdit(ordinaryService.Path, "\"" + name + " v1\"", "\"" + name + " v2\"");
    }

    private void WriteHeader(string domain, string name, string purpose, EntityShape? entity)
    {
        foreach (var import in new[] { "System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Text",
                     "System.Threading", "System.Threading.Tasks", _runtimeNamespace, "Microsoft.Extensions.Logging" })
        {
            _code.Line("using " + import + ";");
        }

        if (entity is not null && entity.Domain != domain)
        {
            _code.Line("using Retail." + entity.Domain + ";");
        }

        _code.Line().Line("namespace Retail." + domain + ";").Line()
            .Line("[ProcessingPurpose(Purpose." + purpose + ")]")
            .Open("public sealed class " + name)
            .Line("private readonly ILogger _logger;")
            .Line("private readonly IConsentRegistry _consents;")
            .Line("private readonly Dictionary<string, decimal> _totals = new(StringComparer.Ordinal);")
            .Line("private readonly List<string> _outbox = new();")
            .Line("private int _processed;")
            .Line()
            .Open("public " + name + "(ILogger logger, IConsentRegistry consents)")
            .Line("_logger = logger;")
            .Line("_consents = consents;")
            .Close()
            .Line()
            .Line("public int Processed => _processed + _outbox.Count;")
            .Line();
    }

    private void WriteOrdinaryMethod()
    {
        var n = _method;
        var k = 2 + _random.Next(40);
        switch (_random.Next(8))
        {
            case 0:
                _code.Open($"public decimal Total{n}(IReadOnlyList<decimal> prices, int quantity)")
                    .Line("var total = 0m;")
                    .Open("for (var i = 0; i < prices.Count; i++)").Line("total += prices[i] * quantity;").Close()
                    .Line()
                    .Line($"return Math.Round(total * 1.{k:D2}m, 2);")
                    .Close();
                break;
            case 1:
                _code.Open($"public void Record{n}(string sku, decimal amount)")
                    .Open("if (_totals.TryGetValue(sku, out var current))").Line("_totals[sku] = current + amount;").Close()
                    .Open("else").Line("_totals.Add(sku, amount);").Close()
                    .Line()
                    .Line($"_processed += {k};")
                    .Close();
                break;
            case 2:
                _code.Line($"public int CountAbove{n}(IEnumerable<int> quantities, int threshold)")
                    .Line($"    => quantities.Where(q => q > threshold + {k}).Select(q => q * 2).Sum();");
                break;
            case 3:
                _code.Line($"public string Status{n}(int code) => code switch")
                    .Line("{")
                    .Line("    0 => \"pending\",")
                    .Line("    1 => \"confirmed\",")
                    .Line($"    {k} => \"special\",")
                    .Line("    _ => \"unknown\",")
                    .Line("};");
                break;
            case 4:
                _code.Open($"public async Task<int> Refresh{n}Async(CancellationToken cancellationToken)")
                    .Line("await Task.Yield();")
                    .Line("cancellationToken.ThrowIfCancellationRequested();")
                    .Line("_logger.LogDebug(\"Refreshed {Count} entries\", _totals.Count);")
                    .Line($"return _totals.Count + {k};")
                    .Close();
                break;
            case 5:
                _code.Open($"public string Sku{n}(string category, int number)")
                    .Line("var builder = new StringBuilder();")
                    .Line($"builder.Append(category.ToUpperInvariant()).Append('-').Append((number + {k}).ToString(\"D6\", CultureInfo.InvariantCulture));")
                    .Line("return builder.ToString();")
                    .Close();
                break;
            case 6:
                _code.Open($"public bool TryParseQuantity{n}(string text, out int quantity)")
                    .Open("try")
                    .Line("quantity = int.Parse(text, CultureInfo.InvariantCulture);")
                    .Line($"return quantity >= {k};")
                    .Close()
                    .Open("catch (FormatException exception)")
                    .Line("_logger.LogWarning(exception, \"Quantity {Text} is not a number\", text);")
                    .Line("quantity = 0;")
                    .Line("return false;")
                    .Close()
                    .Close();
                break;
            default:
                _code.Open($"public (int Count, decimal Average) Summarize{n}(IReadOnlyCollection<decimal> amounts)")
                    .Open("if (amounts.Count == 0)").Line("return (0, 0m);").Close()
                    .Line()
                    .Line($"var average = amounts.Average() + {k}m;")
                    .Line("_logger.LogInformation(\"Summarized {Count} amounts averaging {Average}\", amounts.Count, average);")
                    .Line("return (amounts.Count, average);")
                    .Close();
                break;
        }
    }

    /// <summary>Reads of master and communication data under a contract purpose (§6.1): allowed, but not into a log.</summary>
    private void WriteContractMethod(EntityShape entity)
    {
        var n = _method;
        var e = entity.Name;
        switch (_random.Next(7))
        {
            case 0:
                _code.Line($"public string Label{n}({e} c) => c.{EntityWriter.MasterName} + \", \" + c.{EntityWriter.MasterAddress};");
                break;
            case 1:
                _code.Open($"public void Notify{n}({e} c)")
                    .Line($"var to = c.{EntityWriter.CommunicationEmail};")
                    .Open("if (to.Contains('@'))").Line("_outbox.Add(to);").Close()
                    .Close();
                break;
            case 2:
                Planted(LeakForm.Direct);
                _code.Open($"public void ConfirmInvoice{n}({e} c, decimal amount)")
                    .Line($"_logger.LogInformation(\"Invoice of {{Amount}} sent to {{Email}}\", amount, c.{EntityWriter.CommunicationEmail});")
                    .Line("_processed++;")
                    .Close();
                break;
            case 3:
                Planted(LeakForm.ThroughLocal);
                _code.Open($"public void ConfirmDelivery{n}({e} c)")
                    .Line($"var address = c.{EntityWriter.MasterAddress};")
                    .Open("if (address.Length == 0)").Line("return;").Close()
                    .Line()
                    .Line("_logger.LogInformation(\"Parcel leaves for {Address}\", address);")
                    .Close();
                break;
            case 4:
                Planted(LeakForm.Interpolation);
                _code.Open($"public void Remind{n}({e} c, int attempts)")
                    .Line($"_logger.LogWarning($\"Payment reminder for {{c.{EntityWriter.MasterName}}} failed after {{attempts}} attempts\");")
                    .Close();
                break;
            case 5:
                Planted(LeakForm.Concatenation);
                _code.Open($"public void RejectPhone{n}({e} c)")
                    .Line($"_logger.LogError(\"Phone rejected: \" + c.{EntityWriter.CommunicationPhone} + \" for customer \" + c.{EntityWriter.SubjectId});")
                    .Close();
                break;
            default:
                _code.Open($"public void Touch{n}({e} c)")
                    .Line("c.Version++;")
                    .Line($"_logger.LogInformation(\"Customer {{CustomerId}} updated to version {{Version}}\", c.{EntityWriter.SubjectId}, c.Version);")
                    .Close();
                break;
        }
    }

    /// <summary>Reads of marketing-only data under a marketing purpose (§7.3), each behind one guard form.</summary>
    private void WriteMarketingMethod(EntityShape entity)
    {
        var n = _method;
        var e = entity.Name;
        const string category = EntityWriter.MarketingCategory;
        const string frequency = EntityWriter.MarketingFrequency;
        switch (_random.Next(8))
        {
            case 0: // if (TryGetMarketingConsent(...))
                _code.Open($"public string? Offer{n}({e} c)")
                    .Open("if (_consents.TryGetMarketingConsent(c.Id, out var consent))")
                    .Line($"return \"Offer \" + c.{category} + \" \" + consent.CheckedAt.Year.ToString(CultureInfo.InvariantCulture);")
                    .Close()
                    .Line()
                    .Line("return null;")
                    .Close();
                break;
            case 1: // early return
                _code.Open($"public int Score{n}({e} c)")
                    .Open("if (!_consents.TryGetMarketingConsent(c.Id, out _))").Line("return 0;").Close()
                    .Line()
                    .Line($"return c.{frequency} * 3 + c.{category}.Length;")
                    .Close();
                break;
            case 2: // &&
                _code.Line($"public bool Prefers{n}({e} c, string wanted)")
                    .Line($"    => _consents.TryGetMarketingConsent(c.Id, out _) && c.{category} == wanted;");
                break;
            case 3: // a bool local assigned from a check
                _code.Open($"public int Frequency{n}({e} c)")
                    .Line("var allowed = _consents.TryGetMarketingConsent(c.Id, out _);")
                    .Line($"return allowed ? c.{frequency} : 0;")
                    .Close();
                break;
            case 4: // await of the async check
                _code.Open($"public async Task<string> Personalize{n}Async({e} c, CancellationToken cancellationToken)")
                    .Open("if (await _consents.HasMarketingConsentAsync(c.Id, cancellationToken))").Line($"return c.{category};").Close()
                    .Line()
                    .Line("return \"general\";")
                    .Close();
                break;
            case 5: // a LINQ query filtered on consent
                _code.Line($"public List<string> Categories{n}(IEnumerable<{e}> audience)")
                    .Line($"    => audience.Where(x => _consents.TryGetMarketingConsent(x.Id, out _)).Select(x => x.{category}).ToList();");
                break;
            case 6: // a MarketingConsent parameter: the caller holds the proof
                _code.Line($"public string Tailor{n}({e} c, MarketingConsent consent) => consent.IsValid ? c.{category} : \"\";");
                break;
            default: // a direct log of marketing-only data, consent or not: still a leak
                Planted(LeakForm.Direct);
                _code.Open($"public void TraceOffer{n}({e} c)")
                    .Open("if (_consents.TryGetMarketingConsent(c.Id, out _))")
                    .Line($"_logger.LogDebug(\"Offer category {{Category}}\", c.{category});")
                    .Close()
                    .Close();
                break;
        }
    }

    private void Planted(LeakForm form) => _leaks[form] = _leaks.GetValueOrDefault(form) + 1;
}
