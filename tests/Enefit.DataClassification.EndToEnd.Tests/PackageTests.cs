namespace Enefit.DataClassification.EndToEnd.Tests;

/// <summary>The package as users get it: its layout, and a consumer build that runs the analyzers from it.</summary>
public sealed class PackageTests : IClassFixture<PackedPackage>
{
    private readonly PackedPackage _package;

    public PackageTests(PackedPackage package) => _package = package;

    [Fact]
    public void The_package_carries_the_runtime_with_docs_and_the_roslyn_components_as_analyzers()
    {
        var entries = _package.Entries();

        Assert.Contains("lib/netstandard2.0/Enefit.DataClassification.dll", entries);
        Assert.Contains("lib/netstandard2.0/Enefit.DataClassification.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/Enefit.DataClassification.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Enefit.DataClassification.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/Enefit.DataClassification.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Analyzers", StringComparison.Ordinal));
    }

    [Fact]
    public void The_package_declares_the_compliance_abstractions_and_no_roslyn_dependency()
    {
        var nuspec = _package.Nuspec();

        Assert.Contains("<dependency id=\"Microsoft.Extensions.Compliance.Abstractions\"", nuspec);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", nuspec);
        Assert.DoesNotContain("Enefit.DataClassification.Analyzers", nuspec);
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
        Assert.Contains("<readme>README.md</readme>", nuspec);
    }

    [Fact]
    public void A_consumer_gets_EDC0011_on_a_bad_member_and_builds_cleanly_once_it_is_fixed()
    {
        using var consumer = ConsumerProject.Create(_package);
        consumer.Write("Customer.cs", CustomerFile("""
            [MasterData, MarketingOnly]
            public string Email { get; set; } = "";
            """));

        var broken = consumer.Build();

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Equal(["EDC0011 Customer.cs:9"], BuildOutput.Keys(broken.Output));
        Assert.Equal(18, BuildOutput.Diagnostics(broken.Output).Single(d => d.Id == "EDC0011").Column);
        Assert.Contains("'Customer.Email' carries [MasterData] and [MarketingOnly]", broken.Output);

        consumer.Write("Customer.cs", CustomerFile("""
            [MasterData(Kind = "user.contact.email")]
            public string Email { get; set; } = "";
            """));

        var fixedBuild = consumer.Build();

        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Output);
        Assert.Empty(BuildOutput.Diagnostics(fixedBuild.Output));
    }

    /// <summary>
    /// A developer builds again and again, and <c>dotnet build</c> compiles through the compiler server it keeps, where
    /// the analyzers keep the project's names from one compilation to the next (Bodies/EarlierNames.cs): the second
    /// compilation in that process must report what the first did, and no rule may fail. (The benchmark's compiler-server
    /// test builds through a response file, where the command-line compiler's options once made every body rule throw.)
    /// </summary>
    [Fact]
    public void A_rebuild_through_the_compiler_server_reports_what_the_first_build_did()
    {
        using var consumer = ConsumerProject.Create(_package);
        consumer.Write("Customer.cs", CustomerFile(
            "[CommunicationData] public decimal Debt { get; set; }",
            """
            public sealed class Report
            {
                public decimal Total(Customer customer) => customer.Debt;
            }
            """));

        var first = consumer.Build();
        var second = consumer.Build("--no-incremental");

        Assert.Equal(["EDC0004 Customer.cs:14"], BuildOutput.Keys(first.Output));
        Assert.Equal(BuildOutput.Keys(first.Output), BuildOutput.Keys(second.Output));
        Assert.DoesNotContain("AD0001", first.Output + second.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// A project that gets the package through a GlobalPackageReference, which leaves out its compile asset, does not
    /// reference the runtime library, and there the analyzers and the generator find nothing to do; the compiler would
    /// still charge the build for attaching them, so the package's build targets leave them out.
    /// </summary>
    [Fact]
    public void A_build_that_does_not_reference_the_runtime_leaves_the_analyzers_out_unless_told_to_keep_them()
    {
        using var consumer = ConsumerProject.CreateWithGlobalPackageReference(_package);
        consumer.Write("Invoice.cs", InvoiceFile);

        var leftOut = consumer.AnalyzersGivenToTheCompiler();
        var kept = consumer.AnalyzersGivenToTheCompiler("-p:EnefitDataClassificationKeepAnalyzers=true");

        Assert.Empty(OurAnalyzers(leftOut));
        Assert.Contains("System.Text.Json.SourceGeneration", leftOut);
        Assert.Equal(["Enefit.DataClassification.Analyzers", "Enefit.DataClassification.CodeFixes"], OurAnalyzers(kept));
    }

    [Fact]
    public void A_build_that_references_the_runtime_keeps_the_analyzers()
    {
        using var consumer = ConsumerProject.Create(_package);
        consumer.Write("Invoice.cs", InvoiceFile);

        var analyzers = consumer.AnalyzersGivenToTheCompiler();

        Assert.Equal(["Enefit.DataClassification.Analyzers", "Enefit.DataClassification.CodeFixes"], OurAnalyzers(analyzers));
    }

    /// <summary>
    /// The runtime library flows on to a project that references a project that references the package, and so do the
    /// analyzers (the .NET SDK hands a package's analyzers to every project that has the package, NuGet/Home#6279): the
    /// package's build targets, imported there too, must see the runtime library among its references and keep them.
    /// </summary>
    [Fact]
    public void A_project_that_gets_the_runtime_through_a_referenced_project_is_analysed_too()
    {
        using var domain = ConsumerProject.Create(_package);
        domain.Write("Customer.cs", CustomerFile("[CommunicationData] public decimal Debt { get; set; }"));
        using var application = domain.CreateReferencingProject(_package);
        application.Write("Report.cs", """
            namespace Application;

            public sealed class Report
            {
                public decimal Total(Consumer.Customer customer) => customer.Debt;
            }
            """);

        var build = application.Build();

        Assert.Equal(["EDC0004 Report.cs:5"], BuildOutput.Keys(build.Output));
    }

    [Fact]
    public void Built_against_the_package_the_violations_sample_reports_the_same_diagnostics()
    {
        var root = Repository.CopySample(ViolationsSample.Name, _package.Folder);
        try
        {
            var build = DotNetCli.Run(
                root, "build", Path.Combine("samples", ViolationsSample.Name), "-c", "Release", "-nologo", "-clp:NoSummary",
                "-p:UseEnefitPackage=" + _package.Version);

            Assert.NotEqual(0, build.ExitCode);
            Assert.Equal(
                ViolationsSample.ExpectedKeys(Repository.PathOf("samples", ViolationsSample.Name)),
                BuildOutput.Keys(build.Output));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Built_against_the_package_the_CustomerCare_sample_builds_without_a_warning()
    {
        var root = Repository.CopySample("Enefit.CustomerCare", _package.Folder);
        try
        {
            var build = DotNetCli.Run(
                root, "build", Path.Combine("samples", "Enefit.CustomerCare"), "-c", "Release", "-nologo", "-clp:NoSummary",
                "-p:UseEnefitPackage=" + _package.Version);

            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Empty(BuildOutput.Diagnostics(build.Output));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private const string InvoiceFile = "namespace Consumer;\n\npublic sealed class Invoice\n{\n    public decimal Total { get; set; }\n}\n";

    private static IReadOnlyList<string> OurAnalyzers(IReadOnlyList<string> analyzers)
        => analyzers.Where(name => name.StartsWith("Enefit.DataClassification", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// A consumer's Customer.cs: a partial <c>Customer</c> with its subject id, then <paramref name="members"/> from line
    /// 9, indented as members, and after the class and a blank line <paramref name="otherTypes"/>.
    /// </summary>
    private static string CustomerFile(string members, string otherTypes = "")
    {
        var indented = string.Join("\n", members.Split('\n').Select(line => "    " + line));
        var customer = "using Enefit.DataClassification;\n\nnamespace Consumer;\n\npublic partial class Customer\n{\n" +
            "    [SubjectId] public string Id { get; set; } = \"\";\n\n" + indented + "\n}\n";
        return otherTypes.Length == 0 ? customer : customer + "\n" + otherTypes;
    }
}
