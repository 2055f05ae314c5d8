using Enefit.DataClassification.Analyzers.Bodies;
using Enefit.DataClassification.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Enefit.DataClassification.Analyzers.Tests.Rules.LeakTestModel;

namespace Enefit.DataClassification.Analyzers.Tests.Bodies;

/// <summary>What each name of a compilation may lead the rules to (Bodies/ClientDataNames.cs).</summary>
public sealed class ClientDataNamesTests
{
    private const string Declarations = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Enefit.DataClassification;
        using Mail = Customer;

        public record Order(Customer Buyer, int Lines);

        public class Ticket
        {
            [SubjectId] public string ClientId { get; set; } = "";
        }

        public delegate void CustomerVisitor(Customer visited);

        public interface IMailer
        {
            [ElectronicMarketingSend] void SendOffer(Customer to, string text);
        }

        public class Store(Customer owner, int size)
        {
            public Task<List<Customer>> LoadAsync() => Task.FromResult(new List<Customer>());
            public int Count(int size) => size;
            public string Describe() => owner.Region + size;
            public void Write([MasterData] string note) { }
        }
        """;

    [Theory]
    [InlineData("Customer", (int)(BodyTriggers.ClientData | BodyTriggers.IdentifyingData))]
    [InlineData("Email", (int)(BodyTriggers.ClientData | BodyTriggers.IdentifyingData))]
    [InlineData("Id", (int)(BodyTriggers.IdentifyingData))]
    [InlineData("ClientId", (int)(BodyTriggers.IdentifyingData))]
    [InlineData("Ticket", (int)(BodyTriggers.IdentifyingData))]
    [InlineData("Order", (int)(BodyTriggers.ClientData | BodyTriggers.IdentifyingData))]
    [InlineData("Buyer", (int)(BodyTriggers.ClientData | BodyTriggers.IdentifyingData))]
    [InlineData("CustomerVisitor", (int)(BodyTriggers.ClientData | BodyTriggers.IdentifyingData))]
    [InlineData("LoadAsync", (int)(BodyTriggers.ClientData | BodyTriggers.IdentifyingData))]
    [InlineData("owner", (int)(BodyTriggers.ClientData | BodyTriggers.IdentifyingData))]
    [InlineData("note", (int)(BodyTriggers.ClientData | BodyTriggers.IdentifyingData))]
    [InlineData("SendOffer", (int)(BodyTriggers.ClientData | BodyTriggers.IdentifyingData | BodyTriggers.ElectronicSend))]
    [InlineData("MarketingConsent", (int)(BodyTriggers.ProofMaking))]
    [InlineData("GetProperty", (int)(BodyTriggers.Reflection))]
    [InlineData("Mail", (int)(BodyTriggers.All))]
    [InlineData("Region", (int)(BodyTriggers.None))]
    [InlineData("Lines", (int)(BodyTriggers.None))]
    [InlineData("size", (int)(BodyTriggers.None))]
    [InlineData("Count", (int)(BodyTriggers.None))]
    [InlineData("Describe", (int)(BodyTriggers.None))]
    [InlineData("Store", (int)(BodyTriggers.None))]
    public void A_name_leads_to_what_its_declarations_carry(string name, int expected)
    {
        var names = ClientDataNames.For(Compile());

        Assert.NotNull(names);
        Assert.Equal((BodyTriggers)expected, names!.TriggersOf(name));
    }

    [Fact]
    public void This_leads_to_client_data_only_in_a_type_that_holds_it()
    {
        var compilation = Compile();
        var names = ClientDataNames.For(compilation)!;

        Assert.Equal(BodyTriggers.ClientData | BodyTriggers.IdentifyingData, names.TriggersOfThis(compilation.GetTypeByMetadataName("Customer")));
        Assert.Equal(BodyTriggers.IdentifyingData, names.TriggersOfThis(compilation.GetTypeByMetadataName("Ticket")));
        Assert.Equal(BodyTriggers.None, names.TriggersOfThis(compilation.GetTypeByMetadataName("Store")));
    }

    [Fact]
    public void Without_the_runtime_library_there_are_no_names()
        => Assert.Null(ClientDataNames.For(CSharpCompilation.Create("Bare", new[] { CSharpSyntaxTree.ParseText("public class Customer { }") }, TestReferences.Framework)));

    private static CSharpCompilation Compile() => TestCompilations.WithRuntime("Names", Declarations, Customer);
}
