using Microsoft.Extensions.Compliance.Redaction;

namespace Enefit.CustomerCare.Logging;

/// <summary>Replaces a classified value with <c>[redacted]</c>, so a reader of the log sees that something was there.</summary>
public sealed class BracketRedactor : Redactor
{
    private const string Replacement = "[redacted]";

    public override int GetRedactedLength(ReadOnlySpan<char> input) => Replacement.Length;

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        Replacement.AsSpan().CopyTo(destination);
        return Replacement.Length;
    }
}
