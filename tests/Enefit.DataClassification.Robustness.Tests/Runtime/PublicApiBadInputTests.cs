using System.Reflection;
using Enefit.DataClassification;

namespace Enefit.DataClassification.Robustness.Tests.Runtime;

/// <summary>
/// Every public constructor and method of the runtime library, found by reflection so that members added later are
/// covered, is called with each argument made bad in turn: null where the signature says not-null, an empty or
/// whitespace subject id, an undefined enum value. Each must throw the matching ArgumentException naming that parameter,
/// and leave the registry it was called on as it was. The runtime's unit tests check these member by member; this
/// sweep makes sure no public member is missed.
/// </summary>
public sealed class PublicApiBadInputTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>
    /// Exceptions are left out: their constructors must not throw, or they would hide the error being reported
    /// (<see cref="Exception_constructors_never_throw_whatever_they_are_given"/>).
    /// </summary>
    private static IEnumerable<MethodBase> PublicMembers
        => typeof(MarketingConsent).Assembly.GetExportedTypes()
            .Where(t => !typeof(Exception).IsAssignableFrom(t) && !t.IsInterface)
            .SelectMany(t => t.GetConstructors().Cast<MethodBase>()
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)))
            .Where(m => !m.IsAbstract);

    [Fact]
    public void Every_public_member_refuses_each_bad_argument_by_name_and_changes_nothing()
    {
        var calls = 0;
        var problems = new List<string>();
        foreach (var member in PublicMembers)
        {
            var parameters = member.GetParameters();
            for (var i = 0; i < parameters.Length; i++)
            {
                foreach (var (bad, expected) in BadValues(parameters[i]))
                {
                    calls++;
                    if (Refusal(member, parameters, i, bad, expected) is { } problem)
                    {
                        problems.Add(problem);
                    }
                }
            }
        }

        Assert.True(calls > 40, $"only {calls} bad calls: the sweep no longer finds the API");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Exception_constructors_never_throw_whatever_they_are_given()
    {
        var constructors = typeof(MarketingConsent).Assembly.GetExportedTypes()
            .Where(t => typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetConstructors());
        foreach (var constructor in constructors)
        {
            var parameters = constructor.GetParameters();
            for (var i = 0; i < parameters.Length; i++)
            {
                foreach (var (bad, _) in BadValues(parameters[i]).Append((null, typeof(ArgumentNullException))))
                {
                    var arguments = parameters.Select((p, j) => j == i ? bad : ValidValue(p)).ToArray();
                    var exception = Record.Exception(() => constructor.Invoke(arguments));
                    Assert.True(exception is null, $"{Describe(constructor)} threw {exception?.InnerException} for {parameters[i].Name} = {bad ?? "null"}");
                }
            }
        }
    }

    private static string? Refusal(MethodBase member, ParameterInfo[] parameters, int index, object? bad, Type expected)
    {
        var registry = RegistrySnapshot.Seeded();
        var before = RegistrySnapshot.Of(registry);
        var arguments = parameters.Select((p, j) => j == index ? bad : ValidValue(p)).ToArray();
        var what = $"{Describe(member)} with {parameters[index].Name} = {Show(bad)}";
        Exception? thrown;
        try
        {
            var target = member.IsStatic || member.IsConstructor ? null : Instance(member.DeclaringType!, registry);
            var result = member is ConstructorInfo constructor ? constructor.Invoke(arguments) : member.Invoke(target, arguments);
            Await(result);
            thrown = null;
        }
        catch (TargetInvocationException e)
        {
            thrown = e.InnerException;
        }
        catch (Exception e)
        {
            thrown = e;
        }

        if (thrown?.GetType() != expected)
        {
            return $"{what}: expected {expected.Name}, got {thrown?.GetType().Name ?? "no exception"}";
        }

        if (((ArgumentException)thrown).ParamName != parameters[index].Name)
        {
            return $"{what}: the exception names '{((ArgumentException)thrown).ParamName}'";
        }

        return RegistrySnapshot.Of(registry) == before ? null : $"{what}: the registry changed";
    }

    /// <summary>The bad values a parameter can be given, each with the exception it must draw.</summary>
    private static IEnumerable<(object? Value, Type Expected)> BadValues(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type.IsByRef)
        {
            yield break;
        }

        if (!type.IsValueType && Nullability.Create(parameter).WriteState == NullabilityState.NotNull)
        {
            yield return (null, typeof(ArgumentNullException));
        }

        if (type == typeof(string) && parameter.Name == "subjectId")
        {
            yield return ("", typeof(ArgumentException));
            yield return (" \t", typeof(ArgumentException));
        }

        if ((Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType)
        {
            yield return (Enum.ToObject(enumType, 999), typeof(ArgumentOutOfRangeException));
        }
    }

    private static object? ValidValue(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        return type switch
        {
            { IsByRef: true } => null,
            _ when type == typeof(string) => "C-1",
            _ when type == typeof(DateTimeOffset) => Noon,
            _ when type == typeof(TimeProvider) => TimeProvider.System,
            _ when type == typeof(CancellationToken) => CancellationToken.None,
            _ when type == typeof(object) => "value",
            _ when type == typeof(Exception) => new InvalidOperationException("inner"),
            { IsEnum: true } => Enum.GetValues(type).GetValue(0),
            _ when Nullable.GetUnderlyingType(type) is { IsEnum: true } inner => Enum.GetValues(inner).GetValue(0),
            { IsValueType: true } => Activator.CreateInstance(type),
            _ => throw new InvalidOperationException($"No valid value for {parameter.Name} of {parameter.Member.DeclaringType?.Name}.{parameter.Member.Name}: add one to the sweep."),
        };
    }

    private static object Instance(Type type, InMemoryConsentRegistry registry)
        => type == typeof(InMemoryConsentRegistry)
            ? registry
            : type.IsValueType
                ? Activator.CreateInstance(type)!
                : throw new InvalidOperationException($"No instance of {type.Name} to call its methods on: add one to the sweep.");

    private static void Await(object? result)
    {
        switch (result)
        {
            case Task task:
                task.GetAwaiter().GetResult();
                break;
            case ValueTask<bool> valueTask:
                valueTask.AsTask().GetAwaiter().GetResult();
                break;
        }
    }

    private static string Describe(MethodBase member)
        => $"{member.DeclaringType!.Name}.{member.Name}({string.Join(", ", member.GetParameters().Select(p => p.ParameterType.Name))})";

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        Enum e => $"({e.GetType().Name}){Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture)}",
        _ => value.ToString() ?? "",
    };
}
