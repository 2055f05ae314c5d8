using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Enefit.DataClassification.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Enefit.DataClassification.Analyzers.Tests.Generator;

/// <summary>
/// EDC0012 and the generator agree: run in the order of a real build (the generator, then the analyzer over the
/// compilation that holds the generated files), the accessors the analyzer reports as taken are exactly the ones no
/// generated file of the type or its base types declares.
/// </summary>
public sealed class AccessorCollisionAgreementTests
{
    private const string Source = """
        using Enefit.DataClassification;

        public partial class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData] public string Email { get; set; } = "";
            [MasterData] private string _phone = "";
            [CommunicationData] public decimal Debt { get; set; }
            [MarketingOnly] private string m_interests = "";
            [CommunicationData] public string Type { get; set; } = "";
            [MasterData] private string _address = "";
            [MasterData] public string Address => _address;

            public string GetPhone() => _phone;
            public decimal GetDebt => Debt;
            public string GetInterests = "";
            public int InterestCount => m_interests.Length;
        }

        public partial record Contact([property: MasterData] string Phone, [property: MasterData] string Address)
        {
            public sealed class GetAddress { }
        }

        public partial class Person
        {
            [MasterData] public virtual string Name { get; set; } = "";
            public string GetNickname() => "";
        }

        public sealed partial class Employee : Person
        {
            [MasterData] private string _name = "";
            [MasterData] public string Nickname { get; set; } = "";
            public override string Name { get => _name; set => _name = value; }
        }
        """;

    /// <summary>
    /// Each type of <see cref="Source"/>, the types whose generated files it can read accessors from (itself and its base
    /// types), and the accessor each of its classified members would take.
    /// </summary>
    private static readonly (string Type, string[] Hierarchy, string[] Accessors)[] Types =
    {
        ("Customer", new[] { "Customer" }, new[] { "GetEmail", "GetPhone", "GetDebt", "GetInterests", "GetType", "GetAddress", "GetAddress" }),
        ("Contact", new[] { "Contact" }, new[] { "GetPhone", "GetAddress" }),
        ("Person", new[] { "Person" }, new[] { "GetName" }),
        ("Employee", new[] { "Employee", "Person" }, new[] { "GetName", "GetNickname" }),
    };

    [Fact]
    public async Task The_reported_accessors_are_exactly_those_missing_from_the_generated_files()
    {
        var run = GeneratorHarness.Run(Source);
        Assert.Empty(GeneratorHarness.Problems(run.Output));

        var reported = await ReportedAccessorsAsync(run.Output);
        var missing = Types
            .SelectMany(type => type.Accessors
                .Where(accessor => !type.Hierarchy.Any(owner => Declares(run.Text(owner + ".DataClassification.g.cs"), accessor)))
                .Select(accessor => type.Type + "." + accessor))
            .Order(StringComparer.Ordinal);

        Assert.Equal(missing, reported);
        Assert.Equal(
            new[] { "Contact.GetAddress", "Customer.GetAddress", "Customer.GetAddress", "Customer.GetDebt", "Customer.GetInterests", "Customer.GetPhone", "Customer.GetType", "Employee.GetNickname" },
            reported);
    }

    /// <summary>"Customer.GetPhone" for each name-taken diagnostic, by the type that holds the classified member.</summary>
    private static async Task<IReadOnlyList<string>> ReportedAccessorsAsync(Compilation output)
    {
        var diagnostics = await output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AccessorNotGeneratedAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Select(diagnostic =>
            {
                Assert.Equal(AccessorNotGeneratedAnalyzer.NameTakenCase, diagnostic.Properties[AccessorNotGeneratedAnalyzer.CaseProperty]);
                var holder = diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan)
                    .AncestorsAndSelf().OfType<TypeDeclarationSyntax>().First();
                return holder.Identifier.ValueText + "." + diagnostic.Properties[AccessorNotGeneratedAnalyzer.AccessorProperty];
            })
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether generated text declares a method named <paramref name="accessor"/>.</summary>
    private static bool Declares(string generated, string accessor)
        => Regex.IsMatch(generated, @"^\s*(public|internal) [^\n(]* " + accessor + @"\(", RegexOptions.Multiline);
}
