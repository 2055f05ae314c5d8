using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Flow;

/// <summary>
/// Whom a call is about. A check's subject is its first argument (<c>TryGetMarketingConsent(c.Id, …)</c>,
/// <c>Checks.Consented(c)</c>, an extension method's <c>this</c>); a method with no parameters is about its receiver
/// (<c>c.HasConsent()</c>). An <c>[ElectronicMarketingSend]</c> call's recipient is found the same way.
/// </summary>
internal static class CallSubject
{
    public static IOperation? Of(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.Parameters.IsEmpty)
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
