using System.Linq;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>What the facts say about one read.</summary>
internal enum ConsentVerdict
{
    /// <summary>A consent check for the read's subject (or one the analysis cannot tell apart from it) returned true.</summary>
    Holds,

    /// <summary>Consent was checked, but only for other known subjects (EDC0008).</summary>
    OtherSubject,

    /// <summary>No consent check holds.</summary>
    Missing,
}

/// <summary>
/// Matches checked subjects with the subject of a read or send. When either side is unknown (a call result, an element
/// of a collection, a proof passed in by the caller), the check counts; two different known variables do not match.
/// </summary>
internal static class Verdicts
{
    public static ConsentVerdict Consent(Facts facts, SubjectKey subject, out SubjectKey checkedSubject)
    {
        checkedSubject = SubjectKey.Unknown;
        if (facts.IsImpossible || facts.Consented.Contains(SubjectKey.Unknown))
        {
            return ConsentVerdict.Holds;
        }

        // A flow capture holds one consented element for a moment (consented.First()?.Interests): it proves
        // nothing for the reads around it.
        var checkedSubjects = facts.Consented.Where(s => s.Kind != SubjectKind.Capture).ToList();
        if (checkedSubjects.Count == 0)
        {
            return ConsentVerdict.Missing;
        }

        if (subject.IsUnknown || facts.Consented.Contains(subject))
        {
            return ConsentVerdict.Holds;
        }

        checkedSubject = checkedSubjects.OrderBy(s => s.DisplayName, System.StringComparer.Ordinal).First();
        return ConsentVerdict.OtherSubject;
    }

    /// <summary>
    /// Whether an electronic-marketing check holds for <paramref name="subject"/> on <paramref name="channel"/> (§8.1).
    /// A permit for another channel does not count when both channels are constants.
    /// </summary>
    public static bool PermitHolds(Facts facts, SubjectKey subject, int? channel)
    {
        if (facts.IsImpossible)
        {
            return true;
        }

        foreach (var permit in facts.Permits)
        {
            var sameSubject = permit.Subject.IsUnknown || subject.IsUnknown || permit.Subject.Equals(subject);
            var sameChannel = permit.Channel is null || channel is null || permit.Channel == channel;
            if (sameSubject && sameChannel)
            {
                return true;
            }
        }

        return false;
    }
}
