using Enefit.DataClassification.Analyzers.Rules;
using Verify = Enefit.DataClassification.CodeFixes.Tests.Verifiers.CodeFixVerifier<
    Enefit.DataClassification.Analyzers.Rules.NonPartialTypeAnalyzer,
    Enefit.DataClassification.CodeFixes.MakePartialCodeFix>;

namespace Enefit.DataClassification.CodeFixes.Tests.Rules;

public sealed class MakePartialCodeFixTests
{
    [Fact]
    public Task A_public_class_gets_partial_after_its_modifiers()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public sealed class {|#0:Customer|}
            {
                [MasterData] public string Email { get; set; } = "";
            }
            """,
            """
            using Enefit.DataClassification;

            public sealed partial class Customer
            {
                [MasterData] public string Email { get; set; } = "";
            }
            """,
            Verify.Diagnostic("EDC0012").WithLocation(0).WithArguments("Customer"));
}
