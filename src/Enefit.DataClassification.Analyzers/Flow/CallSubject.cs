using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>
/// Whom a call is about. An instance method of a subject type (one with a <c>[SubjectId]</c>) is about its receiver
/// (<c>c.HasConsent()</c>, <c>c.AllowsOffersOn(ElectronicChannel.Sms)</c>, <c>c.SendOffer(text)</c>); any other call is
/// about its first argument (<c>TryGetMarketingConsent(c.Id, …)</c>, <c>Checks.Consented(c)</c>, an extension method's
/// <c>this</c>, <c>mailer.SendOffer(c, …)</c>), or its receiver when it takes none. Checks, sends and methods whose
/// return value is classified all find their subject this way.
/// </summary>
internal static class CallSubject
{
    public static IOperation? Of(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.Parameters.IsEmpty || invocation.Instance is { } instance && SubjectIds.IsSubjectType(instance.Type))
        {
            return invocation.Instance;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The constant <c>ElectronicChannel</c> a call names, or null when it names none or not as a constant.</summary>
    public static int? ChannelOf(IInvocationOperation invocation, INamedTypeSymbol? channelType)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, channelType)
                && argument.Value.ConstantValue is { HasValue: true, Value: int channel })
            {
                return channel;
            }
        }

        return null;
    }
}
