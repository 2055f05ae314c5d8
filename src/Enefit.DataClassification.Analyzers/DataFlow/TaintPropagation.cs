using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace Enefit.DataClassification.Analyzers.DataFlow;

/// <summary>
/// How client data moves through calls the flow understands: string building keeps it (<c>string.Format</c>,
/// <c>string.Concat</c>, <c>string.Join</c>, <c>ToString()</c>, <c>StringBuilder</c>), redaction removes it
/// (<c>Microsoft.Extensions.Compliance.Redaction.Redactor</c>), and other calls return what their type says.
/// </summary>
internal sealed class TaintPropagation
{
    private const string RedactionNamespace = "Microsoft.Extensions.Compliance.Redaction";

    private readonly INamedTypeSymbol? _stringBuilder;
    private readonly INamedTypeSymbol? _formattableString;
    private readonly INamedTypeSymbol? _redactor;
    private readonly INamedTypeSymbol? _keyValuePair;
    private readonly INamedTypeSymbol? _activityEvent;
    private readonly INamedTypeSymbol? _interpolatedStringHandler;

    public TaintPropagation(Compilation compilation)
    {
        _stringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
        _formattableString = compilation.GetTypeByMetadataName("System.FormattableString");
        _redactor = compilation.GetTypeByMetadataName(RedactionNamespace + ".Redactor");
        _keyValuePair = compilation.GetTypeByMetadataName("System.Collections.Generic.KeyValuePair`2");
        _activityEvent = compilation.GetTypeByMetadataName("System.Diagnostics.ActivityEvent");
        _interpolatedStringHandler = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.InterpolatedStringHandlerAttribute");
    }

    /// <summary>
    /// <c>Redactor.Redact</c> and its overloads, on <c>Redactor</c> or a subclass, and extension methods over a
    /// <c>Redactor</c>: their result is redacted, so it carries no data (§3.2).
    /// </summary>
    public bool IsRedaction(IMethodSymbol method)
    {
        if (_redactor is null)
        {
            return false;
        }

        if (method.IsExtensionMethod && method.Parameters.Length > 0 && DerivesFrom(method.Parameters[0].Type, _redactor))
        {
            return true;
        }

        return !method.IsStatic && DerivesFrom(method.ContainingType, _redactor);
    }

    public bool IsStringBuilder(ITypeSymbol? type) => _stringBuilder is not null && SymbolEqualityComparer.Default.Equals(type, _stringBuilder);

    /// <summary><c>string</c> and <c>FormattableString</c> methods that make text of their receiver and arguments.</summary>
    public bool BuildsText(IMethodSymbol method)
    {
        var containing = method.ContainingType;
        if (containing is null)
        {
            return false;
        }

        var isTextType = containing.SpecialType == SpecialType.System_String
            || SymbolEqualityComparer.Default.Equals(containing, _formattableString)
            || IsStringBuilder(containing);
        return isTextType && ReturnsText(method.ReturnType);
    }

    /// <summary>
    /// A builder method that writes into its receiver: <c>StringBuilder.Append</c>, <c>AppendLine</c>, <c>Insert</c>…,
    /// and the <c>AppendFormatted</c> calls an interpolated string handler argument (<c>Debug.Assert(ok, $"…")</c>) is
    /// built of in the control-flow graph.
    /// </summary>
    public bool WritesIntoBuilder(IMethodSymbol method)
    {
        var isAppend = method.Name.StartsWith("Append", System.StringComparison.Ordinal);
        if (IsStringBuilder(method.ContainingType))
        {
            return isAppend || method.Name is "Insert" or "Replace";
        }

        return isAppend && MemberClassifier.HasAttribute(method.ContainingType, _interpolatedStringHandler);
    }

    /// <summary>A collection method that stores its arguments into its receiver: <c>Add</c>, <c>Insert</c>, <c>Push</c>…</summary>
    public static bool StoresIntoCollection(IMethodSymbol method)
        => !method.IsStatic
            && method.Name is "Add" or "AddRange" or "Insert" or "InsertRange" or "Push" or "Enqueue" or "TryAdd" or "Append"
            && IsCollection(method.ContainingType);

    /// <summary>Objects that carry what they are made of: builders, collections, pairs, tuples, activity events.</summary>
    public bool CarriesConstructorArguments(ITypeSymbol? type)
        => type is INamedTypeSymbol named
            && (IsStringBuilder(named)
                || IsCollection(named)
                || named.IsTupleType
                || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _keyValuePair)
                || SymbolEqualityComparer.Default.Equals(named, _activityEvent));

    public static bool IsCollection(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            if (@interface.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return false;
    }

    private bool ReturnsText(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_String
            || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String or SpecialType.System_Char }
            || IsStringBuilder(type)
            || SymbolEqualityComparer.Default.Equals(type, _formattableString);

    private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
