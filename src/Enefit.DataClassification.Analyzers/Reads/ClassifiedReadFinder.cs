using System.Collections.Generic;
using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.ConsentFlow;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Enefit.DataClassification.Analyzers.Reads;

/// <summary>
/// Finds the reads of classified data in one operation: a property get (also through <c>?.</c>, a compound assignment
/// or <c>++</c>), a field read, a property pattern, a positional pattern or deconstruction of a record (also in
/// <c>foreach</c>), passing by
/// <c>ref</c>/<c>in</c>, a classified parameter, and a call or method group of a method whose return value carries a
/// category. Not reads: <c>nameof</c>, plain writes (also in object initializers and <c>with</c>), <c>out</c> arguments,
/// attribute arguments. Works alike on the operation tree and on the operations of a control-flow graph.
/// </summary>
internal sealed class ClassifiedReadFinder
{
    private readonly MemberClassifier _classifier;

    public ClassifiedReadFinder(MemberClassifier classifier) => _classifier = classifier;

    public KnownSymbols Symbols => _classifier.Symbols;

    /// <summary>
    /// Adds to <paramref name="reads"/> the classified reads <paramref name="operation"/> itself makes. The list is made
    /// only for the first read: this runs for every operation of every body bound, and most read nothing classified.
    /// </summary>
    public void Find(IOperation operation, ref List<ClassifiedRead>? reads)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation property:
                AddMemberRead(ref reads, operation, property.Property);
                break;
            case IFieldReferenceOperation field:
                AddMemberRead(ref reads, operation, field.Field);
                break;
            case IParameterReferenceOperation parameter:
                AddMemberRead(ref reads, operation, parameter.Parameter);
                break;
            case IInvocationOperation invocation:
                AddReturnRead(ref reads, operation, invocation.TargetMethod);
                break;
            case IMethodReferenceOperation methodGroup:
                AddReturnRead(ref reads, operation, methodGroup.Method);
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                AddDeconstructionReads(ref reads, deconstruction);
                break;
            case IRecursivePatternOperation pattern:
                AddPositionalPatternReads(ref reads, pattern);
                break;
            case IForEachLoopOperation loop:
                AddLoopDeconstructionReads(ref reads, loop);
                break;
        }
    }

    private static void Add(ref List<ClassifiedRead>? reads, ClassifiedRead read) => (reads ??= new List<ClassifiedRead>()).Add(read);

    /// <summary>
    /// The operation whose value is the object the data read at <paramref name="site"/> belongs to, or null when the
    /// data belongs to no known object: a classified parameter holds the data itself, and whose it is, the method does
    /// not know. A pattern stands for its own input; the subject resolver walks out to the value being matched.
    /// </summary>
    public static IOperation? SubjectSourceOf(IOperation site) => site switch
    {
        IPropertyReferenceOperation property => property.Instance,
        IFieldReferenceOperation field => field.Instance,
        IInvocationOperation invocation => CallSubject.Of(invocation),
        IMethodReferenceOperation methodGroup => methodGroup.Instance,
        IDeconstructionAssignmentOperation deconstruction => deconstruction.Value,
        IRecursivePatternOperation pattern => pattern,
        _ => null,
    };

    private void AddMemberRead(ref List<ClassifiedRead>? reads, IOperation operation, ISymbol member)
    {
        if (_classifier.CategoryOf(member) is not { } category || !IsRead(operation))
        {
            return;
        }

        Add(ref reads, new ClassifiedRead(member, category, operation.Syntax, operation.Kind, operation.Syntax.GetLocation()));
    }

    /// <summary>
    /// A method whose return value carries a category hands out classified data. The generated accessors take a
    /// <c>Purpose</c> or a <c>MarketingConsent</c> and check it at run time: they are the legal way in, never a read.
    /// </summary>
    private void AddReturnRead(ref List<ClassifiedRead>? reads, IOperation operation, IMethodSymbol method)
    {
        if (_classifier.ReturnCategoryOf(method) is not { } category || IsPurposeCheckedAccessor(method) || IsInsideNameOfOrAttribute(operation))
        {
            return;
        }

        Add(ref reads, new ClassifiedRead(method, category, operation.Syntax, operation.Kind, operation.Syntax.GetLocation()));
    }

    private bool IsPurposeCheckedAccessor(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (TypeRelations.Is(parameter.Type, Symbols.Purpose)
                || TypeRelations.Is(parameter.Type, Symbols.MarketingConsent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>var (name, interests) = customer;</c> reads every member that lands in a variable.</summary>
    private void AddDeconstructionReads(ref List<ClassifiedRead>? reads, IDeconstructionAssignmentOperation deconstruction)
        => AddDeconstructedReads(ref reads, deconstruction.Target, deconstruction.Value.Type, deconstruction.Syntax);

    /// <summary>
    /// <c>foreach (var (name, interests) in customers)</c> deconstructs each element; the control-flow graph shows it as
    /// a deconstruction assignment with the syntax of the loop variables.
    /// </summary>
    private void AddLoopDeconstructionReads(ref List<ClassifiedRead>? reads, IForEachLoopOperation loop)
    {
        if (loop.LoopControlVariable is IDeclarationExpressionOperation or ITupleOperation)
        {
            AddDeconstructedReads(ref reads, loop.LoopControlVariable, ConsentedSequences.ElementType(Subjects.Strip(loop.Collection)?.Type), loop.LoopControlVariable.Syntax);
        }
    }

    private void AddDeconstructedReads(ref List<ClassifiedRead>? reads, IOperation target, ITypeSymbol? value, SyntaxNode site)
    {
        target = target is IDeclarationExpressionOperation declaration ? declaration.Expression : target;
        if (target is not ITupleOperation tuple || value is not INamedTypeSymbol { IsTupleType: false } type)
        {
            return;
        }

        var deconstruct = FindDeconstruct(type, tuple.Elements.Length);
        for (var position = 0; position < tuple.Elements.Length; position++)
        {
            var element = tuple.Elements[position];
            if (element is not IDiscardOperation && DeconstructedMember(type, deconstruct, position) is { } read)
            {
                Add(ref reads, new ClassifiedRead(read.Member, read.Category, site, OperationKind.DeconstructionAssignment, element.Syntax.GetLocation()));
            }
        }
    }

    /// <summary><c>customer is Customer(_, var interests)</c> reads the members its subpatterns look at.</summary>
    private void AddPositionalPatternReads(ref List<ClassifiedRead>? reads, IRecursivePatternOperation pattern)
    {
        if (pattern.DeconstructSymbol is not IMethodSymbol deconstruct || deconstruct.ContainingType is not { } type)
        {
            return;
        }

        for (var position = 0; position < pattern.DeconstructionSubpatterns.Length; position++)
        {
            var subpattern = pattern.DeconstructionSubpatterns[position];
            if (subpattern is not IDiscardPatternOperation && DeconstructedMember(type, deconstruct, position) is { } read)
            {
                Add(ref reads, new ClassifiedRead(read.Member, read.Category, pattern.Syntax, pattern.Kind, subpattern.Syntax.GetLocation()));
            }
        }
    }

    /// <summary>
    /// What a Deconstruct hands out at <paramref name="position"/>: a classified out parameter, or for a record's
    /// compiler-made Deconstruct, the property of the same name.
    /// </summary>
    private (ISymbol Member, ClassifiedCategory Category)? DeconstructedMember(INamedTypeSymbol type, IMethodSymbol? deconstruct, int position)
    {
        if (deconstruct is null || position >= deconstruct.Parameters.Length)
        {
            return null;
        }

        var parameter = deconstruct.Parameters[position];
        if (_classifier.CategoryOf(parameter) is { } declared)
        {
            return (parameter, declared);
        }

        if (!deconstruct.IsImplicitlyDeclared)
        {
            return null;
        }

        return _classifier.ClassifiedMemberNamed(type, parameter.Name);
    }

    private static IMethodSymbol? FindDeconstruct(INamedTypeSymbol type, int arity)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("Deconstruct"))
            {
                if (member is IMethodSymbol { IsStatic: false } method && method.Parameters.Length == arity)
                {
                    return method;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the value of the reference is used: not a plain write, not an <c>out</c> argument, not in <c>nameof</c>.</summary>
    private static bool IsRead(IOperation reference)
    {
        switch (reference.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                return false;
            case IArgumentOperation { Parameter.RefKind: RefKind.Out }:
                return false;
            case IPropertySubpatternOperation { Pattern: IDiscardPatternOperation } subpattern when subpattern.Member == reference:
                return false;
            case ITupleOperation tuple when IsDeconstructionTarget(tuple):
                return false;
        }

        return !IsInsideNameOfOrAttribute(reference) && !IsMemberSelector(reference);
    }

    /// <summary>
    /// <c>builder.Property(c => c.Email)</c>, <c>HasIndex(c => new { c.Email })</c>: an expression tree that only names
    /// members of its parameter, handed to anything but <c>System.Linq.Queryable</c>, describes the member (EF Core
    /// model configuration, <c>Include</c>); it reads no client's value. Under <c>Queryable.Select</c>, <c>Where</c> or
    /// <c>OrderBy</c> the same lambda does read the data, in the database.
    /// </summary>
    private static bool IsMemberSelector(IOperation reference)
    {
        if (reference is not IMemberReferenceOperation { Instance: IParameterReferenceOperation parameter })
        {
            return false;
        }

        var current = reference.Parent;
        while (current is IConversionOperation
            || current is ISimpleAssignmentOperation { Parent: IAnonymousObjectCreationOperation }
            || current is IAnonymousObjectCreationOperation)
        {
            current = current.Parent;
        }

        return current is IReturnOperation { Parent: IBlockOperation { Parent: IAnonymousFunctionOperation lambda } }
            && SymbolEqualityComparer.Default.Equals(lambda.Symbol, parameter.Parameter.ContainingSymbol)
            && lambda.Parent is IConversionOperation { Type: INamedTypeSymbol { Name: "Expression", Arity: 1 } expression, Parent: IArgumentOperation { Parent: IInvocationOperation call } }
            && expression.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions"
            && call.TargetMethod.ContainingType?.ToDisplayString() != "System.Linq.Queryable";
    }

    private static bool IsDeconstructionTarget(ITupleOperation tuple)
    {
        IOperation current = tuple;
        while (current.Parent is ITupleOperation or IDeclarationExpressionOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == current;
    }

    private static bool IsInsideNameOfOrAttribute(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation || current.Kind == OperationKind.Attribute)
            {
                return true;
            }
        }

        return false;
    }
}
