using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using SpReporting.Aggregation;
using SpReporting.IntegrationTests.Support;
using SpReporting.Metrics;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Storage.Aggregates;
using SpReporting.Storage.Publishing;
using SpReporting.Storage.Refresh;
using SpReporting.Storage.Running;

namespace SpReporting.IntegrationTests.Refresh;

[Collection(RefreshCollection.Name)]
public sealed class RefreshTests(AzuriteFixture fixture)
{
    private static readonly string[] Pcns = OrganisationRegistry.Default.PcnsInIcb(TestReturns.Icb)
        .Where(o => o.CloseDate is null).Take(3).Select(o => o.PcnCode).ToArray();

    [Fact]
    public async Task Incremental_refresh_after_resubmissions_and_late_returns_equals_a_full_rebuild()
    {
        var h = new IngestHarness(fixture, LocalRun.IngestOptions);
        var refresh = new RefreshService(h.Storage, OrganisationRegistry.Default, h.Logs.For<RefreshService>());
        var at = new DateTimeOffset(2024, 8, 1, 9, 0, 0, TimeSpan.Zero);
        var uploads = 0;
        async Task Upload(string pcn, Month month, int referrals, string file)
        {
            var path = IngestHarness.PathFor(month, file, pcn);
            await h.UploadAsync(path, TestReturns.Valid(month, referrals, pcn), at.AddMinutes(uploads++));
            await h.TriggerAsync(path);
        }

        for (var m = new Month(2024, 1); m <= new Month(2024, 6); m = m.AddMonths(1))
        {
            foreach (var pcn in Pcns)
            {
                if (pcn == Pcns[2] && m == new Month(2024, 2)) { continue; } // missing for now
                await Upload(pcn, m, 10 + m.Number, "return.zip");
            }
        }
        var first = await refresh.RefreshAsync(full: true);
        Assert.True(first.Full);

        // A resubmission with more referrals, a late return for the missing month, and an ICB plan.
        await Upload(Pcns[0], new Month(2024, 3), 40, "return-v2.zip");
        await Upload(Pcns[2], new Month(2024, 2), 25, "return.zip");
        var planPath = $"icb/{TestReturns.Icb}/2024-Q1/plan.zip";
        await h.UploadAsync(planPath, TestReturns.IcbValid(new Quarter(2024, 1)), at.AddMinutes(uploads++));
        await h.TriggerAsync(planPath);

        var incremental = await refresh.RefreshAsync(full: false);
        Assert.True(incremental.Ran);
        Assert.False(incremental.Full);
        Assert.Equal(3, incremental.DirtyMarks); // the resubmission, the late return, the plan
        Assert.True(incremental.RowsWritten < first.RowsWritten, $"{incremental.RowsWritten} of {first.RowsWritten}");
        var afterIncremental = await SnapshotAsync(h);

        var rebuilt = await refresh.RefreshAsync(full: true);
        Assert.True(rebuilt.Full);
        var afterFull = await SnapshotAsync(h);
        Assert.Equal(afterFull.Count, afterIncremental.Count);
        foreach (var (key, values) in afterFull) { Assert.Equal(values, afterIncremental[key]); }

        // The merged values are the current returns' values: March has 40 (resubmitted) + 13 + 13 referrals.
        var tree = new AreaTree(OrganisationRegistry.Default);
        var icb = await new AggregateStore(h.Storage.Aggregates).ReadAreaAsync(tree.ByCode[TestReturns.Icb], tree);
        var march = icb.Single(r => r.Window == Window.Month && r.Period == "2024-03");
        Assert.Equal(40 + 13 + 13, march.Find(MetricIds.Received)!.Value);
        var february = icb.Single(r => r.Window == Window.Month && r.Period == "2024-02");
        Assert.Equal(12 + 12 + 25, february.Find(MetricIds.Received)!.Value);
        // The plan is for 2024-Q1 (April to June): WTE 1.6 in post per PCN against 2.5 planned.
        var q1 = icb.Single(r => r.Window == Window.Quarter && r.Period == "2024-Q1");
        Assert.NotNull(q1.Find(MetricIds.VsPlanPct)!.Value);

        var nothing = await refresh.RefreshAsync(full: false);
        Assert.False(nothing.Ran);
    }

    [Fact]
    public async Task The_timer_function_refreshes_and_publishes_metrics_csv()
    {
        var h = new IngestHarness(fixture, LocalRun.IngestOptions);
        var month = new Month(2023, 5);
        var path = IngestHarness.PathFor(month, "timer.zip", Pcns[1]);
        await h.UploadAsync(path, TestReturns.Valid(month, 9, Pcns[1]), new DateTimeOffset(2023, 6, 3, 0, 0, 0, TimeSpan.Zero));
        await h.TriggerAsync(path);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["REFRESH_FULL"] = "false" }).Build();
        var function = new SpReporting.Functions.RefreshAggregates(
            new RefreshService(h.Storage, OrganisationRegistry.Default, h.Logs.For<RefreshService>()),
            new PublishService(h.Storage, OrganisationRegistry.Default), config, h.Logs.For<SpReporting.Functions.RefreshAggregates>());

        await function.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

        var csv = (await h.Storage.Exports.GetBlobClient(PublishService.MetricsCsv).DownloadContentAsync()).Value.Content.ToString();
        Assert.StartsWith("level,area_code,area_name,parent_code,period,window,metric,value", csv, StringComparison.Ordinal);
        Assert.Contains($"PCN,{Pcns[1]},", csv, StringComparison.Ordinal);
        // Nine referrals in one PCN: published as 10 (rounded to 5), never 9, below England; England shows them as they are.
        Assert.Contains($",2023-05,month,ref_received,10,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain($"PCN,{Pcns[1]},{OrganisationRegistry.Default.FindPcn(Pcns[1])!.PcnName},{TestReturns.Icb},2023-05,month,ref_received,9,", csv, StringComparison.Ordinal);

        // The dashboard, its data and its downloads are in the site container, where ServeDashboard reads them.
        foreach (var name in new[] { "index.html", "data/index.json", $"data/areas/{TestReturns.Icb}.json", "downloads/metrics.csv" })
        {
            Assert.True((await h.Storage.Site.GetBlobClient(name).ExistsAsync()).Value, name);
        }
        Assert.Equal("text/html; charset=utf-8", (await h.Storage.Site.GetBlobClient("index.html").GetPropertiesAsync()).Value.ContentType);
    }

    private static async Task<Dictionary<string, string>> SnapshotAsync(IngestHarness h)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var e in h.Storage.Aggregates.QueryAsync<TableEntity>())
        {
            d[e.PartitionKey + "/" + e.RowKey] = string.Join("", Enumerable.Range(0, e.GetInt32("ValuesParts") ?? 0).Select(i => e.GetString($"Values{i}")));
        }
        return d;
    }
}
