using SpReporting.Periods;
using SpReporting.Aggregation;
using SpReporting.Packs.Model;
using SpReporting.Publishing;

namespace SpReporting.Packs.Content;

/// <summary>
/// What every sheet of one pack reads: the input, the areas listed (England, regions, ICBs, then PCNs), and each
/// area's row per window ending in the period.
/// </summary>
internal sealed class PackContext
{
    private readonly Dictionary<(string Area, Window Window), AggregateRow> _rows = new();

    public PackContext(PackInput input)
    {
        Input = input;
        var month = input.Period.ToString();
        var quarter = input.Period.Quarter.ToString();
        foreach (var row in input.HeadlineRows)
        {
            if (row.Period == (row.Window == Window.Quarter ? quarter : month)) { _rows[(row.Area.Code, row.Window)] = row; }
        }
        Areas = input.HeadlineRows.Select(r => r.Area).DistinctBy(a => a.Code)
            .OrderByDescending(a => a.Level).ThenBy(a => a.ParentCode, StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToArray();
        England = Areas.FirstOrDefault(a => a.Level == Level.England);
    }

    public PackInput Input { get; }

    /// <summary>Areas in the pack: England first, then regions, ICBs and PCNs, each by parent and name.</summary>
    public IReadOnlyList<AreaNode> Areas { get; }

    public AreaNode? England { get; }

    public static readonly Window[] Windows = [Window.Month, Window.Quarter, Window.Fytd, Window.R12];

    public AggregateRow? Row(AreaNode area, Window window) => _rows.GetValueOrDefault((area.Code, window));

    public AggregateRow? EnglandRow(Window window) => England is null ? null : Row(England, window);

    /// <summary>The period label of a window ending in the pack's period.</summary>
    public string PeriodOf(Window window) => window == Window.Quarter ? Input.Period.Quarter.Label() : Input.Period.ToString();

    /// <summary>Area code, name, level and parent: the first columns of every table by area.</summary>
    public static PackColumn[] AreaColumns() =>
    [
        new(new Noted("Area code", PackNotes.Hierarchy), 12),
        new("Area name", 40),
        new("Level", 9),
        new("Parent code", 12),
    ];

    public static IEnumerable<PackCell> AreaCells(AreaNode area) =>
    [
        PackCell.Of(area.Code),
        PackCell.Of(area.Name),
        PackCell.Of(PackWords.Of(area.Level)),
        PackCell.Of(area.ParentCode ?? Shorthand.NotApplicable),
    ];

    /// <summary>Metadata lines every table sheet carries after its title (aftables order).</summary>
    public IEnumerable<PackLine> Standard(string about) =>
    [
        "This worksheet contains one table. " + about,
        "Some column headings refer to notes, which are on the Notes worksheet.",
        "Shorthand: [c] confidential (withheld to protect people), [x] not available, [z] not applicable, [low] too few points to say; see the Cover worksheet.",
        $"Area: {Input.Scope.Name} ({Input.Scope.Code}). Period: {PackWords.Of(Input.Period)}. Published {PackWords.Of(Input.Published)}.",
        "Source: monthly returns from primary care networks (PCNs) and quarterly returns from integrated care boards (ICBs), after disclosure control.",
    ];
}
