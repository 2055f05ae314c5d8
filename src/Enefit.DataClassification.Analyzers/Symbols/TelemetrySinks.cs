using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Symbols;

/// <summary>
/// The places where text leaves the program for people to read (§3.2, §3.3): Microsoft.Extensions.Logging, Serilog,
/// the console, Debug and Trace, exception messages and Activity tags. Resolved once per compilation by metadata name,
/// so no package is needed: a sink whose library is not referenced is simply absent.
/// </summary>
internal sealed class TelemetrySinks
{
    private readonly INamedTypeSymbol? _logger;
    private readonly INamedTypeSymbol? _loggerExtensions;
    private readonly INamedTypeSymbol? _loggerMessageAttribute;
    private readonly AttributeReach? _loggerMessageReach;
    private readonly INamedTypeSymbol? _dataClassificationAttribute;
    private readonly INamedTypeSymbol? _logPropertiesAttribute;
    private readonly INamedTypeSymbol? _logPropertyIgnoreAttribute;
    private readonly INamedTypeSymbol? _console;
    private readonly INamedTypeSymbol? _textWriter;
    private readonly INamedTypeSymbol? _debug;
    private readonly INamedTypeSymbol? _trace;
    private readonly INamedTypeSymbol? _exception;
    private readonly INamedTypeSymbol? _activity;
    private readonly INamedTypeSymbol? _serilogLogger;
    private readonly INamedTypeSymbol? _serilogLog;

    public TelemetrySinks(Compilation compilation)
    {
        _logger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
        _loggerExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions");
        _loggerMessageAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
        _loggerMessageReach = _loggerMessageAttribute is null ? null : new AttributeReach(_loggerMessageAttribute.ContainingAssembly);
        _dataClassificationAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
        _logPropertiesAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LogPropertiesAttribute");
        _logPropertyIgnoreAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LogPropertyIgnoreAttribute");
        _console = compilation.GetTypeByMetadataName("System.Console");
        _textWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
        _debug = compilation.GetTypeByMetadataName("System.Diagnostics.Debug");
        _trace = compilation.GetTypeByMetadataName("System.Diagnostics.Trace");
        _exception = compilation.GetTypeByMetadataName("System.Exception");
        _activity = compilation.GetTypeByMetadataName("System.Diagnostics.Activity");
        _serilogLogger = compilation.GetTypeByMetadataName("Serilog.ILogger");
        _serilogLog = compilation.GetTypeByMetadataName("Serilog.Log");
    }

    /// <summary>How a message names the sink an invocation writes to ("ILogger.LogInformation"), or null for no sink.</summary>
    public string? Describe(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        if (TypeRelations.Is(type, _loggerExtensions) || (method.Name is "Log" or "BeginScope" && TypeRelations.IsOrImplements(type, _logger)))
        {
            return "ILogger." + method.Name;
        }

        if (IsLoggerMessage(method))
        {
            return "the [LoggerMessage] method '" + SymbolNames.Of(method) + "'";
        }

        if (method.MethodKind == MethodKind.DelegateInvoke && method.Parameters.Length > 1 && TypeRelations.IsOrImplements(method.Parameters[0].Type, _logger))
        {
            return "a LoggerMessage.Define delegate";
        }

        if (TypeRelations.Is(type, _console) && method.Name.StartsWith("Write", System.StringComparison.Ordinal))
        {
            return "Console." + method.Name;
        }

        if (TypeRelations.Is(type, _textWriter) && method.Name.StartsWith("Write", System.StringComparison.Ordinal)
            && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } stream
            && TypeRelations.Is(stream.Property.ContainingType, _console))
        {
            return "Console." + stream.Property.Name + "." + method.Name;
        }

        if ((TypeRelations.Is(type, _debug) || TypeRelations.Is(type, _trace)) && IsDiagnosticsWrite(method.Name))
        {
            return type.Name + "." + method.Name;
        }

        if (TypeRelations.Is(type, _activity) && method.Name is "SetTag" or "AddTag" or "SetBaggage" or "AddBaggage" or "AddEvent")
        {
            return "Activity." + method.Name;
        }

        if ((TypeRelations.IsOrImplements(type, _serilogLogger) || TypeRelations.Is(type, _serilogLog)) && IsSerilogWrite(method.Name))
        {
            return "Serilog " + (TypeRelations.Is(type, _serilogLog) ? "Log." : "ILogger.") + method.Name;
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="argument"/> of a sink call is written out: not the logger an extension method is called
    /// on, not a condition, and not a [LoggerMessage] parameter whose classification attribute makes Microsoft's logging
    /// generator redact it.
    /// </summary>
    public bool WritesArgument(IInvocationOperation invocation, IArgumentOperation argument)
    {
        var parameter = argument.Parameter;
        if (parameter is null)
        {
            return true;
        }

        if (parameter.Type.SpecialType == SpecialType.System_Boolean || TypeRelations.IsOrImplements(parameter.Type, _logger))
        {
            return false;
        }

        return !IsLoggerMessage(invocation.TargetMethod) || !IsClassificationAttributed(parameter);
    }

    /// <summary>
    /// Whether <paramref name="argument"/> of a call of a [LoggerMessage] method (<see cref="IsLoggerMessage"/>, asked
    /// once per call by the caller) is logged property by property, its parameter marked <c>[LogProperties]</c>
    /// (Microsoft.Extensions.Telemetry.Abstractions), rather than printed; then <paramref name="transitive"/> tells
    /// whether complex properties are visited in turn instead of printed.
    /// </summary>
    public bool LogsProperties(IArgumentOperation argument, out bool transitive)
    {
        transitive = false;
        if (_logPropertiesAttribute is null || argument.Parameter is not { } parameter)
        {
            return false;
        }

        foreach (var attribute in parameter.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _logPropertiesAttribute))
            {
                foreach (var named in attribute.NamedArguments)
                {
                    transitive |= named is { Key: "Transitive", Value.Value: true };
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the logging generator leaves <paramref name="property"/> of a [LogProperties] object out of the log in
    /// clear: redacted by a classification attribute of its own, or ignored by <c>[LogPropertyIgnore]</c>.
    /// </summary>
    public bool IsNotLoggedInClear(IPropertySymbol property)
        => IsClassificationAttributed(property) || MemberClassifier.HasAttribute(property, _logPropertyIgnoreAttribute);

    /// <summary>The message argument of an exception constructor, which ends up in logs and error pages.</summary>
    public bool IsExceptionMessage(IObjectCreationOperation creation, IArgumentOperation argument)
        => argument.Parameter is { Name: "message" } && TypeRelations.DerivesFrom(creation.Type, _exception);

    /// <summary>
    /// A <c>[LoggerMessage]</c> method, whose generated body logs its parameters. Asked of every call, so the method's
    /// attributes are read only where the attribute can be (<see cref="AttributeReach"/>).
    /// </summary>
    public bool IsLoggerMessage(IMethodSymbol method)
        => _loggerMessageReach is not null && _loggerMessageReach.MayCarry(method) && MemberClassifier.HasAttribute(method, _loggerMessageAttribute);

    private bool IsClassificationAttributed(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (TypeRelations.DerivesFrom(attribute.AttributeClass, _dataClassificationAttribute))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDiagnosticsWrite(string name)
        => name is "Write" or "WriteLine" or "WriteIf" or "WriteLineIf" or "Print" or "Assert" or "Fail"
            or "TraceInformation" or "TraceWarning" or "TraceError";

    private static bool IsSerilogWrite(string name)
        => name is "Write" or "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "ForContext";
}
