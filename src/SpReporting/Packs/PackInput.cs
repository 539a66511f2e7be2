using SpReporting.Aggregation;
using SpReporting.Periods;

namespace SpReporting.Packs;

/// <summary>
/// Everything one Excel pack is built from: aggregate rows (published through disclosure control as the
/// pack is written, never before), return statuses for data quality, and ICB narratives.
/// </summary>
/// <param name="Title">The pack's title: cell A1 of the Cover and the workbook's document title.</param>
/// <param name="Scope">The area the pack is for: an ICB or England.</param>
/// <param name="Period">The latest complete month.</param>
/// <param name="HeadlineRows">
/// Every window row ending in <paramref name="Period"/> (and the financial quarter containing it) for the scope,
/// England and each area listed in the pack: an ICB pack lists the ICB and its PCNs; the England pack lists
/// England, regions, ICBs and PCNs. Read several times.
/// </param>
/// <param name="MonthlyRows">
/// <see cref="Window.Month"/> rows of every month for the time-series sheet, in the order they should appear
/// (the aggregator's order is fine). Enumerated once, as the sheet is written, so a national series can stream
/// straight from the aggregator or the aggregates table without being held in memory.
/// </param>
/// <param name="Returns">Each PCN's monthly return status (on time, late or missing) for the data quality sheet.</param>
/// <param name="Narratives">ICB narratives from the quarterly returns, shown verbatim.</param>
/// <param name="Published">Publication date shown on the Cover.</param>
/// <param name="NextUpdate">Date of the next update shown on the Cover.</param>
/// <param name="Contact">Who to contact (an email address or team), shown on the Cover.</param>
public sealed record PackInput(
    string Title,
    AreaNode Scope,
    Month Period,
    IReadOnlyList<AggregateRow> HeadlineRows,
    IEnumerable<AggregateRow> MonthlyRows,
    IReadOnlyList<ReturnStatus> Returns,
    IReadOnlyList<IcbNarrative> Narratives,
    DateOnly Published,
    DateOnly NextUpdate,
    string Contact)
{
    /// <summary>
    /// National reference bands of the key measures by age (docs/metrics.md, "Peers of the same age"), built at
    /// publish from every PCN's published values; the Peers sheet places each PCN on them. None: no Peers table rows.
    /// </summary>
    public IReadOnlyDictionary<string, Peers.PeerBands>? Peers { get; init; }

    /// <summary>The returns behind the figures (<c>lineage.csv</c>'s lines): the data quality sheet names each PCN's upload counted for the period.</summary>
    public IReadOnlyList<Lineage.LineageRow>? Lineage { get; init; }

    /// <summary>Made from <c>spr sample</c> returns: the Cover says so first (docs/packs.md).</summary>
    public bool Synthetic { get; init; }
}
