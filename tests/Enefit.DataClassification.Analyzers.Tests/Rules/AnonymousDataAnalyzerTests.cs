using Verify = Enefit.DataClassification.Analyzers.Tests.Verifiers.AnalyzerVerifier<Enefit.DataClassification.Analyzers.Rules.AnonymousDataAnalyzer>;

namespace Enefit.DataClassification.Analyzers.Tests.Rules;

/// <summary>EDC0009: what an [AnonymousData] type may not hold (§2.3), and data that may not be stored into one.</summary>
public sealed class AnonymousDataAnalyzerTests
{
    private const string Customer = """

        public partial class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [MasterData] public string Email { get; set; } = "";
            [CommunicationData] public decimal Debt { get; set; }
            public string Region { get; set; } = "";
        }

        public class Household
        {
            [SubjectId] public string OwnerId { get; set; } = "";
            public int Size { get; set; }
        }

        public class Address
        {
            public Customer? Resident { get; set; }
        }
        """;

    [Fact]
    public Task Classified_members_subject_ids_and_members_whose_type_identifies_are_reported_at_the_member()
        => Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using Enefit.DataClassification;

            [AnonymousData]
            public class RegionStats
            {
                public string Region { get; set; } = "";
                public int Count;
                [MasterData] public string {|#0:SampleEmail|} { get; set; } = "";
                [SubjectId] public string {|#1:CustomerId|} { get; set; } = "";
                public Customer? {|#2:Example|};
                public List<Household> {|#3:Households|} { get; } = new();
                public Address? {|#4:Where|} { get; set; }
            }
            """ + Customer,
            Verify.Diagnostic("EDC0009").WithLocation(0).WithArguments("RegionStats", "holds 'RegionStats.SampleEmail', which is master data"),
            Verify.Diagnostic("EDC0009").WithLocation(1).WithArguments("RegionStats", "holds the subject id 'RegionStats.CustomerId'"),
            Verify.Diagnostic("EDC0009").WithLocation(2).WithArguments("RegionStats", "holds 'RegionStats.Example' of type 'Customer?', which holds master data in 'Customer.Email'"),
            Verify.Diagnostic("EDC0009").WithLocation(3).WithArguments("RegionStats", "holds 'RegionStats.Households' of type 'List<Household>', which holds the subject id 'Household.OwnerId'"),
            Verify.Diagnostic("EDC0009").WithLocation(4).WithArguments("RegionStats", "holds 'RegionStats.Where' of type 'Address?', which holds master data in 'Customer.Email'"));

    [Fact]
    public Task Records_inherited_members_type_level_categories_and_classified_constructor_parameters_are_reported()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            public class Tracked
            {
                [SubjectId] public string Id { get; set; } = "";
            }

            [AnonymousData]
            public record Summary(string Region, [property: CommunicationData] decimal {|#0:Debt|});

            [AnonymousData]
            public class {|#1:Derived|} : Tracked
            {
            }

            [AnonymousData, MarketingOnly]
            public class {|#2:Profile|}
            {
            }

            [AnonymousData]
            public class Bucket
            {
                public Bucket([MasterData] string {|#3:email|}) => Length = email.Length;

                public int Length { get; }
            }
            """,
            Verify.Diagnostic("EDC0009").WithLocation(0).WithArguments("Summary", "holds 'Summary.Debt', which is communication data"),
            Verify.Diagnostic("EDC0009").WithLocation(1).WithArguments("Derived", "holds the subject id 'Tracked.Id'"),
            Verify.Diagnostic("EDC0009").WithLocation(2).WithArguments("Profile", "is itself classified as marketing-only data"),
            Verify.Diagnostic("EDC0009").WithLocation(3).WithArguments("Bucket", "receives master data 'email' through its constructor"));

    [Fact]
    public Task Storing_by_assignment_initializer_with_and_constructor_argument_is_reported_at_the_value()
        => Verify.VerifyAsync(
            """
            using Enefit.DataClassification;

            [AnonymousData]
            public record Stats(string Label)
            {
                public string Region { get; set; } = "";
                public decimal Total { get; set; }
                public object? Tag { get; set; }
            }

            public class Service
            {
                public Stats Build(Customer c)
                {
                    var stats = new Stats({|#0:c.Email|}) { Region = {|#1:c.Id|} };
                    stats.Total += {|#2:c.Debt|};
                    var mail = c.Email;
                    stats.Region = {|#3:mail|};
                    stats.Tag = {|#4:c|};
                    return stats with { Region = {|#5:"Region of " + c.Email|} };
                }
            }
            """ + Customer,
            Verify.Diagnostic("EDC0009").WithLocation(0).WithArguments("Stats", "receives master data 'Customer.Email' through its constructor parameter 'Label'"),
            Verify.Diagnostic("EDC0009").WithLocation(1).WithArguments("Stats", "receives the subject id 'Customer.Id' into 'Stats.Region'"),
            Verify.Diagnostic("EDC0009").WithLocation(2).WithArguments("Stats", "receives communication data 'Customer.Debt' into 'Stats.Total'"),
            Verify.Diagnostic("EDC0009").WithLocation(3).WithArguments("Stats", "receives master data 'Customer.Email' into 'Stats.Region'"),
            Verify.Diagnostic("EDC0009").WithLocation(4).WithArguments("Stats", "receives 'c', which holds master data in 'Customer.Email', into 'Stats.Tag'"),
            Verify.Diagnostic("EDC0009").WithLocation(5).WithArguments("Stats", "receives master data 'Customer.Email' into 'Stats.Region'"));

    [Fact]
    public Task Non_identifying_values_and_types_without_the_attribute_are_fine()
        => Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using Enefit.DataClassification;

            [AnonymousData]
            public class Stats
            {
                public string Region { get; set; } = "";
                public int Count { get; set; }
                public bool HasDebt { get; set; }
                public static Stats Empty { get; } = new();
            }

            public class Report
            {
                [MasterData] public string Email { get; set; } = "";
                public Customer? Owner { get; set; }
            }

            public class Service
            {
                public Stats Build(List<Customer> customers, Report report)
                {
                    var stats = new Stats { Region = customers[0].Region, Count = customers.Count };
                    var email = customers[0].Email;
                    email = "";
                    stats.Region = email;
                    stats.HasDebt = customers[0].Debt > 0;
                    stats.Count = customers[0].Email.Length;
                    report.Email = customers[0].Email;
                    return stats;
                }
            }
            """ + Customer);
}
