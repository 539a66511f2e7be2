using Azure.Data.Tables;
using SpReporting.Packs;
using SpReporting.Reference;
using SpReporting.Storage.Curated;
using SpReporting.Storage.Ledger;

namespace SpReporting.Storage.Publishing;

/// <summary>The narratives of the current ICB quarterly returns, read from their curated records via the ledger.</summary>
internal static class NarrativeSource
{
    public static async Task<List<IcbNarrative>> ReadAsync(StorageAccount storage, OrganisationRegistry organisations, CancellationToken cancellationToken)
    {
        var list = new List<IcbNarrative>();
        var curated = new CuratedStore(storage.Curated);
        // ICB periods are partitions icb_{quarter}; '`' sorts straight after '_'.
        const string filter = "PartitionKey ge 'icb_' and PartitionKey lt 'icb`' and RowType eq 'upload' and Current eq true";
        await foreach (var e in storage.Submissions.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var entry = LedgerEntry.FromEntity(e);
            if (entry.CuratedBlob is null) { continue; }
            var record = await curated.ReadAsync(entry.CuratedBlob, cancellationToken);
            if (record.Icb is { Narrative: { } text } icb)
            {
                var name = organisations.FindIcb(icb.IcbCode)?.Name ?? icb.IcbCode;
                list.Add(new IcbNarrative(icb.IcbCode, name, icb.Period, text));
            }
        }
        return list;
    }
}
