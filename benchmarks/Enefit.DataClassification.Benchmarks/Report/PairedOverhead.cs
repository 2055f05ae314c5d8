using System.Text.Json.Serialization;
using Enefit.DataClassification.Benchmarks.Measurement;

namespace Enefit.DataClassification.Benchmarks.Report;

/// <summary>
/// One variant's cost over A taken round by round: in each timed round, the variant's figure over that same round's A,
/// in percent; then the median, the lowest and the highest of those. A round runs every variant within minutes, so a
/// change in the machine's load between rounds (the spreads of 15-40 % this machine shows) falls on both figures of a
/// pair and mostly cancels, where a ratio of the two medians keeps it. Where two sizes' ranges overlap, the difference
/// between their medians was not measured.
/// </summary>
public sealed record PairedOverhead(
    [property: JsonPropertyName("median_pct")] double MedianPct,
    [property: JsonPropertyName("lowest_pct")] double LowestPct,
    [property: JsonPropertyName("highest_pct")] double HighestPct)
{
    /// <summary>
    /// Each variant but A, by its key, with its rounds' <paramref name="figure"/> over A's in the same round; rounds
    /// without an A, or whose A measured nothing, are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, PairedOverhead> Of(
        IEnumerable<IReadOnlyList<CompileRun>> rounds,
        IEnumerable<Variant> variants,
        Func<CompileRun, double> figure)
        => Of(rounds, variants, run => run.Variant, run => figure(run));

    /// <summary>
    /// The same for runs of any kind: <paramref name="variantOf"/> says which variant a run built, and a run whose
    /// <paramref name="figure"/> is null (a build whose CPU time could not be read) is left out, as is a round whose A's is.
    /// </summary>
    public static IReadOnlyDictionary<string, PairedOverhead> Of<TRun>(
        IEnumerable<IReadOnlyList<TRun>> rounds,
        IEnumerable<Variant> variants,
        Func<TRun, Variant> variantOf,
        Func<TRun, double?> figure)
    {
        var pairs = new Dictionary<Variant, List<double>>();
        foreach (var round in rounds)
        {
            var baseline = round.Where(run => variantOf(run) == Variant.Baseline).Select(figure).FirstOrDefault();
            if (baseline is not > 0)
            {
                continue;
            }

            foreach (var run in round)
            {
                var variant = variantOf(run);
                if (variant == Variant.Baseline || figure(run) is not { } value)
                {
                    continue;
                }

                if (!pairs.TryGetValue(variant, out var shares))
                {
                    pairs[variant] = shares = [];
                }

                shares.Add(100.0 * (value - baseline.Value) / baseline.Value);
            }
        }

        return variants
            .Where(variant => pairs.ContainsKey(variant))
            .ToDictionary(variant => variant.Key(), variant => From(pairs[variant]));
    }

    /// <summary>Whether this range and <paramref name="other"/> share no value: only then do their medians differ by more than the rounds moved.</summary>
    public bool IsApartFrom(PairedOverhead other) => HighestPct < other.LowestPct || other.HighestPct < LowestPct;

    private static PairedOverhead From(List<double> shares)
        => new(Math.Round(SizeBenchmark.Median(shares), 2), Math.Round(shares.Min(), 2), Math.Round(shares.Max(), 2));
}
