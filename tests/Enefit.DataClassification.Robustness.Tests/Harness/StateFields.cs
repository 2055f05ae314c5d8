using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>
/// Finds fields that can hold state shared across analyses. One analyzer instance serves every compilation of a build
/// and of an IDE session, on many threads at once: per-compilation state belongs in objects made in the compilation
/// start action, never in the analyzer's fields or in static fields. Three shared caches pass, each because it keeps no
/// compilation alive: one keyed by the compilation itself, one keyed by a syntax tree that holds only syntax, and one
/// that holds compilations only weakly.
/// </summary>
internal static class StateFields
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>Roslyn types that belong to one compilation: holding one past the analysis leaks it into the next.</summary>
    private static readonly Type[] PerCompilationTypes =
        [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(IOperation), typeof(ControlFlowGraph)];

    /// <summary>
    /// Every field of <paramref name="component"/> and its base classes in the same assembly that is not readonly, or
    /// that is readonly but holds a collection other than an immutable one, or a per-compilation Roslyn object.
    /// </summary>
    public static IEnumerable<string> InComponent(Type component)
    {
        for (var type = component; type is not null && type.Assembly == component.Assembly; type = type.BaseType)
        {
            foreach (var field in type.GetFields(Declared))
            {
                if (Problem(field, arraysAllowed: false) is { } problem)
                {
                    yield return $"{component.FullName}: {problem}";
                }
            }
        }
    }

    /// <summary>
    /// Every static field of <paramref name="assembly"/> that is not readonly, holds a per-compilation Roslyn object or
    /// a collection that can grow. A readonly array of plain values passes: it is how a constant table is written.
    /// </summary>
    public static IEnumerable<string> StaticIn(Assembly assembly)
        => assembly.GetTypes()
            .Where(t => !IsCompilerGenerated(t))
            .SelectMany(t => t.GetFields(Declared).Where(f => f.IsStatic))
            .Select(f => Problem(f, arraysAllowed: true) is { } problem ? $"{f.DeclaringType!.FullName}: {problem}" : null)
            .OfType<string>();

    private static string? Problem(FieldInfo field, bool arraysAllowed)
    {
        var name = $"{(field.IsStatic ? "static " : string.Empty)}field {field.Name} ({field.FieldType.Name})";
        if (field.IsLiteral || IsCompilerGenerated(field.DeclaringType!) || field.Name.StartsWith("<>", StringComparison.Ordinal))
        {
            return null;
        }

        if (!field.IsInitOnly)
        {
            return $"{name} is not readonly";
        }

        if (IsPerCompilationCache(field.FieldType) || IsPerTreeSyntaxCache(field.FieldType) || IsIndexHoldingCompilationsOnlyWeakly(field.FieldType))
        {
            return null;
        }

        if (PerCompilationType(field.FieldType) is { } roslynType)
        {
            return $"{name} holds {roslynType.Name} objects, which belong to one compilation";
        }

        return IsMutableCollection(field.FieldType) && !(arraysAllowed && field.FieldType.IsArray)
            ? $"{name} is a mutable collection: make it in the compilation start action, or use an immutable one"
            : null;
    }

    /// <summary>The per-compilation Roslyn type <paramref name="type"/> is, or holds as element or type argument.</summary>
    private static Type? PerCompilationType(Type type)
        => PerCompilationTypes.FirstOrDefault(t => t.IsAssignableFrom(type))
            ?? (type.IsArray ? PerCompilationType(type.GetElementType()!) : null)
            ?? type.GenericTypeArguments.Select(PerCompilationType).FirstOrDefault(t => t is not null);

    /// <summary>
    /// A <c>ConditionalWeakTable&lt;Compilation, T&gt;</c> keeps each value exactly as long as its compilation lives and
    /// never hands one compilation's entry to another: it is per-compilation state by construction, the one shared
    /// cache allowed (the generator resolves the runtime's symbols once per compilation through one).
    /// </summary>
    private static bool IsPerCompilationCache(Type type)
        => type.IsGenericType
            && type.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>)
            && type.GenericTypeArguments[0] == typeof(Compilation);

    /// <summary>
    /// A <c>ConditionalWeakTable&lt;SyntaxTree, T&gt;</c> whose values are syntax nodes or a list of them: each value
    /// lives exactly as long as its file's tree, which every compilation holding the file shares, and syntax carries
    /// nothing of any compilation's symbols or binding (the generator's holder search keeps each file's candidate type
    /// declarations so). A value that may hold anything else, such as symbols, is flagged.
    /// </summary>
    private static bool IsPerTreeSyntaxCache(Type type)
        => type.IsGenericType
            && type.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>)
            && type.GenericTypeArguments[0] == typeof(SyntaxTree)
            && IsSyntax(type.GenericTypeArguments[1]);

    private static bool IsSyntax(Type type)
        => typeof(SyntaxNode).IsAssignableFrom(type)
            || (type.IsGenericType
                && type.GetGenericTypeDefinition() is var definition
                && (definition == typeof(IReadOnlyList<>) || definition == typeof(ImmutableArray<>))
                && IsSyntax(type.GenericTypeArguments[0]));

    /// <summary>
    /// A thread-safe map from a project's name to an object of the product's own that holds no compilation, symbol,
    /// tree, semantic model or operation but weakly (<c>ConcurrentDictionary&lt;string, NamesSnapshot&gt;</c>): it
    /// keeps no compilation alive and gives nothing of one to another by itself. It is how the product keeps what a
    /// project's latest compilation leaves for the next, which a check then proves still holds (Bodies/EarlierNames.cs).
    /// A map of plain values (a count of runs) is still shared state, and flagged.
    /// </summary>
    private static bool IsIndexHoldingCompilationsOnlyWeakly(Type type)
        => type.IsGenericType
            && type.GetGenericTypeDefinition() == typeof(System.Collections.Concurrent.ConcurrentDictionary<,>)
            && type.GenericTypeArguments is [var key, var value]
            && key == typeof(string)
            && value.IsClass
            && !IsFrameworkOrRoslyn(value.Assembly)
            && HoldsCompilationsOnlyWeakly(value, []);

    private static bool HoldsCompilationsOnlyWeakly(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(WeakReference<>)))
        {
            return true;
        }

        if (PerCompilationTypes.Any(t => t.IsAssignableFrom(type)))
        {
            return false;
        }

        var parts = type.IsArray ? [type.GetElementType()!] : type.GenericTypeArguments.AsEnumerable();
        if (!IsFrameworkOrRoslyn(type.Assembly))
        {
            parts = parts.Concat(type.GetFields(Declared).Where(f => !f.IsStatic).Select(f => f.FieldType));
        }

        return parts.All(part => HoldsCompilationsOnlyWeakly(part, seen));
    }

    private static bool IsFrameworkOrRoslyn(Assembly assembly)
        => assembly.GetName().Name is { } name
            && (name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal)
                || name is "mscorlib" or "netstandard");

    private static bool IsMutableCollection(Type type)
        => type != typeof(string)
            && (typeof(IEnumerable).IsAssignableFrom(type) || type.Name.StartsWith("ConditionalWeakTable", StringComparison.Ordinal))
            && type.Namespace != typeof(ImmutableArray).Namespace;

    private static bool IsCompilerGenerated(Type type)
        => type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.StartsWith('<');
}
