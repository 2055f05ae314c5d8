using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// Carried-over names after an edit to a few files' declarations: what those files now declare is taken in, instead
/// of the whole project's declarations being bound again (about 600 ms of CPU at 200,000 lines, on every keystroke in
/// a member's signature or attribute).
/// </summary>
/// <remarks>
/// <para>
/// Why it is sound. The names other files contribute depend on the edited files only through what their types are:
/// whether each holds client data or identifies a client (<see cref="_holding"/>, <see cref="_identifying"/>), what a
/// delegate's signature carries, and which members a generic type hands out when constructed elsewhere
/// (<c>class Store : Repository&lt;Customer&gt;</c>). So the edit is taken in only when the edited files declare no
/// delegate and each type they declare stands as it did: holding and identifying exactly when it was, judged against
/// the carried sets. Then every other file's names are as they were, and the carried sets still hold every type that
/// holds client data. A generic type's member whose signature names a type parameter may hand out client data in
/// some construction, so its name is taken to lead there (a generic indexer would make every element access lead
/// there: the names are built instead). A member that overrides or implements one of the edited files' takes its
/// category by the same name, which the edited file's own member adds.
/// </para>
/// <para>
/// Names are only added: one the edit removed stays and may lead a body to be bound for nothing, which costs time,
/// never a diagnostic; the names are built anew at the next change that cannot be taken in. When a name was added,
/// no file's token index is carried over: an unchanged file may name the new member.
/// </para>
/// </remarks>
internal sealed partial class ClientDataNames
{
    private bool TakeInDeclarations(List<SyntaxTree> edited, Compilation compilation)
    {
        var types = new List<INamedTypeSymbol>();
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in edited)
        {
            if (!AddDeclaredTypes(tree, compilation, types, seen))
            {
                return false;
            }
        }

        foreach (var type in types)
        {
            if (!StandsAsItDid(type))
            {
                return false;
            }
        }

        AddTypeNames(types);
        foreach (var type in types)
        {
            AddMemberNames(type, withParameters: true);
            AddInheritedMemberNames(type);
            if (!AddConstructedMemberNames(type))
            {
                return false;
            }
        }

        foreach (var tree in edited)
        {
            foreach (var alias in UsingAliases.Of(tree))
            {
                Add(alias, BodyTriggers.All);
            }
        }

        return true;
    }

    /// <summary>The types <paramref name="tree"/> declares, nested ones too; false when one is a delegate or not a plain type.</summary>
    private static bool AddDeclaredTypes(SyntaxTree tree, Compilation compilation, List<INamedTypeSymbol> types, HashSet<INamedTypeSymbol> seen)
    {
        var model = compilation.GetSemanticModel(tree);
        foreach (var node in tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            if (node is DelegateDeclarationSyntax)
            {
                return false;
            }

            if (node is BaseTypeDeclarationSyntax declaration)
            {
                if (model.GetDeclaredSymbol(declaration) is not { } type || !IsPlain(type))
                {
                    return false;
                }

                if (seen.Add(type))
                {
                    types.Add(type);
                }
            }
        }

        return true;
    }

    private static bool IsPlain(INamedTypeSymbol type) => type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface or TypeKind.Enum;

    /// <summary>
    /// The members of <paramref name="type"/> whose signature names a type parameter, taken to lead to client data: a
    /// construction elsewhere may put a customer there. False for such an indexer.
    /// </summary>
    private bool AddConstructedMemberNames(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (!SignatureNamesTypeParameter(member))
            {
                continue;
            }

            if (member is IPropertySymbol { IsIndexer: true })
            {
                return false;
            }

            Add(member.Name, BodyTriggers.ClientData | BodyTriggers.IdentifyingData);
        }

        return true;
    }

    private static bool SignatureNamesTypeParameter(ISymbol member) => member switch
    {
        IFieldSymbol field => TypeParts.Any(field.Type, default(TypeParts.TypeParameter)),
        IPropertySymbol property => TypeParts.Any(property.Type, default(TypeParts.TypeParameter))
            || TypeParts.AnyParameter(property.Parameters, default(TypeParts.TypeParameter)),
        IEventSymbol @event => TypeParts.Any(@event.Type, default(TypeParts.TypeParameter)),
        IMethodSymbol method => TypeParts.AnyInSignature(method, default(TypeParts.TypeParameter)),
        _ => false,
    };

    /// <summary>Whether <paramref name="type"/> holds client data and identifies a client exactly when the carried sets say it does.</summary>
    private bool StandsAsItDid(INamedTypeSymbol type)
    {
        var holding = _classifier.CategoryOfType(type) is not null || HasClassifiedMember(type) || Reaches(type, _holding, followAllMembers: false);
        var identifying = holding || HasSubjectId(type) || Reaches(type, _identifying, followAllMembers: true);
        return holding == _holding.Contains(type) && identifying == _identifying.Contains(type);
    }
}
