using SpReporting.Periods;
using SpReporting.Reference;

namespace SpReporting.Lineage;

/// <summary>
/// The returns behind the published figures (docs/metrics.md, "Where the figures come from"): for every PCN
/// open in every published month, the current accepted upload (the one whose partial is counted), or that
/// only rejected uploads arrived, or none; and the ICB's current quarterly return for the quarter, whose
/// plan the month's figures are compared with.
/// </summary>
public static class LineageBuilder
{
    public static IEnumerable<LineageRow> Rows(OrganisationRegistry organisations, IReadOnlyList<Month> months, IEnumerable<LineageUpload> pcnUploads, IEnumerable<LineageUpload> icbUploads)
    {
        var byPcnMonth = pcnUploads.ToLookup(u => (u.OrganisationCode.ToUpperInvariant(), u.Period));
        var plans = icbUploads.Where(u => u.Current && u.Accepted)
            .GroupBy(u => (u.OrganisationCode.ToUpperInvariant(), u.Period))
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.ReceivedAt).Last().UploadId);
        foreach (var month in months)
        {
            var period = month.ToString();
            var quarter = month.Quarter.ToString();
            foreach (var pcn in organisations.Pcns.Where(p => p.IsOpenIn(month)))
            {
                var uploads = byPcnMonth[(pcn.PcnCode.ToUpperInvariant(), period)].ToList();
                var current = uploads.Where(u => u.Current && u.Accepted).OrderBy(u => u.ReceivedAt).LastOrDefault();
                var state = current is not null ? current.Late ? LineageState.CountedLate : LineageState.CountedOnTime
                    : uploads.Count > 0 ? LineageState.Rejected : LineageState.Missing;
                yield return new LineageRow(pcn.PcnCode, pcn.IcbCode, pcn.RegionCode, month, state, current?.UploadId, current?.ReceivedAt,
                    plans.GetValueOrDefault((pcn.IcbCode.ToUpperInvariant(), quarter)));
            }
        }
    }
}
