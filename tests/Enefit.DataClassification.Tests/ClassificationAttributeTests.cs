using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;
using Classification = Microsoft.Extensions.Compliance.Classification.DataClassification;

namespace Enefit.DataClassification.Tests;

public sealed class ClassificationAttributeTests
{
    [Fact]
    public void Each_category_attribute_is_a_Microsoft_classification_in_the_Enefit_taxonomy()
    {
        AssertClassification(new MasterDataAttribute(), DataCategory.MasterData, "MasterData");
        AssertClassification(new CommunicationDataAttribute(), DataCategory.CommunicationData, "CommunicationData");
        AssertClassification(new MarketingOnlyAttribute(), DataCategory.MarketingOnly, "MarketingOnly");
    }

    [Fact]
    public void Kind_carries_a_fideslang_key()
    {
        var attribute = new MasterDataAttribute { Kind = "user.contact.email" };

        Assert.Equal("user.contact.email", attribute.Kind);
        Assert.Null(new MarketingOnlyAttribute().Kind);
    }

    [Fact]
    public void The_taxonomy_maps_each_category_and_refuses_an_undefined_one()
    {
        Assert.Equal(new Classification("Enefit", "MasterData"), EnefitTaxonomy.For(DataCategory.MasterData));
        Assert.Equal(EnefitTaxonomy.CommunicationData, EnefitTaxonomy.For(DataCategory.CommunicationData));
        Assert.Equal(EnefitTaxonomy.MarketingOnly, EnefitTaxonomy.For(DataCategory.MarketingOnly));
        Assert.Equal("category", Assert.Throws<ArgumentOutOfRangeException>(() => EnefitTaxonomy.For((DataCategory)7)).ParamName);
    }

    [Theory]
    [InlineData(typeof(MasterDataAttribute))]
    [InlineData(typeof(CommunicationDataAttribute))]
    [InlineData(typeof(MarketingOnlyAttribute))]
    public void Category_attributes_are_sealed_and_fit_members_parameters_return_values_and_types(Type attributeType)
    {
        var usage = attributeType.GetCustomAttribute<AttributeUsageAttribute>(inherit: true)!;

        Assert.True(attributeType.IsSealed);
        Assert.True(typeof(DataClassificationAttribute).IsAssignableFrom(attributeType));
        Assert.NotNull(attributeType.GetConstructor(Type.EmptyTypes));
        Assert.Equal(
            AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue
            | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
            usage.ValidOn);
        Assert.False(usage.AllowMultiple);
    }

    [Fact]
    public void The_purpose_attribute_fits_code_and_assemblies_once()
    {
        var usage = typeof(ProcessingPurposeAttribute).GetCustomAttribute<AttributeUsageAttribute>()!;

        Assert.Equal(
            AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property
            | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface
            | AttributeTargets.Assembly | AttributeTargets.Module,
            usage.ValidOn);
        Assert.False(usage.AllowMultiple);
        Assert.Equal(Purpose.Billing, new ProcessingPurposeAttribute(Purpose.Billing).Purpose);
    }

    private static void AssertClassification(EnefitDataClassificationAttribute attribute, DataCategory category, string value)
    {
        Assert.Equal(category, attribute.Category);
        Assert.Equal(new Classification(EnefitTaxonomy.Name, value), attribute.Classification);
        Assert.Equal("Enefit", attribute.Classification.TaxonomyName);
    }
}
