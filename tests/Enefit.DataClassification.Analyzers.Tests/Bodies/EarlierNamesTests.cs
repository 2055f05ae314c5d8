using System.Collections.Immutable;
using Enefit.DataClassification.Analyzers.Bodies;
using Enefit.DataClassification.Analyzers.Rules;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static Enefit.DataClassification.Analyzers.Tests.Rules.LeakTestModel;

namespace Enefit.DataClassification.Analyzers.Tests.Bodies;

/// <summary>
/// The names of a compilation are carried over to the next compilation of the same project when it declares the same
/// things, as after an edit inside a body in the IDE, and built anew after any other change (Bodies/EarlierNames.cs).
/// Each test has an assembly name of its own: the project's latest compilation is found by it.
/// </summary>
public sealed class EarlierNamesTests
{
    private const string Services = """
        using System;
        using Microsoft.Extensions.Logging;
        using Enefit.DataClassification;

        public class Mailer
        {
            private readonly int _limit = 3;
            private readonly ILogger _log;

            public Mailer(ILogger log) => _log = log;

            public int Count(int[] counts)
            {
                var total = 0;
                foreach (var c in counts) { total += c; }
                return total;
            }

            public int Limit => _limit;

            public object Pick() { return 1; }

            public string Greet(Customer customer) { return "Hello"; }
        }
        """;

    /// <summary>A file of the project that is not open in the editor: no rule reads it.</summary>
    private const string Clock = "public class Clock { public int Now() { return 1; } }";

    [Fact]
    public void An_edit_inside_a_body_carries_the_names_over_with_the_later_compilation_s_types()
    {
        var earlier = OpenProject(nameof(An_edit_inside_a_body_carries_the_names_over_with_the_later_compilation_s_types));
        var later = Edit(earlier, "var total = 0;", "var total = counts.Length;");

        var names = ClientDataNames.For(later)!;

        Assert.True(names.CarriedOver);
        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.TriggersOf("Email"));
        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.TriggersOf("customer"));
        Assert.Equal(BodyTriggers.None, names.TriggersOf("Count"));
        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.TriggersOfThis(later.GetTypeByMetadataName("Customer")));
        Assert.Equal(BodyTriggers.None, names.TriggersOfThis(later.GetTypeByMetadataName("Mailer")));
        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.ParameterTriggersOf(GreetOf(later)));
    }

    [Fact]
    public void A_file_that_did_not_change_keeps_its_token_index_and_the_edited_file_gets_a_new_one()
    {
        var earlier = OpenProject(nameof(A_file_that_did_not_change_keeps_its_token_index_and_the_edited_file_gets_a_new_one));
        var earlierNames = ClientDataNames.For(earlier)!;
        var unchanged = earlier.SyntaxTrees.Single(tree => tree.ToString().Contains("class Customer"));
        var unchangedIndex = earlierNames.TokensOf(unchanged, CancellationToken.None);
        var servicesIndex = earlierNames.TokensOf(ServicesTree(earlier), CancellationToken.None);
        var later = Edit(earlier, "return total;", "return total + 1;");

        var names = ClientDataNames.For(later)!;

        Assert.True(names.CarriedOver);
        Assert.Same(unchangedIndex, names.TokensOf(unchanged, CancellationToken.None));
        Assert.NotSame(servicesIndex, names.TokensOf(ServicesTree(later), CancellationToken.None));
        GC.KeepAlive(earlier); // the snapshot holds the token indexes through the earlier names, weakly
    }

    [Theory]
    [InlineData("public int Limit => _limit;", "public int Limit => _limit + 1;")]
    [InlineData("public int Limit => _limit;", "public int Limit   =>   _limit; // the limit")]
    [InlineData("return \"Hello\";", "return customer.Email;")]
    public void Other_edits_that_declare_nothing_new_carry_the_names_over(string before, string after)
    {
        var earlier = OpenProject(nameof(Other_edits_that_declare_nothing_new_carry_the_names_over) + before.Length + after.Length);

        Assert.True(ClientDataNames.For(Edit(earlier, before, after))!.CarriedOver);
    }

    [Theory]
    [InlineData("public int Count(int[] counts)", "public int Count(Customer[] counts)", "Count")]
    [InlineData("using System;", "using System; using Crm = Customer;", "Crm")]
    [InlineData("public int Limit => _limit;", "public int Limit => _limit; public Customer Choose() { return new Customer(); }", "Choose")]
    public void An_edit_to_a_declaration_that_leaves_every_type_as_it_stood_is_taken_in(string before, string after, string newName)
    {
        var earlier = OpenProject(nameof(An_edit_to_a_declaration_that_leaves_every_type_as_it_stood_is_taken_in) + newName);
        var customerFile = earlier.SyntaxTrees.Single(tree => tree.ToString().Contains("class Customer"));
        var customerIndex = ClientDataNames.For(earlier)!.TokensOf(customerFile, CancellationToken.None);
        Assert.Equal(BodyTriggers.None, ClientDataNames.For(earlier)!.TriggersOf(newName));

        var names = ClientDataNames.For(Edit(earlier, before, after))!;

        Assert.True(names.CarriedOver);
        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.TriggersOf(newName) & (BodyTriggers.ClientData | BodyTriggers.IdentifyingData));
        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.TriggersOf("Email"));
        // A name was added: an unchanged file may name it, so its index is read again.
        Assert.NotSame(customerIndex, names.TokensOf(customerFile, CancellationToken.None));
    }

    [Fact]
    public void An_edit_to_a_declaration_that_adds_no_name_keeps_the_unchanged_files_indexes()
    {
        var earlier = OpenProject(nameof(An_edit_to_a_declaration_that_adds_no_name_keeps_the_unchanged_files_indexes));
        var customerFile = earlier.SyntaxTrees.Single(tree => tree.ToString().Contains("class Customer"));
        var customerIndex = ClientDataNames.For(earlier)!.TokensOf(customerFile, CancellationToken.None);

        var names = ClientDataNames.For(Edit(earlier, "private readonly int _limit = 3;", "private readonly int _limit = 3; public int Twice() { return 2 * _limit; }"))!;

        Assert.True(names.CarriedOver);
        Assert.Equal(BodyTriggers.None, names.TriggersOf("Twice"));
        Assert.Same(customerIndex, names.TokensOf(customerFile, CancellationToken.None));
        GC.KeepAlive(earlier); // the snapshot holds the token indexes through the earlier names, weakly
    }

    [Theory]
    [InlineData("private readonly int _limit = 3;", "[MasterData] private readonly string _note = \"\"; private readonly int _limit = 3;", "_note")]
    [InlineData("public int Limit => _limit;", "public Customer Limit => new();", "Limit")]
    [InlineData("public class Mailer", "public class Mailer : Customer", "Mailer")]
    [InlineData("public class Mailer", "public delegate void Visit(Customer c); public class Mailer", "Visit")]
    [InlineData("public class Mailer", "public class Box<T> { public T Item { get; set; } = default!; public Customer Owner { get; set; } = new(); } public class Mailer", "Owner")]
    public void An_edit_that_changes_what_a_type_holds_or_declares_a_delegate_has_the_names_built_anew(string before, string after, string newName)
    {
        var earlier = OpenProject(nameof(An_edit_that_changes_what_a_type_holds_or_declares_a_delegate_has_the_names_built_anew) + newName);
        Assert.Equal(BodyTriggers.None, ClientDataNames.For(earlier)!.TriggersOf(newName));

        var names = ClientDataNames.For(Edit(earlier, before, after))!;

        Assert.False(names.CarriedOver);
        Assert.NotEqual(BodyTriggers.None, names.TriggersOf(newName));
    }

    [Fact]
    public void Without_the_earlier_names_alive_the_unchanged_files_are_read_again_and_the_names_still_carried_over()
    {
        var (later, customerFile, customerIndex) = EditAfterTheEarlierCompilationIsGone();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var names = ClientDataNames.For(later)!;

        Assert.True(names.CarriedOver);
        Assert.False(customerIndex.TryGetTarget(out var index) && ReferenceEquals(index, names.TokensOf(customerFile, CancellationToken.None)));
        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.TriggersOf("Email"));
    }

    [Fact]
    public void The_compilations_of_two_target_frameworks_of_one_project_each_carry_over_their_own_names()
    {
        var name = nameof(The_compilations_of_two_target_frameworks_of_one_project_each_carry_over_their_own_names);
        var net8 = ForTarget(name, "NET8_0");
        var net10 = ForTarget(name, "NET10_0");
        ClientDataNames.For(net8);
        ClientDataNames.For(net10);

        var net8Later = net8.Clone();
        var net10Later = net10.Clone();

        Assert.True(ClientDataNames.For(net8Later)!.CarriedOver);
        Assert.True(ClientDataNames.For(net10Later)!.CarriedOver);
    }

    [Fact]
    public void An_added_file_or_reference_has_the_names_built_anew()
    {
        var earlier = OpenProject(nameof(An_added_file_or_reference_has_the_names_built_anew));

        var withFile = earlier.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Extra { }"));
        var withReference = earlier.AddReferences(TestReferences.Telemetry[0]);

        Assert.False(ClientDataNames.For(withFile)!.CarriedOver);
        Assert.False(ClientDataNames.For(withReference)!.CarriedOver);
    }

    /// <summary>
    /// A compiler server (what <c>dotnet build</c> uses) compiles a project again and again in one process, each time
    /// with new options that hold the command-line compiler's metadata reference resolver, whose <c>Equals</c> throws
    /// <see cref="NotImplementedException"/>. Options that cannot be compared are other options: the names are built
    /// anew, and no rule fails.
    /// </summary>
    [Fact]
    public void A_project_compiled_again_with_options_that_cannot_be_compared_has_its_names_built_anew()
    {
        const string project = nameof(A_project_compiled_again_with_options_that_cannot_be_compared_has_its_names_built_anew);
        Assert.False(ClientDataNames.For(WithIncomparableResolver(Compile(project)))!.CarriedOver);

        var again = WithIncomparableResolver(Compile(project));
        var names = ClientDataNames.For(again)!;

        Assert.False(names.CarriedOver);
        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.TriggersOf("Email"));
    }

    /// <summary>The very same options need no comparing: an edit in the IDE keeps the project's options object.</summary>
    [Fact]
    public void An_edit_carries_the_names_over_whatever_the_options_equality_would_say()
    {
        const string project = nameof(An_edit_carries_the_names_over_whatever_the_options_equality_would_say);
        var earlier = WithIncomparableResolver(Compile(project));
        ClientDataNames.For(earlier);

        var later = Edit(earlier, "var total = 0;", "var total = counts.Length;");

        Assert.True(ClientDataNames.For(later)!.CarriedOver);
    }

    [Fact]
    public void A_copy_of_a_compilation_with_the_very_same_files_carries_the_names_over_even_from_the_first()
    {
        var first = Compile(nameof(A_copy_of_a_compilation_with_the_very_same_files_carries_the_names_over_even_from_the_first));

        Assert.False(ClientDataNames.For(first)!.CarriedOver);
        Assert.True(ClientDataNames.For(first.Clone())!.CarriedOver);
    }

    [Theory]
    [InlineData("public class Box<T> { public T Item { get; set; } = default!; }", "Item")]
    [InlineData("public class Box<T> { public System.Collections.Generic.List<T> Items { get; } = new(); }", "Items")]
    [InlineData("public class Box<T> { public void Put(T item) { } }", "Put")]
    [InlineData("public class Box<T> { public class Lid { public T? Under { get; set; } } }", "Under")]
    public void A_member_added_to_a_generic_type_leads_to_client_data_as_a_construction_elsewhere_may_hand_it_out(string edited, string member)
    {
        // Shelf hands out Box<Customer>'s members, customers, though the edited file never mentions one.
        const string Box = "public class Box<T> { }";
        var first = TestCompilations.WithRuntime(
            nameof(A_member_added_to_a_generic_type_leads_to_client_data_as_a_construction_elsewhere_may_hand_it_out) + member,
            Customer,
            Box,
            "public class Shelf : Box<Customer> { }");
        ClientDataNames.For(first);
        var box = first.SyntaxTrees.ElementAt(1);

        var names = ClientDataNames.For(first.ReplaceSyntaxTree(box, WithText(box, edited)))!;

        Assert.True(names.CarriedOver);
        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.TriggersOf(member));
    }

    [Fact]
    public void A_generic_indexer_has_the_names_built_anew()
    {
        const string Box = "public class Box<T> { }";
        var first = TestCompilations.WithRuntime(nameof(A_generic_indexer_has_the_names_built_anew), Customer, Box, "public class Shelf : Box<Customer> { }");
        ClientDataNames.For(first);
        var box = first.SyntaxTrees.ElementAt(1);

        var names = ClientDataNames.For(first.ReplaceSyntaxTree(box, WithText(box, "public class Box<T> { public T this[int i] => default!; }")))!;

        Assert.False(names.CarriedOver);
        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.IndexerTriggers);
    }

    [Fact]
    public void A_file_never_fingerprinted_is_taken_in_through_its_declarations()
    {
        // The first compilation of a project in a process fingerprints nothing, and a file no rule read is never
        // fingerprinted: an edit to either is taken in as an edit to its declarations, which here add nothing.
        var first = Compile(nameof(A_file_never_fingerprinted_is_taken_in_through_its_declarations));
        ClientDataNames.For(first);
        var clock = first.SyntaxTrees.Single(tree => tree.ToString().Contains("class Clock"));

        var afterServicesEdit = Edit(first, "var total = 0;", "var total = 1;");
        var afterClockEdit = first.ReplaceSyntaxTree(clock, WithText(clock, Clock.Replace("return 1;", "return 2;")));

        Assert.True(ClientDataNames.For(afterServicesEdit)!.CarriedOver);
        Assert.True(ClientDataNames.For(afterClockEdit)!.CarriedOver);
    }

    [Fact]
    public void A_compilation_made_from_the_one_before_fingerprints_the_files_the_rules_read()
    {
        var current = OpenProject(nameof(A_compilation_made_from_the_one_before_fingerprints_the_files_the_rules_read));

        var fingerprints = FingerprintsOf(current);

        var services = current.SyntaxTrees.ToList().IndexOf(ServicesTree(current));
        Assert.NotNull(fingerprints[services]);
        Assert.Single(fingerprints, fingerprint => fingerprint is not null);
    }

    [Fact]
    public void A_build_that_parses_every_file_anew_fingerprints_none_as_a_compiler_server_s_next_build_cannot_use_them()
    {
        // A compiler server compiles a project again from files it parses anew: more files differ than an edit changes,
        // the names are built, and a fingerprint (40 ms at 200,000 lines) could never be compared in the next build.
        var project = nameof(A_build_that_parses_every_file_anew_fingerprints_none_as_a_compiler_server_s_next_build_cannot_use_them);
        ClientDataNames.For(CompileServices(project));
        var again = CompileServices(project);
        var names = ClientDataNames.For(again)!;
        foreach (var file in again.SyntaxTrees)
        {
            names.TokensOf(file, CancellationToken.None);
        }

        Assert.False(names.CarriedOver);
        Assert.All(FingerprintsOf(again), Assert.Null);
    }

    [Fact]
    public void A_file_with_a_delegate_is_carried_over_after_a_body_edit_only_when_it_was_fingerprinted()
    {
        var name = nameof(A_file_with_a_delegate_is_carried_over_after_a_body_edit_only_when_it_was_fingerprinted);
        const string Visits = "public delegate void Visit(int times); public class Visitor { public int Count() { return 0; } }";
        var first = TestCompilations.WithRuntime(name, Customer, Visits);
        ClientDataNames.For(first);
        var visits = first.SyntaxTrees.Last();
        var unread = first.ReplaceSyntaxTree(visits, WithText(visits, Visits.Replace("return 0;", "return 1;")));
        var unreadCarriedOver = ClientDataNames.For(unread)!.CarriedOver;

        var read = first.Clone();
        ClientDataNames.For(read)!.TokensOf(visits, CancellationToken.None);
        var afterRead = read.ReplaceSyntaxTree(visits, WithText(visits, Visits.Replace("return 0;", "return 2;")));

        Assert.False(unreadCarriedOver);
        Assert.True(ClientDataNames.For(afterRead)!.CarriedOver);
    }

    [Theory]
    [InlineData(EarlierNames.MostChangedFiles, true)]
    [InlineData(EarlierNames.MostChangedFiles + 1, false)]
    public void Names_are_carried_over_past_a_few_changed_files_only(int changedFiles, bool carriedOver)
    {
        var files = Enumerable.Range(0, EarlierNames.MostChangedFiles + 2)
            .Select(i => CSharpSyntaxTree.ParseText($"public class Service{i} {{ public int Run() {{ return {i}; }} }}", path: $"Service{i}.cs"))
            .ToArray();
        var first = TestCompilations.WithRuntime(nameof(Names_are_carried_over_past_a_few_changed_files_only) + changedFiles, Customer).AddSyntaxTrees(files);
        ClientDataNames.For(first);
        var earlier = first.Clone();
        var earlierNames = ClientDataNames.For(earlier)!;
        foreach (var file in files)
        {
            earlierNames.TokensOf(file, CancellationToken.None);
        }

        var later = earlier;
        foreach (var file in files.Take(changedFiles))
        {
            later = later.ReplaceSyntaxTree(file, WithText(file, file.ToString().Replace("return", "return 1 +")));
        }

        Assert.Equal(carriedOver, ClientDataNames.For(later)!.CarriedOver);
    }

    [Fact]
    public void A_holding_type_of_a_referenced_assembly_is_found_again_by_its_assembly_and_name()
    {
        var library = TestCompilations.WithRuntime(
            "EarlierNamesLibrary",
            "using Enefit.DataClassification;\nnamespace Shop.Model { public class Buyer { [MasterData] public string Email { get; set; } = \"\"; } }");
        var services = "public class Checkout { public int Pay(Shop.Model.Buyer buyer) { return 1; } }";
        var first = TestCompilations.WithRuntime(
            nameof(A_holding_type_of_a_referenced_assembly_is_found_again_by_its_assembly_and_name), [library.ToMetadataReference()], services);
        ClientDataNames.For(first);
        var earlier = first.Clone();
        var tree = earlier.SyntaxTrees.Single();
        ClientDataNames.For(earlier)!.TokensOf(tree, CancellationToken.None);

        var later = earlier.ReplaceSyntaxTree(tree, WithText(tree, services.Replace("return 1;", "return 2;")));
        var names = ClientDataNames.For(later)!;
        var pay = later.GetTypeByMetadataName("Checkout")!.GetMembers("Pay").OfType<IMethodSymbol>().Single();

        Assert.True(names.CarriedOver);
        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.TriggersOf("Buyer"));
        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.ParameterTriggersOf(pay));
    }

    [Fact]
    public void A_file_local_type_that_holds_client_data_is_found_in_the_later_compilation()
    {
        var source = "using Enefit.DataClassification;\nfile class Secret { [MasterData] public string Note { get; set; } = \"\"; public int Size() { return 1; } }";
        var first = TestCompilations.WithRuntime(nameof(A_file_local_type_that_holds_client_data_is_found_in_the_later_compilation), Customer, source);
        ClientDataNames.For(first);
        var earlier = first.Clone();
        var tree = earlier.SyntaxTrees.Last();
        ClientDataNames.For(earlier)!.TokensOf(tree, CancellationToken.None);
        var later = earlier.ReplaceSyntaxTree(tree, WithText(tree, source.Replace("return 1;", "return 2;")));
        var laterTree = later.SyntaxTrees.Last();
        var secret = later.GetSemanticModel(laterTree).GetDeclaredSymbol(
            laterTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Single());

        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, ClientDataNames.For(later)!.TriggersOfThis(secret));
    }

    [Fact]
    public async Task A_leak_typed_into_a_body_is_reported_with_the_names_carried_over()
    {
        var earlier = OpenProject(nameof(A_leak_typed_into_a_body_is_reported_with_the_names_carried_over));
        var later = Edit(earlier, "return \"Hello\";", "_log.LogInformation(\"{Mail}\", customer.Email); return \"\";");
        Assert.True(ClientDataNames.For(later)!.CarriedOver);

        // The analyzer driver works on a copy of the later compilation, which carries the later one's names over in turn.
        var diagnostics = await later.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ClassifiedDataLeakAnalyzer())).GetAnalyzerDiagnosticsAsync();

        Assert.Equal("EDC0006", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public async Task A_leak_in_an_unchanged_file_through_a_member_whose_signature_was_edited_is_reported()
    {
        const string Reporter = """
            using Microsoft.Extensions.Logging;

            public class Reporter
            {
                public void Report(ILogger log, Mailer mailer) => log.LogInformation("{Picked}", mailer.Pick());
            }
            """;
        var name = nameof(A_leak_in_an_unchanged_file_through_a_member_whose_signature_was_edited_is_reported);
        ClientDataNames.For(TestCompilations.WithRuntime(name, TestReferences.Telemetry, Customer, Services, Clock, Reporter));
        var earlier = TestCompilations.WithRuntime(name, TestReferences.Telemetry, Customer, Services, Clock, Reporter);
        var reporter = earlier.SyntaxTrees.Single(tree => tree.ToString().Contains("class Reporter"));
        ClientDataNames.For(earlier)!.TokensOf(reporter, CancellationToken.None);
        Assert.Empty(await earlier.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ClassifiedDataLeakAnalyzer())).GetAnalyzerDiagnosticsAsync());

        var later = Edit(earlier, "public object Pick() { return 1; }", "public Customer Pick() { return new Customer(); }");
        Assert.True(ClientDataNames.For(later)!.CarriedOver);
        var diagnostics = await later.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ClassifiedDataLeakAnalyzer())).GetAnalyzerDiagnosticsAsync();

        var leak = Assert.Single(diagnostics);
        Assert.Equal("EDC0006", leak.Id);
        Assert.Same(reporter, leak.Location.SourceTree);
    }

    /// <summary>An edit of a project whose earlier compilation, and with it its names, nothing holds any more.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (CSharpCompilation Later, SyntaxTree CustomerFile, WeakReference<TreeTokens> CustomerIndex) EditAfterTheEarlierCompilationIsGone()
    {
        var earlier = OpenProject(nameof(Without_the_earlier_names_alive_the_unchanged_files_are_read_again_and_the_names_still_carried_over));
        var customerFile = earlier.SyntaxTrees.Single(tree => tree.ToString().Contains("class Customer"));
        var customerIndex = ClientDataNames.For(earlier)!.TokensOf(customerFile, CancellationToken.None);
        return (Edit(earlier, "var total = 0;", "var total = 1;"), customerFile, new WeakReference<TreeTokens>(customerIndex));
    }

    private static CSharpCompilation ForTarget(string assemblyName, string targetSymbol)
    {
        var options = new CSharpParseOptions(preprocessorSymbols: [targetSymbol]);
        var compilation = Compile(assemblyName);
        return compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(tree => tree.WithRootAndOptions(tree.GetRoot(), options)));
    }

    private static CSharpCompilation WithIncomparableResolver(CSharpCompilation compilation)
        => compilation.WithOptions(compilation.Options.WithMetadataReferenceResolver(new IncomparableResolver()));

    /// <summary>Like the command-line compiler's resolver: it resolves nothing here, and cannot be compared.</summary>
    private sealed class IncomparableResolver : MetadataReferenceResolver
    {
        public override bool Equals(object? other) => throw new NotImplementedException();

        public override int GetHashCode() => throw new NotImplementedException();

        public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
            => ImmutableArray<PortableExecutableReference>.Empty;
    }

    /// <summary>A project of more files than an edit may change, parsed anew on each call.</summary>
    private static CSharpCompilation CompileServices(string assemblyName)
        => TestCompilations.WithRuntime(assemblyName, Customer).AddSyntaxTrees(
            Enumerable.Range(0, EarlierNames.MostChangedFiles + 1)
                .Select(i => CSharpSyntaxTree.ParseText($"public class Service{i} {{ public int Run(Customer c) {{ return {i}; }} }}", path: $"Service{i}.cs")));

    private static CSharpCompilation Compile(string assemblyName)
        => TestCompilations.WithRuntime(assemblyName, TestReferences.Telemetry, Customer, Services, Clock);

    /// <summary>
    /// A project as the IDE has it: a compilation made from the one before, the same files (so files the rules read
    /// are fingerprinted), and the services file, open in the editor, read by the rules.
    /// </summary>
    private static CSharpCompilation OpenProject(string assemblyName)
    {
        var first = Compile(assemblyName);
        ClientDataNames.For(first);
        var current = first.Clone();
        ClientDataNames.For(current)!.TokensOf(ServicesTree(current), CancellationToken.None);
        return current;
    }

    /// <summary>The fingerprints the project's latest names hold, by file.</summary>
    private static DeclarationFingerprint?[] FingerprintsOf(Compilation compilation)
        => EarlierNames.LatestOf(EarlierNames.ProjectOf(compilation))!.Fingerprints;

    private static SyntaxTree ServicesTree(Compilation compilation)
        => compilation.SyntaxTrees.Single(tree => tree.ToString().Contains("class Mailer"));

    private static IMethodSymbol GreetOf(Compilation compilation)
        => compilation.GetTypeByMetadataName("Mailer")!.GetMembers("Greet").OfType<IMethodSymbol>().Single();

    /// <summary>The compilation after an edit of the services file, made the way the IDE makes it: the tree's text changed in place.</summary>
    private static CSharpCompilation Edit(CSharpCompilation compilation, string before, string after)
    {
        var tree = ServicesTree(compilation);
        var text = tree.ToString();
        Assert.Contains(before, text);
        return compilation.ReplaceSyntaxTree(tree, WithText(tree, text.Replace(before, after)));
    }

    private static SyntaxTree WithText(SyntaxTree tree, string text) => tree.WithChangedText(SourceText.From(text));
}
