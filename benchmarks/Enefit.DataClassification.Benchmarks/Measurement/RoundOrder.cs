namespace Enefit.DataClassification.Benchmarks.Measurement;

/// <summary>
/// The order in which a round runs its variants: as listed on even rounds, reversed on odd ones. A machine whose speed
/// drifts during a run (the JIT still tiering up the compiler's code, another process's load coming or going) then
/// weighs on the first and the last variants alike over two rounds, not always on the same one: in a fixed order the
/// first variant, the baseline, ran at each round's slowest moment while the machine sped up, which understated every
/// overhead over it.
/// </summary>
public static class RoundOrder
{
    public static IEnumerable<T> Of<T>(IReadOnlyList<T> variants, int round) => round % 2 == 0 ? variants : variants.Reverse();
}
