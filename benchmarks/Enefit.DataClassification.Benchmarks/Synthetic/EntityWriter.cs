namespace Enefit.DataClassification.Benchmarks.Synthetic;

/// <summary>
/// Writes a classified entity: partial, a [SubjectId], master, communication and marketing-only members, and clean
/// members beside them. Services read these members by the names below. The category that leads the type turns with
/// each entity, and every third one has beside it a marketing-only type and a profile that holds one: so each of the
/// generator's paths (a type found by each category attribute, a type found by the holder search) has work on this
/// code, and the benchmark's share of cached steps covers them all (Roslyn reports only steps whose values reach an
/// output).
/// </summary>
internal static class EntityWriter
{
    public const string SubjectId = "Id";
    public const string MasterName = "FullName";
    public const string MasterAddress = "Address";
    public const string CommunicationEmail = "Email";
    public const string CommunicationPhone = "Phone";
    public const string MarketingCategory = "FavouriteCategory";
    public const string MarketingFrequency = "ShoppingFrequency";

    private const string PhoneKind = "user.contact.phone_number";

    public static SyntheticFile Write(EntityShape entity, string runtimeNamespace)
    {
        var code = new CodeWriter()
            .Line("using System;")
            .Line("using " + runtimeNamespace + ";")
            .Line()
            .Line("namespace Retail." + entity.Domain + ";")
            .Line()
            .Line("/// <summary>A client record of the " + entity.Domain + " domain.</summary>")
            .Open("public partial class " + entity.Name);
        Member(code, "[SubjectId]", "string", SubjectId, " = \"\";");
        Action<CodeWriter>[] categories = [MasterDataMembers, CommunicationDataMembers, MarketingOnlyMembers];
        for (var i = 0; i < categories.Length; i++)
        {
            categories[(entity.Ordinal + i) % categories.Length](code);
        }

        Member(code, null, "string", "Region", " = \"\";");
        Member(code, null, "DateTimeOffset", "CreatedAt", "");
        Member(code, null, "int", "Version", "");
        code.Line("public bool IsNew(DateTimeOffset now) => now - CreatedAt < TimeSpan.FromDays(30);")
            .Close();
        if (entity.Ordinal % 3 == 2)
        {
            code.Line()
                .Line("/// <summary>What the client likes to hear about: marketing-only as a whole.</summary>")
                .Line("[MarketingOnly]")
                .Open("public sealed class " + entity.Name + "Preferences");
            Member(code, null, "string", "Channels", " = \"\";");
            code.Close()
                .Line()
                .Line("/// <summary>The client's profile: classified only through the type of its member.</summary>")
                .Open("public partial class " + entity.Name + "Profile");
            Member(code, null, entity.Name + "Preferences", "Preferences", " = new();");
            code.Close();
        }

        return new SyntheticFile(PathOf(entity), code.ToString());
    }

    private static void MasterDataMembers(CodeWriter code)
    {
        Member(code, "[MasterData(Kind = \"user.name\")]", "string", MasterName, " = \"\";");
        Member(code, "[MasterData(Kind = \"user.contact.address\")]", "string", MasterAddress, " = \"\";");
    }

    private static void CommunicationDataMembers(CodeWriter code)
    {
        Member(code, "[CommunicationData(Kind = \"user.contact.email\")]", "string", CommunicationEmail, " = \"\";");
        Member(code, "[CommunicationData(Kind = \"" + PhoneKind + "\")]", "string", CommunicationPhone, " = \"\";");
    }

    private static void MarketingOnlyMembers(CodeWriter code)
    {
        Member(code, "[MarketingOnly(Kind = \"user.behavior.purchase_history\")]", "string", MarketingCategory, " = \"\";");
        Member(code, "[MarketingOnly]", "int", MarketingFrequency, "");
    }

    /// <summary>Changes the fideslang kind of the first entity's phone member: the generator's model of it changes.</summary>
    public static SourceEdit ClassifiedMemberEditOf(EntityShape entity)
        => new(PathOf(entity), "Kind = \"" + PhoneKind + "\"", "Kind = \"user.contact.mobile_number\"");

    private static string PathOf(EntityShape entity) => "Retail/" + entity.Domain + "/" + entity.Name + ".cs";

    private static void Member(CodeWriter code, string? attribute, string type, string name, string initializer)
    {
        if (attribute is not null)
        {
            code.Line(attribute);
        }

        code.Line("public " + type + " " + name + " { get; set; }" + initializer).Line();
    }
}
