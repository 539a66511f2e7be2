using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using SpReporting.IntegrationTests.Support;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Storage;
using SpReporting.Storage.Control;
using SpReporting.Storage.Publishing;
using SpReporting.Storage.Refresh;
using SpReporting.Storage.Running;

namespace SpReporting.IntegrationTests.Refresh;

/// <summary>
/// A publish that fails in Azure is logged as an error with its reason and fails the timer run, and
/// the next run publishes again even though the refresh already cleared its dirty marks.
/// </summary>
[Collection(RefreshCollection.Name)]
public sealed class PublishFailureTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task The_timer_run_fails_and_logs_the_reason_when_publishing_fails_and_the_next_run_publishes_again()
    {
        var h = new IngestHarness(fixture, LocalRun.IngestOptions);
        var pcn = OrganisationRegistry.Default.PcnsInIcb(TestReturns.Icb).First(o => o.CloseDate is null).PcnCode;
        var month = new Month(2022, 2);
        var path = IngestHarness.PathFor(month, "publish-failure.zip", pcn);
        await h.UploadAsync(path, TestReturns.Valid(month, 4, pcn), new DateTimeOffset(2022, 3, 2, 0, 0, 0, TimeSpan.Zero));
        await h.TriggerAsync(path);
        // The aggregates are real; the blob endpoint publishing writes to refuses every connection.
        var unreachable = new BlobServiceClient(new Uri("http://127.0.0.1:9/devstoreaccount1"), new BlobClientOptions { Retry = { MaxRetries = 0 } });
        var publish = new PublishService(new StorageAccount(unreachable, h.Storage.Tables), OrganisationRegistry.Default);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["REFRESH_FULL"] = "false" }).Build();
        var refresh = new RefreshService(h.Storage, OrganisationRegistry.Default, h.Logs.For<RefreshService>());
        var pending = new PublishPending(h.Storage);
        var function = new SpReporting.Functions.RefreshAggregates(refresh, publish, config, h.Logs.For<SpReporting.Functions.RefreshAggregates>(), pending);

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => function.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None));

        var error = Assert.Single(h.Logs.Entries, e => e.StartsWith("Error RefreshAggregates:", StringComparison.Ordinal));
        Assert.Contains("Publishing after the refresh failed", error, StringComparison.Ordinal);
        Assert.Contains(thrown.GetType().Name, error, StringComparison.Ordinal);
        Assert.True(await pending.IsPendingAsync());

        // Storage is back; no upload since, so nothing is dirty, yet the failed publish is retried.
        var next = new SpReporting.Functions.RefreshAggregates(refresh, new PublishService(h.Storage, OrganisationRegistry.Default), config,
            h.Logs.For<SpReporting.Functions.RefreshAggregates>(), pending);
        await next.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

        Assert.Contains(h.Logs.Entries, e => e.StartsWith("Information RefreshAggregates: Published ", StringComparison.Ordinal));
        Assert.False(await pending.IsPendingAsync());
        Assert.True((await h.Storage.Site.GetBlobClient("data/index.json").ExistsAsync()).Value);
    }
}
