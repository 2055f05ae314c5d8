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
    private readonly INamedTypeSymbol? _dataClassificationAttribute;
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
        _dataClassificationAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
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

        if (Is(type, _loggerExtensions) || (method.Name is "Log" or "BeginScope" && IsOrImplements(type, _logger)))
        {
            return "ILogger." + method.Name;
        }

        if (HasAttribute(method, _loggerMessageAttribute))
        {
            return "the [LoggerMessage] method '" + SymbolNames.Of(method) + "'";
        }

        if (method.MethodKind == MethodKind.DelegateInvoke && method.Parameters.Length > 1 && IsOrImplements(method.Parameters[0].Type, _logger))
        {
            return "a LoggerMessage.Define delegate";
        }

        if (Is(type, _console) && method.Name.StartsWith("Write", System.StringComparison.Ordinal))
        {
            return "Console." + method.Name;
        }

        if (Is(type, _textWriter) && method.Name.StartsWith("Write", System.StringComparison.Ordinal)
            && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } stream
            && Is(stream.Property.ContainingType, _console))
        {
            return "Console." + stream.Property.Name + "." + method.Name;
        }

        if ((Is(type, _debug) || Is(type, _trace)) && IsDiagnosticsWrite(method.Name))
        {
            return type.Name + "." + method.Name;
        }

        if (Is(type, _activity) && method.Name is "SetTag" or "AddTag" or "SetBaggage" or "AddBaggage" or "AddEvent")
        {
            return "Activity." + method.Name;
        }

        if ((IsOrImplements(type, _serilogLogger) || Is(type, _serilogLog)) && IsSerilogWrite(method.Name))
        {
            return "Serilog " + (Is(type, _serilogLog) ? "Log." : "ILogger.") + method.Name;
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

        if (parameter.Type.SpecialType == SpecialType.System_Boolean || IsOrImplements(parameter.Type, _logger))
        {
            return false;
        }

        return !HasAttribute(invocation.TargetMethod, _loggerMessageAttribute) || !IsClassificationAttributed(parameter);
    }

    /// <summary>The message argument of an exception constructor, which ends up in logs and error pages.</summary>
    public bool IsExceptionMessage(IObjectCreationOperation creation, IArgumentOperation argument)
        => argument.Parameter is { Name: "message" } && DerivesFrom(creation.Type, _exception);

    private bool IsClassificationAttributed(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (DerivesFrom(attribute.AttributeClass, _dataClassificationAttribute))
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

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? known)
        => known is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, known);

    private static bool IsOrImplements(ITypeSymbol? type, INamedTypeSymbol? @interface)
    {
        if (type is null || @interface is null)
        {
            return false;
        }

        if (Is(type, @interface))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (Is(implemented, @interface))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
        => MemberClassifier.HasAttribute(symbol, attributeType);
}
