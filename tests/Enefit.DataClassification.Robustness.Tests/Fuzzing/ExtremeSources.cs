using System.Text;

namespace Enefit.DataClassification.Robustness.Tests.Fuzzing;

/// <summary>
/// Programs at the extremes of size and depth, each with classified reads, consent checks and log calls inside, so the
/// flow analyses walk the whole shape: a long method, deep ifs, a wide switch, deep lambdas, a wide type.
/// </summary>
internal static class ExtremeSources
{
    private const string Prelude = """
        using System;
        using Enefit.DataClassification;

        namespace Big;

        public partial class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData] public string Email { get; set; } = "";
            [MarketingOnly] public string Interests { get; set; } = "";
        }

        """;

    public static IReadOnlyList<(string Name, Func<string> Source)> All { get; } =
    [
        ("a method of 10,000 statements", () => LongMethod(10_000)),
        ("500 nested ifs", () => NestedIfs(500)),
        ("a switch of 5,000 cases", () => WideSwitch(5_000)),
        ("a lambda nested 200 deep", () => NestedLambdas(200)),
        ("a type with 2,000 classified members", () => WideType(2_000)),
    ];

    public static string LongMethod(int statements)
    {
        var body = new StringBuilder();
        for (var i = 0; i < statements; i++)
        {
            body.AppendLine((i % 5) switch
            {
                0 => "        s += c.Interests;",
                1 => "        Console.WriteLine(c.Email);",
                2 => "        s += other.Interests;",
                3 => $"        if (n == {i}) s = c.Email;",
                4 when i % 1000 == 4 => "        while (n < 100) { n++; s += c.Interests; if (n == 50) break; }",
                _ => "        n++;",
            });
        }

        return Method("Purpose.PersonalizedOffers", "        if (!registry.TryGetMarketingConsent(c.Id, out var consent)) return s;\n" + body);
    }

    public static string NestedIfs(int depth)
    {
        var body = new StringBuilder("        if (registry.TryGetMarketingConsent(c.Id, out var consent))\n        {\n");
        for (var i = 0; i < depth; i++)
        {
            body.AppendLine($"if (n > {i}) {{ s += c.Interests; Console.WriteLine(c.Email); s += other.Interests;");
        }

        body.Append('}', depth).AppendLine().AppendLine("        }");
        return Method("Purpose.PersonalizedOffers", body.ToString());
    }

    public static string WideSwitch(int cases)
    {
        var body = new StringBuilder("        switch (n)\n        {\n");
        for (var i = 0; i < cases; i++)
        {
            body.AppendLine((i % 3) switch
            {
                0 => $"            case {i}: if (registry.TryGetMarketingConsent(c.Id, out _)) s += c.Interests; break;",
                1 => $"            case {i}: Console.WriteLine(c.Email); s += other.Interests; break;",
                _ => $"            case {i}: s = c.Email; break;",
            });
        }

        body.AppendLine("        }");
        return Method("Purpose.MarketingAnalysis", body.ToString());
    }

    public static string NestedLambdas(int depth)
    {
        var body = new StringBuilder("        if (!registry.TryGetMarketingConsent(c.Id, out var consent)) return s;\n        Func<int, string> f0 = a0 =>\n{\n");
        for (var i = 1; i < depth; i++)
        {
            body.AppendLine($"Console.WriteLine(c.Email); Func<int, string> f{i} = a{i} =>\n{{");
        }

        body.AppendLine("return c.Interests + other.Interests;");
        for (var i = depth - 1; i >= 1; i--)
        {
            body.AppendLine($"}};\nreturn f{i}(a{i - 1}) + c.Interests;");
        }

        body.AppendLine("};\n        return f0(n);");
        return Method("Purpose.PersonalizedContent", body.ToString());
    }

    public static string WideType(int members)
    {
        var type = new StringBuilder("public partial class Wide\n{\n    [SubjectId] public string Id { get; set; } = \"\";\n");
        var reads = new StringBuilder();
        for (var i = 0; i < members; i++)
        {
            type.AppendLine((i % 3) switch
            {
                0 => $"    [MasterData] public string P{i} {{ get; set; }} = \"\";",
                1 => $"    [CommunicationData] public decimal P{i};",
                _ => $"    [MarketingOnly] public string P{i} {{ get; set; }} = \"\";",
            });
            reads.AppendLine(i % 2 == 0 ? $"        s += w.P{i};" : $"        Console.WriteLine(w.P{i});");
        }

        type.AppendLine("}");
        return Prelude + type + $$"""

            public sealed class Reader(IConsentRegistry registry)
            {
                [ProcessingPurpose(Purpose.MarketingAnalysis)]
                public string Read(Wide w)
                {
                    var s = "";
                    if (!registry.TryGetMarketingConsent(w.Id, out var consent)) return s;
            {{reads}}
                    return s;
                }
            }
            """;
    }

    private static string Method(string purpose, string body)
        => Prelude + $$"""
            public sealed class Work(IConsentRegistry registry)
            {
                [ProcessingPurpose({{purpose}})]
                public string Run(Customer c, Customer other, int n)
                {
                    var s = "";
            {{body}}
                    return s;
                }
            }
            """;
}
