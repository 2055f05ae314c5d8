namespace Enefit.DataClassification.Benchmarks.Synthetic;

/// <summary>
/// Writes a classified entity: partial, a [SubjectId], master, communication and marketing-only members, and clean
/// members beside them. Services read these members by the names below.
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
        Member(code, "[MasterData(Kind = \"user.name\")]", "string", MasterName, " = \"\";");
        Member(code, "[MasterData(Kind = \"user.contact.address\")]", "string", MasterAddress, " = \"\";");
        Member(code, "[CommunicationData(Kind = \"user.contact.email\")]", "string", CommunicationEmail, " = \"\";");
        Member(code, "[CommunicationData(Kind = \"" + PhoneKind + "\")]", "string", CommunicationPhone, " = \"\";");
        Member(code, "[MarketingOnly(Kind = \"user.behavior.purchase_history\")]", "string", MarketingCategory, " = \"\";");
        Member(code, "[MarketingOnly]", "int", MarketingFrequency, "");
        Member(code, null, "string", "Region", " = \"\";");
        Member(code, null, "DateTimeOffset", "CreatedAt", "");
        Member(code, null, "int", "Version", "");
        code.Line("public bool IsNew(DateTimeOffset now) => now - CreatedAt < TimeSpan.FromDays(30);")
            .Close();
        return new SyntheticFile(PathOf(entity), code.ToString());
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
