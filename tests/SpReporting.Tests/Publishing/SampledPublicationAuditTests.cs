using SpReporting.Publishing.Audit;

namespace SpReporting.Tests.Publishing;

[Collection(SampledPublicationCollection.Name)]
public class SampledPublicationAuditTests(SampledPublication publication)
{
    [Fact]
    public void The_audit_recovers_nothing_from_the_published_sample()
    {
        var result = PublicationAudit.Run(publication.Root);
        Assert.True(result.Safe, string.Join("\n", result.Recoveries.Take(20)));
    }
}
