using SpReporting.Aggregation;
using SpReporting.Periods;
using SpReporting.Publishing.Audit;
using SpReporting.Reference;
using SpReporting.Sampling;
using SpReporting.Testing;
using SpReporting.Tests.Publishing;
using SpReporting.Tests.Support;

namespace SpReporting.Tests.EndToEnd;

/// <summary>
/// Every PCN in England, 15 months, published by the production writers and publishing loop: the audit
/// recovers nothing (national scale; slow, run with the other national tests).
/// </summary>
[Trait("Category", "National")]
public class NationalAuditTests
{
    [Fact]
    public void The_national_sample_publication_passes_the_audit()
    {
        var to = new Month(2026, 9);
        var from = to.AddMonths(-14);
        var (partials, plans, _) = SampledPipeline.Run(
            new SampleOptions { From = from, Months = 15, XlsxShare = 0, Seed = 3, Now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) });
        var rows = Aggregator.Rows(new AggregationInput(OrganisationRegistry.Default, partials, plans, from, to)).ToList();
        var root = Directory.CreateTempSubdirectory("spr-national-audit-").FullName;
        try
        {
            InProcessPublication.Publish(rows, root);
            var result = PublicationAudit.Run(root);
            Assert.True(result.Safe, string.Join("\n", result.Recoveries.Take(20)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
