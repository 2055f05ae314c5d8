using Enefit.DataClassification.Analyzers.Symbols;

namespace Enefit.DataClassification.Analyzers.Tests.Symbols;

/// <summary>
/// The analyzers mirror the runtime's <see cref="PurposePolicy"/> because the compiler cannot load the runtime library;
/// these tests make the two tables one: any drift fails here.
/// </summary>
public sealed class PurposeRulesTests
{
    [Fact]
    public void Every_cell_of_the_purpose_by_category_table_agrees_with_the_runtime_policy()
    {
        foreach (var purpose in Enum.GetValues<Purpose>())
        {
            var value = (int)purpose;
            Assert.True(PurposeRules.IsDefined(value));
            Assert.Equal(purpose.ToString(), PurposeRules.NameOf(value));
            Assert.Equal(PurposePolicy.IsContractPurpose(purpose), PurposeRules.IsContractPurpose(value));
            Assert.Equal(PurposePolicy.RequiresConsent(purpose), PurposeRules.RequiresConsent(value));
            Assert.Equal(PurposePolicy.ClauseOf(purpose), PurposeRules.ClauseOf(value));
            foreach (var category in Enum.GetValues<DataCategory>())
            {
                Assert.Equal(PurposePolicy.Permits(purpose, category), PurposeRules.Permits(value, (ClassifiedCategory)(int)category));
            }
        }
    }

    [Fact]
    public void The_category_mirror_has_the_runtime_names_in_the_runtime_order()
        => Assert.Equal(Enum.GetNames<DataCategory>(), Enum.GetNames<ClassifiedCategory>());

    [Theory]
    [InlineData(-1)]
    [InlineData(19)]
    [InlineData(999)]
    public void An_undefined_purpose_value_is_neither_contract_nor_marketing_and_permits_nothing(int value)
    {
        Assert.False(PurposeRules.IsDefined(value));
        Assert.False(PurposeRules.IsContractPurpose(value));
        Assert.False(PurposeRules.RequiresConsent(value));
        Assert.False(PurposeRules.Permits(value, ClassifiedCategory.MasterData));
        Assert.Equal("(Purpose)" + value, PurposeRules.NameOf(value));
        Assert.Equal("purpose (Purpose)" + value + " (no clause)", PurposeRules.Describe(value));
    }

    [Fact]
    public void A_purpose_is_described_with_its_clause()
        => Assert.Equal("purpose Billing (§6.1.4)", PurposeRules.Describe((int)Purpose.Billing));
}
