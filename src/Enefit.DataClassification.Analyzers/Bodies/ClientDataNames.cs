using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>
/// The names through which code can reach client data, found once per compilation from its declarations: what a body
/// must name before any rule can find anything in it, so that a body that names none of them is never bound
/// (<see cref="BodyScan"/>). Binding every body and building its operation tree costs the compiler more than all our
/// rules' own work; most bodies touch no client data at all.
/// </summary>
/// <remarks>
/// <para>
/// Why names suffice: a value of a type that holds client data comes from somewhere the code names. It is read from a
/// field, property, parameter or event, returned by a method, or made by naming its type (<c>new</c>, a cast, a
/// pattern, a type argument); a local got its value in the same body from one of those; a lambda's parameter gets its
/// type from the method it is passed to or the variable it is stored in; <c>this</c> and <c>base</c> are keywords the
/// scan looks for. So the set holds: the names of the types whose values hold client data (<see cref="_holding"/>) and of
/// delegate types that carry them; the names of every field, property, event, method and parameter whose type, return
/// type or parameter types mention such a type, or that is classified itself; the category attributes' names (a
/// classified parameter of a lambda or local function); and every <c>using</c> alias, whatever it stands for.
/// </para>
/// <para>
/// Members are taken from the source and from the referenced assemblies that can mention the runtime library's types
/// (those that reference it, or reference one that does). For a source type, the members of its base types and
/// interfaces are taken too, as constructed: <c>class Store : Repository&lt;Customer&gt;</c> hands out customers through
/// members declared in a library that never heard of them.
/// </para>
/// <para>Not seen: <c>dynamic</c>, which no rule follows either.</para>
/// </remarks>
internal sealed partial class ClientDataNames
{
    private static readonly ConditionalWeakTable<Compilation, Entry> Cache = new();

    /// <summary>The names the reflection rule (EDC0010) looks at: <c>Type.GetProperty</c> and its kin.</summary>
    private static readonly string[] ReflectionNames = { "GetProperty", "GetField", "GetMember", "GetMethod" };

    private readonly Dictionary<SyntaxTree, int> _treeSlots = new();
    private List<SyntaxTree> _files = new();
    private TreeTokens?[] _treeTokens = System.Array.Empty<TreeTokens?>();
    private DeclarationFingerprint?[] _fingerprints = System.Array.Empty<DeclarationFingerprint?>();
    private bool _fingerprintFiles;
    private TextCandidates? _candidates;

    /// <summary>Whether a name was added or led to more since the table was made: then no file's token index can be carried over.</summary>
    private bool _grew;
    private readonly HashSet<INamedTypeSymbol> _holding = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _identifying = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, BodyTriggers> _sourceParameters = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<string, BodyTriggers> _names;
    private readonly MemberClassifier _classifier;
    private readonly CheckMembers _checks;

    private ClientDataNames(KnownSymbols symbols, Dictionary<string, BodyTriggers> names)
    {
        _names = names;
        _classifier = new MemberClassifier(symbols);
        _checks = new CheckMembers(symbols);
    }

    /// <summary>What the indexers hand out: when any hands out client data, every element access may read it.</summary>
    public BodyTriggers IndexerTriggers { get; private set; }

    /// <summary>
    /// Where in a file's text the tokens that lead somewhere can stand, made from the finished names on first use
    /// (<see cref="TreeTokens"/>); two rules that ask at once may both make it, and one stays.
    /// </summary>
    public TextCandidates Candidates
        => Volatile.Read(ref _candidates)
            ?? Interlocked.CompareExchange(ref _candidates, new TextCandidates(_names.Keys, IndexerTriggers != BodyTriggers.None), null)
            ?? _candidates!;

    /// <summary>Whether these names were carried over from an earlier compilation of the project rather than built (<see cref="EarlierNames"/>).</summary>
    public bool CarriedOver { get; private set; }

    /// <summary>
    /// The names of <paramref name="compilation"/>, built on first use and shared by every rule; null when the runtime
    /// library is not referenced.
    /// </summary>
    public static ClientDataNames? For(Compilation compilation)
        => Cache.GetValue(compilation, c => new Entry(c)).Names;

    /// <summary>What naming <paramref name="name"/> in a body may lead to; <see cref="BodyTriggers.None"/> for most names.</summary>
    public BodyTriggers TriggersOf(string name) => _names.TryGetValue(name, out var triggers) ? triggers : BodyTriggers.None;

    /// <summary>What the names and keywords of <paramref name="codeBlock"/>, owned by <paramref name="owner"/>, may lead to.</summary>
    public BodyTriggers Scan(SyntaxNode codeBlock, ISymbol owner, CancellationToken cancellationToken)
        => BodyScan.Of(codeBlock, owner, this, cancellationToken);

    /// <summary>
    /// The tokens of <paramref name="tree"/> that may lead somewhere, read once per tree for all the rules: each tree of
    /// the compilation has a slot, filled by whichever rule asks first, without a lock (two rules that ask at once both
    /// read the tree, and one result stays). Where files are fingerprinted (<see cref="EarlierNames"/>), a file read
    /// here is fingerprinted too: it is a file the IDE has open, the one an edit will change next.
    /// </summary>
    public TreeTokens TokensOf(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (!_treeSlots.TryGetValue(tree, out var slot))
        {
            return TreeTokens.Of(tree, this, cancellationToken);
        }

        if (Volatile.Read(ref _treeTokens[slot]) is { } tokens)
        {
            return tokens;
        }

        if (_fingerprintFiles && Volatile.Read(ref _fingerprints[slot]) is null)
        {
            Volatile.Write(ref _fingerprints[slot], DeclarationFingerprint.Of(tree, cancellationToken));
        }

        return Interlocked.CompareExchange(ref _treeTokens[slot], TreeTokens.Of(tree, this, cancellationToken), null)
            ?? _treeTokens[slot]!;
    }

    /// <summary>
    /// What the parameters of <paramref name="method"/> bring into its body: found while the names were built for a
    /// method of the source (every rule asks for every body), else read now.
    /// </summary>
    public BodyTriggers ParameterTriggersOf(IMethodSymbol method)
        => _sourceParameters.TryGetValue(method, out var triggers) ? triggers : ParameterTriggers(method, withParameters: false);

    /// <summary>What <c>this</c> brings in, in a body of <paramref name="type"/> or of a type nested in it.</summary>
    public BodyTriggers TriggersOfThis(INamedTypeSymbol? type)
    {
        var triggers = BodyTriggers.None;
        for (var current = type; current is not null; current = current.ContainingType)
        {
            var definition = current.OriginalDefinition;
            triggers |= (_holding.Contains(definition) ? BodyTriggers.ClientData : BodyTriggers.None)
                | (_identifying.Contains(definition) ? BodyTriggers.IdentifyingData : BodyTriggers.None);
        }

        return triggers;
    }

    /// <summary>
    /// The names of <paramref name="compilation"/>: carried over from the project's earlier compilation where they still
    /// hold, else built; then left for the next compilation of the project.
    /// </summary>
    private static ClientDataNames? Create(Compilation compilation)
    {
        if (KnownSymbols.TryCreate(compilation) is not { } symbols)
        {
            return null;
        }

        var project = EarlierNames.ProjectOf(compilation);
        var earlier = EarlierNames.LatestOf(project);
        var names = (earlier is not null && EarlierNames.Compare(earlier, compilation) is { } changes
                ? CarryOver(earlier, changes, compilation, symbols)
                : null)
            ?? Build(compilation, symbols);
        // Fingerprints pay only where the next compilation will keep most of these files, as this one kept some of the
        // earlier one's (names built after an edit too): not in a compiler server, which parses every file anew.
        names._fingerprintFiles = earlier is not null && EarlierNames.SharesFiles(earlier, compilation);
        EarlierNames.Remember(project, names.SnapshotOf(compilation));
        return names;
    }

    private static ClientDataNames Build(Compilation compilation, KnownSymbols symbols)
    {
        var names = new ClientDataNames(symbols, new Dictionary<string, BodyTriggers>(System.StringComparer.Ordinal));
        var sourceTypes = new List<INamedTypeSymbol>();
        AddTypes(compilation.Assembly.GlobalNamespace, sourceTypes);
        var types = new List<INamedTypeSymbol>(sourceTypes);
        foreach (var assembly in AssembliesThatMayMention(compilation, symbols.ClassificationBase.ContainingAssembly))
        {
            AddTypes(assembly.GlobalNamespace, types);
        }

        names.FindHoldingTypes(types);
        names.AddTypeNames(types);
        foreach (var type in types)
        {
            names.AddMemberNames(type, withParameters: false);
        }

        foreach (var type in sourceTypes)
        {
            names.AddMemberNames(type, withParameters: true);
            names.AddInheritedMemberNames(type);
        }

        names.AddFixedNames(compilation, symbols);
        names.MakeTreeSlots(compilation);
        return names;
    }

    private void MakeTreeSlots(Compilation compilation)
    {
        _files = compilation.SyntaxTrees.ToList();
        foreach (var tree in _files)
        {
            _treeSlots[tree] = _treeSlots.Count;
        }

        _treeTokens = new TreeTokens?[_treeSlots.Count];
        _fingerprints = new DeclarationFingerprint?[_treeSlots.Count];
    }

    /// <summary>
    /// The names of <paramref name="earlier"/> for <paramref name="compilation"/>, whose files are the earlier ones but
    /// for a few (<paramref name="changes"/>): the same names, with what the files whose declarations changed now declare
    /// taken in (<see cref="TakeInDeclarations"/>); the types that hold client data found again among the compilation's
    /// by their keys; and, while no name was added, each unchanged file's token index, if the earlier names are still
    /// alive to hold them. Null when a type is not found
    /// again that way (a file-local one, one renamed or removed) or an edit may change what other files' names lead to:
    /// then the names are built.
    /// </summary>
    private static ClientDataNames? CarryOver(NamesSnapshot earlier, FileChanges changes, Compilation compilation, KnownSymbols symbols)
    {
        var edited = changes.Kinds.Any(kind => kind == FileChange.Declarations);

        // A table that will take in new names is a copy: the earlier one may still serve the compilation it came from.
        var table = edited ? new Dictionary<string, BodyTriggers>(earlier.Names, System.StringComparer.Ordinal) : earlier.Names;
        var names = new ClientDataNames(symbols, table) { IndexerTriggers = earlier.IndexerTriggers, CarriedOver = true };
        names.MakeTreeSlots(compilation);
        if (!FindAgain(earlier.Holding, compilation, names._holding)
            || !FindAgain(earlier.Identifying, compilation, names._identifying)
            || (edited && !names.TakeInDeclarations(names._files.Where((_, file) => changes.Kinds[file] == FileChange.Declarations).ToList(), compilation)))
        {
            return null;
        }

        var earlierTokens = names._grew || !earlier.Tokens.TryGetTarget(out var tokens) ? null : tokens;
        for (var file = 0; file < names._files.Count; file++)
        {
            if (changes.Kinds[file] == FileChange.None)
            {
                names._fingerprints[file] = Volatile.Read(ref earlier.Fingerprints[file]);
                names._treeTokens[file] = earlierTokens is null ? null : Volatile.Read(ref earlierTokens[file]);
            }
            else
            {
                names._fingerprints[file] = changes.Fingerprints[file];
            }
        }

        return names;
    }

    private static bool FindAgain(IReadOnlyList<TypeKey> keys, Compilation compilation, HashSet<INamedTypeSymbol> found)
    {
        Dictionary<AssemblyIdentity, IAssemblySymbol>? references = null;
        foreach (var key in keys)
        {
            var assembly = key.Assembly is null
                ? compilation.Assembly
                : (references ??= ReferencedByIdentity(compilation)).TryGetValue(key.Assembly, out var referenced) ? referenced : null;
            if (assembly?.GetTypeByMetadataName(key.MetadataName) is not { } type)
            {
                return false;
            }

            found.Add(type);
        }

        return true;
    }

    private static Dictionary<AssemblyIdentity, IAssemblySymbol> ReferencedByIdentity(Compilation compilation)
    {
        var byIdentity = new Dictionary<AssemblyIdentity, IAssemblySymbol>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            byIdentity[assembly.Identity] = assembly;
        }

        return byIdentity;
    }

    /// <summary>What these names leave for the next compilation of the project: see <see cref="NamesSnapshot"/>.</summary>
    private NamesSnapshot SnapshotOf(Compilation compilation)
        => new(
            compilation.Options,
            compilation.References.ToList(),
            _files,
            _names,
            IndexerTriggers,
            KeysOf(_holding, compilation),
            KeysOf(_identifying, compilation),
            _treeTokens,
            _fingerprints);

    private static List<TypeKey> KeysOf(HashSet<INamedTypeSymbol> types, Compilation compilation)
    {
        var keys = new List<TypeKey>(types.Count);
        foreach (var type in types)
        {
            var assembly = SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly) ? null : type.ContainingAssembly.Identity;
            keys.Add(new TypeKey(assembly, SymbolNames.MetadataNameOf(type)));
        }

        return keys;
    }

    /// <summary>The referenced assemblies that reference the runtime library, or one that does, and so may name its types.</summary>
    private static List<IAssemblySymbol> AssembliesThatMayMention(Compilation compilation, IAssemblySymbol runtime)
    {
        var aware = new HashSet<string>(System.StringComparer.Ordinal) { runtime.Identity.Name };
        var result = new List<IAssemblySymbol> { runtime };
        var candidates = new List<IAssemblySymbol>(compilation.SourceModule.ReferencedAssemblySymbols);
        for (var grew = true; grew;)
        {
            grew = false;
            for (var i = candidates.Count - 1; i >= 0; i--)
            {
                var assembly = candidates[i];
                if (aware.Contains(assembly.Identity.Name))
                {
                    candidates.RemoveAt(i);
                }
                else if (ReferencesAny(assembly, aware))
                {
                    aware.Add(assembly.Identity.Name);
                    result.Add(assembly);
                    candidates.RemoveAt(i);
                    grew = true;
                }
            }
        }

        return result;
    }

    private static bool ReferencesAny(IAssemblySymbol assembly, HashSet<string> names)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblySymbols)
            {
                if (names.Contains(referenced.Identity.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AddTypes(INamespaceSymbol @namespace, List<INamedTypeSymbol> types)
    {
        foreach (var member in @namespace.GetMembers())
        {
            if (member is INamespaceSymbol nested)
            {
                AddTypes(nested, types);
            }
            else if (member is INamedTypeSymbol type)
            {
                AddTypeAndNested(type, types);
            }
        }
    }

    private static void AddTypeAndNested(INamedTypeSymbol type, List<INamedTypeSymbol> types)
    {
        types.Add(type);
        foreach (var nested in type.GetTypeMembers())
        {
            AddTypeAndNested(nested, types);
        }
    }

    /// <summary>
    /// The types a value of which holds client data, as EDC0006 prints it and the consent rules read it: a classified
    /// type, a type with a classified member (its own or a base type's), a record or a type whose base or interfaces
    /// hold such a type, a sequence of them. And, wider, those that identify a client, as EDC0009 follows them: also a
    /// type with a subject id, and any type whose data members hold an identifying type. Each grown until nothing
    /// changes: a record of a record of a customer holds a customer.
    /// </summary>
    private void FindHoldingTypes(List<INamedTypeSymbol> types)
    {
        Grow(types, _holding, type => _classifier.CategoryOfType(type) is not null || HasClassifiedMember(type), followAllMembers: false);
        foreach (var type in _holding)
        {
            _identifying.Add(type);
        }

        Grow(types, _identifying, HasSubjectId, followAllMembers: true);
    }

    private void Grow(List<INamedTypeSymbol> types, HashSet<INamedTypeSymbol> set, System.Func<INamedTypeSymbol, bool> seed, bool followAllMembers)
    {
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var type in types)
            {
                if (!set.Contains(type) && (seed(type) || Reaches(type, set, followAllMembers)))
                {
                    set.Add(type);
                    grew = true;
                }
            }
        }
    }

    private bool HasClassifiedMember(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol or IPropertySymbol && _classifier.CategoryOf(member) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasSubjectId(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol or IPropertySymbol && _classifier.IsSubjectId(member))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> reaches a type of <paramref name="set"/>: by its base, its interfaces, its data members.</summary>
    private static bool Reaches(INamedTypeSymbol type, HashSet<INamedTypeSymbol> set, bool followAllMembers)
    {
        if ((type.BaseType is { } baseType && Mentions(baseType, set)) || AnyInterfaceMentions(type, set))
        {
            return true;
        }

        if (!followAllMembers && !type.IsRecord)
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            if (ClassifiedContent.IsDataMember(member) && Mentions(ClassifiedContent.DataMemberType(member), set))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyInterfaceMentions(INamedTypeSymbol type, HashSet<INamedTypeSymbol> set)
    {
        foreach (var @interface in type.AllInterfaces)
        {
            if (Mentions(@interface, set))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Which sets <paramref name="type"/> mentions a type of, as triggers.</summary>
    private BodyTriggers MentionsOf(ITypeSymbol? type)
        => (Mentions(type, _holding) ? BodyTriggers.ClientData : BodyTriggers.None)
            | (Mentions(type, _identifying) ? BodyTriggers.IdentifyingData : BodyTriggers.None);

    /// <summary>Whether <paramref name="type"/> is or carries a type of <paramref name="set"/>: as an element, a type argument, a delegate's signature.</summary>
    private static bool Mentions(ITypeSymbol? type, HashSet<INamedTypeSymbol> set) => TypeParts.Any(type, new TypeParts.InSet(set));

    /// <summary>The names of the holding types and of the delegate types that carry them: <c>new Customer()</c>, <c>(Customer)o</c>.</summary>
    private void AddTypeNames(List<INamedTypeSymbol> types)
    {
        foreach (var type in types)
        {
            var triggers = type.TypeKind == TypeKind.Delegate
                ? MentionsOf(type)
                : (_holding.Contains(type) ? BodyTriggers.ClientData : BodyTriggers.None)
                    | (_identifying.Contains(type) ? BodyTriggers.IdentifyingData : BodyTriggers.None);
            Add(type.Name, triggers);
        }
    }

    private void AddMemberNames(INamedTypeSymbol type, bool withParameters)
    {
        foreach (var member in type.GetMembers())
        {
            AddMemberName(member, withParameters);
        }
    }

    /// <summary>Members a source type inherits, as constructed for it: <c>Repository&lt;Customer&gt;.Find</c> returns a customer.</summary>
    private void AddInheritedMemberNames(INamedTypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (baseType.IsGenericType)
            {
                AddMemberNames(baseType, withParameters: false);
            }
        }

        foreach (var @interface in type.AllInterfaces)
        {
            if (@interface.IsGenericType)
            {
                AddMemberNames(@interface, withParameters: false);
            }
        }
    }

    private void AddMemberName(ISymbol member, bool withParameters)
    {
        switch (member)
        {
            case IFieldSymbol field when !field.IsImplicitlyDeclared:
                Add(field.Name, DataMemberTriggers(field, field.Type));
                break;
            case IPropertySymbol property:
                var triggers = DataMemberTriggers(property, property.Type);
                if (property.IsIndexer)
                {
                    _grew |= (IndexerTriggers | triggers) != IndexerTriggers;
                    IndexerTriggers |= triggers;
                }
                else
                {
                    Add(property.Name, triggers);
                }

                break;
            case IEventSymbol @event:
                Add(@event.Name, MentionsOf(@event.Type));
                break;
            case IMethodSymbol method:
                AddMethodNames(method, withParameters);
                break;
        }
    }

    /// <summary>A classified member holds client data, a subject id identifies; either by its type as well.</summary>
    private BodyTriggers DataMemberTriggers(ISymbol member, ITypeSymbol type)
    {
        var triggers = MentionsOf(type);
        if (_classifier.CategoryOf(member) is not null)
        {
            triggers |= BodyTriggers.ClientData | BodyTriggers.IdentifyingData;
        }
        else if (_classifier.IsSubjectId(member))
        {
            triggers |= BodyTriggers.IdentifyingData;
        }

        return triggers;
    }

    private void AddMethodNames(IMethodSymbol method, bool withParameters)
    {
        var parameters = ParameterTriggers(method, withParameters);
        if (method.MethodKind is MethodKind.Ordinary or MethodKind.ReducedExtension or MethodKind.DelegateInvoke)
        {
            var returned = _classifier.ReturnCategoryOf(method) is not null ? BodyTriggers.ClientData | BodyTriggers.IdentifyingData : BodyTriggers.None;
            Add(method.Name, returned | MentionsOf(method.ReturnType) | parameters);
        }

        if (method.MethodKind == MethodKind.Ordinary && _checks.IsElectronicSend(method))
        {
            Add(method.Name, BodyTriggers.ElectronicSend);
        }
    }

    /// <summary>
    /// What the parameters of <paramref name="method"/> carry; with <paramref name="withParameters"/>, each such
    /// parameter's name is added too (a source method's: a primary constructor's are read by name in every body of its type),
    /// and the method's answer kept for <see cref="ParameterTriggersOf"/>.
    /// </summary>
    private BodyTriggers ParameterTriggers(IMethodSymbol method, bool withParameters)
    {
        var all = BodyTriggers.None;
        foreach (var parameter in method.Parameters)
        {
            var triggers = MentionsOf(parameter.Type)
                | (_classifier.CategoryOf(parameter) is not null ? BodyTriggers.ClientData | BodyTriggers.IdentifyingData : BodyTriggers.None);
            if (withParameters)
            {
                Add(parameter.Name, triggers);
            }

            all |= triggers;
        }

        if (withParameters)
        {
            _sourceParameters[method] = all;
        }

        return all;
    }

    /// <summary>
    /// The names the other rules start from: the category attributes (a classified lambda parameter), the proof types
    /// and their <c>Issue</c> (EDC0007), the reflection methods (EDC0010), and every <c>using</c> alias, which may stand
    /// for any of the above.
    /// </summary>
    private void AddFixedNames(Compilation compilation, KnownSymbols symbols)
    {
        foreach (var attribute in new[] { symbols.MasterData, symbols.CommunicationData, symbols.MarketingOnly })
        {
            if (attribute is not null)
            {
                Add(attribute.Name, BodyTriggers.ClientData | BodyTriggers.IdentifyingData);
                Add(attribute.Name.Substring(0, attribute.Name.Length - "Attribute".Length), BodyTriggers.ClientData | BodyTriggers.IdentifyingData);
            }
        }

        foreach (var proof in new[] { symbols.MarketingConsent, symbols.ElectronicMarketingPermit })
        {
            if (proof is not null)
            {
                Add(proof.Name, BodyTriggers.ProofMaking);
            }
        }

        Add("Issue", BodyTriggers.ProofMaking);
        foreach (var name in ReflectionNames)
        {
            Add(name, BodyTriggers.Reflection);
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var alias in UsingAliases.Of(tree))
            {
                Add(alias, BodyTriggers.All);
            }
        }
    }

    private void Add(string name, BodyTriggers triggers)
    {
        var existing = _names.TryGetValue(name, out var found) ? found : BodyTriggers.None;
        if ((existing | triggers) != existing)
        {
            _names[name] = existing | triggers;
            _grew = true;
        }
    }

    /// <summary>One compilation's names, built once by whichever rule asks first.</summary>
    private sealed class Entry
    {
        private readonly System.Lazy<ClientDataNames?> _names;

        public Entry(Compilation compilation)
            => _names = new System.Lazy<ClientDataNames?>(() => Create(compilation));

        public ClientDataNames? Names => _names.Value;
    }
}
