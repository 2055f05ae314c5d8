namespace Enefit.DataClassification.Analyzers.Tests.Generator;

/// <summary>
/// The representative types whose generated text is kept under <c>Golden/</c>: class, record, record struct, struct,
/// nested, generic, derived record, type-level category; with and without <c>[SubjectId]</c>; fields and properties.
/// </summary>
internal static class GoldenInputs
{
    public static IReadOnlyDictionary<string, string> Sources { get; } = new Dictionary<string, string>
    {
        // Every naming rule, a skipped accessor (the user declared GetPhone), fields and properties, a string subject id.
        ["Class"] = """
            using Enefit.DataClassification;

            namespace Shop;

            public partial class Customer
            {
                [SubjectId] public string Id { get; set; } = "";
                [MasterData(Kind = "user.contact.email")] public string Email { get; set; } = "";
                [MasterData] private string _name = "";
                [CommunicationData] internal decimal m_debt = 0m;
                [MarketingOnly(Kind = "user.behavior")] public string interests = "";
                [MasterData] public string Phone { get; set; } = "";
                public int Visits { get; set; }

                public string GetPhone() => "on request";
            }
            """,

        ["Record"] = """
            using Enefit.DataClassification;

            namespace Shop;

            public partial record Contact
            {
                [SubjectId] public string Id { get; init; } = "";
                [MasterData] public string Phone { get; init; } = "";
                [CommunicationData(Kind = "user.financial")] public decimal Balance { get; init; }
                public string Segment { get; init; } = "";
            }
            """,

        // The category sits on a positional parameter's property: found by the holder path, not by the attribute search.
        ["RecordStruct"] = """
            using Enefit.DataClassification;

            namespace Metering;

            public partial record struct Reading(string MeterId, [property: CommunicationData(Kind = "user.device")] decimal Usage)
            {
                [SubjectId] public string Owner { get; init; } = "";
            }
            """,

        // No [SubjectId]: a valid proof is enough.
        ["Struct"] = """
            using Enefit.DataClassification;

            namespace Shop;

            public partial struct Address
            {
                [MasterData(Kind = "user.contact.address")] public string Street;
                public int Floor;

                public Address(string street, int floor)
                {
                    Street = street;
                    Floor = floor;
                }
            }
            """,

        // A nested type with an int subject id, compared as invariant text.
        ["Nested"] = """
            using Enefit.DataClassification;

            namespace Shop;

            public partial class Accounts
            {
                internal partial class Holder
                {
                    [SubjectId] internal int Number { get; set; }
                    [CommunicationData] public string Iban { get; set; } = "";
                }
            }
            """,

        ["Generic"] = """
            using System;
            using System.Collections.Generic;
            using Enefit.DataClassification;

            namespace Shop;

            public partial class Envelope<TValue>
                where TValue : notnull
            {
                [SubjectId] public Guid Owner { get; set; }
                [MarketingOnly] public TValue? Payload { get; set; }
                [MasterData] public List<string> Aliases { get; } = new();
            }
            """,

        // The derived record overrides PrintMembers and ExportPersonalData and keeps the base's entries.
        ["DerivedRecord"] = """
            using Enefit.DataClassification;

            namespace Staff;

            public partial record Person
            {
                [MasterData] public string Name { get; init; } = "";
            }

            public sealed partial record Employee : Person
            {
                [CommunicationData] public decimal Salary { get; init; }
                public string Team { get; init; } = "";
            }
            """,

        // InterestProfile is marketing-only as a whole: the members that hold one are classified with it.
        ["TypeLevel"] = """
            using System;
            using Enefit.DataClassification;

            namespace Shop;

            [MarketingOnly(Kind = "user.behavior.interests")]
            public sealed class InterestProfile
            {
                public string Topics { get; set; } = "";
            }

            public partial class Prospect
            {
                [SubjectId] public string Id { get; set; } = "";
                public InterestProfile Profile { get; set; } = new();
                public InterestProfile[] History { get; set; } = Array.Empty<InterestProfile>();
                public string Source { get; set; } = "";
            }
            """,
    };

    public static TheoryData<string> Names => new(Sources.Keys.OrderBy(name => name, StringComparer.Ordinal));
}
