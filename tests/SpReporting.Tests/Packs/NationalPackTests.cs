using SpReporting.Aggregation;
using SpReporting.Packs;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;

namespace SpReporting.Tests.Packs;

/// <summary>
/// The England pack at national size: every PCN in England, each given the validated returns of one of the
/// sampled PCNs in turn, aggregated for real and streamed into the pack; the checker reads all of it back.
/// </summary>
[Collection(SampledPacksCollection.Name)]
[Trait("Category", "National")]
public sealed class NationalPackTests(SampledPacks packs)
{
    [Fact]
    public void England_pack_with_every_PCN_passes_the_checker()
    {
        var s = packs.Sample;
        var orgs = OrganisationRegistry.Default;
        var sampled = s.Partials.Keys.Select(k => k.Pcn).Distinct().Order(StringComparer.Ordinal).ToArray();
        var partials = new Dictionary<(string, Month), Partial>();
        for (var i = 0; i < orgs.Pcns.Count; i++)
        {
            for (var m = s.From; m <= s.To; m = m.AddMonths(1))
            {
                if (orgs.Pcns[i].IsOpenIn(m) && s.Partials.TryGetValue((sampled[i % sampled.Length], m), out var p)) { partials[(orgs.Pcns[i].PcnCode, m)] = p; }
            }
        }
        var aggregation = new AggregationInput(orgs, partials, new Dictionary<(string, Quarter), double>(), s.From, s.To);
        var headline = Aggregator.Rows(aggregation).Where(r => PackScope.IsHeadline(r, s.To)).ToList();
        var monthly = Aggregator.Rows(aggregation).Where(r => PackScope.IsMonthly(r, s.To));
        var england = new AreaTree(orgs).England;
        var returns = partials.Keys.Select(k => new ReturnStatus(k.Item1, k.Item2, ReturnState.OnTime)).ToList();
        var input = new PackInput("Social prescribing link workers: England", england, s.To, headline, monthly, returns, s.Narratives,
            new DateOnly(2024, 10, 24), new DateOnly(2024, 11, 21), "splw.reporting@example.nhs.uk");
        var path = Path.Combine(packs.Folder, PackNames.For(england, s.To));
        using (var file = File.Create(path)) { PackWriter.Write(input, file); }

        Assert.Empty(PackChecker.Check(path, s.Narratives.Select(n => n.Text)));
        var areas = headline.Select(r => r.Area.Code).Distinct().Count();
        Assert.True(areas > 1_300, $"{areas} areas");
    }
}
