using System.Text.Json;
using SpReporting.Aggregation;
using SpReporting.Periods;
using SpReporting.Readiness;

namespace SpReporting.Dashboard;

/// <summary>
/// <c>data/readiness/{CODE}.json</c> for England, each region and each ICB: month by month from the first
/// published month to the projection horizon, how many of its open PCNs are fair to judge and why the rest
/// are not; and the same for the areas below it (an ICB's PCNs as one status letter a month; a region's or
/// England's ICBs as counts), so the readiness view can answer for any review date the commissioner picks.
/// Counts of PCNs, not people: nothing here is subject to disclosure control.
/// </summary>
public static class ReadinessDocument
{
    /// <summary>One letter a month for a PCN's status, in the order of <see cref="ReadinessReason"/>.</summary>
    public static char Letter(ReadinessReason reason) => reason switch
    {
        ReadinessReason.Fair => 'F',
        ReadinessReason.NotStarted => 'S',
        ReadinessReason.TooYoung => 'Y',
        ReadinessReason.TooFewPoints => 'P',
        ReadinessReason.MissingReturns => 'M',
        _ => 'C',
    };

    public static void Write(Utf8JsonWriter json, AreaNode area, AreaTree tree, ReadinessTable table, Month latest)
    {
        var months = new List<Month>();
        for (var m = table.First; m <= table.Last; m = m.AddMonths(1)) { months.Add(m); }
        json.WriteStartObject();
        json.WriteString("area", area.Code);
        json.WriteString("first", table.First.ToString());
        json.WriteString("latest", latest.ToString());
        json.WriteString("last", table.Last.ToString());
        json.WriteNumber("share", Math.Round(table.Options.AreaShare * 100, 1));
        json.WriteStartArray("reasons");
        foreach (var reason in Enum.GetValues<ReadinessReason>())
        {
            json.WriteStartObject();
            json.WriteString("code", reason.ToCode());
            json.WriteString("letter", Letter(reason).ToString());
            json.WriteString("label", reason.Label(table.Options));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        Counts(json, months.Select(m => table.At(area.Pcns, m)).ToList());
        WriteMonth(json, "reached", table.ShareReached(area.Pcns));
        json.WriteStartArray("children");
        var children = area.Level == Level.Icb
            ? tree.Pcns.Where(p => p.ParentCode == area.Code)
            : tree.Icbs.Where(i => area.Level == Level.England || i.ParentCode == area.Code);
        foreach (var child in children.Where(c => c.Pcns.Any(table.Knows)))
        {
            json.WriteStartObject();
            json.WriteString("code", child.Code);
            json.WriteString("name", child.Name);
            json.WriteString("level", child.Level.ToCode());
            if (child.Level == Level.Pcn)
            {
                json.WriteString("status", string.Concat(months.Select(m => Letter(table.Status(child.Code, m)))));
                WriteMonth(json, "reached", table.Earliest(child.Code));
            }
            else
            {
                var at = months.Select(m => table.At(child.Pcns, m)).ToList();
                Numbers(json, "fair", at.Select(a => a.Fair));
                Numbers(json, "considered", at.Select(a => a.Considered));
                WriteMonth(json, "reached", table.ShareReached(child.Pcns));
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter json, List<AreaReadiness> at)
    {
        Numbers(json, "fair", at.Select(a => a.Fair));
        Numbers(json, "considered", at.Select(a => a.Considered));
        Numbers(json, "not_started", at.Select(a => a.NotStarted));
        Numbers(json, "too_young", at.Select(a => a.TooYoung));
        Numbers(json, "too_few_points", at.Select(a => a.TooFewPoints));
        Numbers(json, "missing_returns", at.Select(a => a.MissingReturns));
    }

    private static void Numbers(Utf8JsonWriter json, string name, IEnumerable<int> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) { json.WriteNumberValue(v); }
        json.WriteEndArray();
    }

    private static void WriteMonth(Utf8JsonWriter json, string name, Month? month)
    {
        if (month is { } m) { json.WriteString(name, m.ToString()); }
        else { json.WriteNull(name); }
    }
}
