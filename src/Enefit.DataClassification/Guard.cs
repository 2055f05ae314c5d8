using System;

namespace Enefit.DataClassification;

/// <summary>Argument checks shared by the public API: bad input gets a clear exception before any state changes.</summary>
internal static class Guard
{
    public static void SubjectId(string? subjectId, string parameterName)
    {
        if (subjectId is null)
        {
            throw new ArgumentNullException(parameterName, "A subject id is required: it names the client the data or consent belongs to.");
        }

        if (string.IsNullOrWhiteSpace(subjectId))
        {
            throw new ArgumentException("A subject id must not be empty or whitespace: it names the client the data or consent belongs to.", parameterName);
        }
    }

    public static void Defined<TEnum>(TEnum value, string parameterName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(typeof(TEnum), value))
        {
            throw UndefinedEnum(value, parameterName);
        }
    }

    public static ArgumentOutOfRangeException UndefinedEnum<TEnum>(TEnum value, string parameterName)
        where TEnum : struct, Enum
        => new(parameterName, value, $"{value} is not a defined {typeof(TEnum).Name}.");

    public static void NotNull(object? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }
    }
}
