using System.Reflection;
using System.Runtime.Loader;
using Enefit.DataClassification;
using Enefit.DataClassification.Robustness.Tests.Harness;

namespace Enefit.DataClassification.Robustness.Tests.Runtime;

/// <summary>
/// The generated accessors, compiled by the product's generator, loaded and called from many threads at once: each
/// call answers as it does alone (the value under a contract purpose or a valid proof for the subject, a
/// DataProtectionException otherwise), the personal-data export and the redacting ToString included.
/// </summary>
public sealed class GeneratedAccessorTests
{
    private const int Customers = 8;
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private const string Source = """
        using Enefit.DataClassification;

        namespace Shop;

        public partial class Customer
        {
            public Customer(string id, string email, decimal debt, string interests)
            {
                Id = id;
                Email = email;
                Debt = debt;
                Interests = interests;
            }

            [SubjectId] public string Id { get; }
            [MasterData(Kind = "user.contact.email")] public string Email { get; }
            [CommunicationData] public decimal Debt { get; }
            [MarketingOnly] public string Interests { get; }
        }
        """;

    [GeneratorFact]
    public void Generated_accessors_answer_the_same_from_many_threads_at_once()
    {
        var context = new AssemblyLoadContext("generated accessors", isCollectible: true);
        try
        {
            var type = CompileAndLoad(context).GetType("Shop.Customer", throwOnError: true)!;
            var customers = Enumerable.Range(0, Customers)
                .Select(n => Activator.CreateInstance(type, $"C-{n}", $"c{n}@example.com", (decimal)n, $"hobby {n}")!)
                .ToArray();
            var accessors = new Accessors(type);

            Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => accessors.AssertAnswers(customers[i % Customers], i % Customers));
        }
        finally
        {
            context.Unload();
        }
    }

    private static Assembly CompileAndLoad(AssemblyLoadContext context)
    {
        var run = ComponentHarness.Product.Run(Source);
        run.AssertClean("the generated-accessor source");
        Assert.Empty(run.CompilerErrors);
        Assert.NotEmpty(run.GeneratedSources);

        using var image = new MemoryStream();
        var emitted = run.Compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;

        // The runtime library is not loaded into the context: it falls back to the test's own copy, so the
        // generated code throws the DataProtectionException type the test catches.
        return context.LoadFromStream(image);
    }

    /// <summary>The accessors DESIGN.md promises for the source's members, found by reflection.</summary>
    private sealed class Accessors(Type type)
    {
        private readonly MethodInfo _emailForPurpose = Find(type, "GetEmail", typeof(Purpose));
        private readonly MethodInfo _emailWithConsent = Find(type, "GetEmail", typeof(MarketingConsent));
        private readonly MethodInfo _debtForPurpose = Find(type, "GetDebt", typeof(Purpose));
        private readonly MethodInfo _interestsWithConsent = Find(type, "GetInterests", typeof(MarketingConsent));
        private readonly MethodInfo _export = Find(type, "ExportPersonalData");

        public void AssertAnswers(object customer, int n)
        {
            var consent = MarketingConsent.Issue($"C-{n}", Now);
            Assert.Equal($"c{n}@example.com", Call(_emailForPurpose, customer, Purpose.Billing));
            Assert.Equal((decimal)n, Call(_debtForPurpose, customer, Purpose.DebtCollection));
            Assert.Equal($"c{n}@example.com", Call(_emailWithConsent, customer, consent));
            Assert.Equal($"hobby {n}", Call(_interestsWithConsent, customer, consent));

            AssertRefused(_emailForPurpose, customer, Purpose.PersonalizedOffers);
            AssertRefused(_interestsWithConsent, customer, MarketingConsent.Issue($"C-{(n + 1) % Customers}", Now));
            AssertRefused(_interestsWithConsent, customer, default(MarketingConsent));

            var entries = Assert.IsAssignableFrom<IEnumerable<PersonalDataEntry>>(_export.Invoke(customer, null)).ToList();
            Assert.Equal(
                [("Debt", DataCategory.CommunicationData, (object)(decimal)n), ("Email", DataCategory.MasterData, $"c{n}@example.com"), ("Interests", DataCategory.MarketingOnly, $"hobby {n}")],
                entries.Select(e => (e.MemberName, e.Category, e.Value!)).OrderBy(e => e.MemberName, StringComparer.Ordinal));

            var text = customer.ToString()!;
            Assert.DoesNotContain($"c{n}@example.com", text, StringComparison.Ordinal);
            Assert.DoesNotContain($"hobby {n}", text, StringComparison.Ordinal);
        }

        private static MethodInfo Find(Type type, string name, params Type[] parameters)
            => type.GetMethod(name, parameters)
                ?? throw new Xunit.Sdk.XunitException($"The generator emitted no {name}({string.Join(", ", parameters.Select(p => p.Name))}) on {type.Name}, as DESIGN.md promises.");

        private static object? Call(MethodInfo accessor, object customer, object argument)
        {
            try
            {
                return accessor.Invoke(customer, [argument]);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }

        private static void AssertRefused(MethodInfo accessor, object customer, object argument)
            => Assert.Throws<DataProtectionException>(() => Call(accessor, customer, argument));
    }
}
