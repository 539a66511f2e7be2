using System.Text.Json;
using Azure.Data.Tables;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Periods;
using SpReporting.Storage.Tables;

namespace SpReporting.Storage.Aggregates;

/// <summary>
/// One aggregates row as an entity: PartitionKey = area code, RowKey = <c>{window}_{period}</c>, so an
/// area's whole history is one partition scan (what a pack or dashboard page reads). The values are
/// stored unrounded (disclosure control happens at publication) as one compact JSON array in catalogue order.
/// </summary>
public static class AggregateEntity
{
    private const string ValuesProperty = "Values";

    public static string RowKey(Window window, string period) => $"{window.ToCode()}_{period}";

    public static TableEntity ToEntity(AggregateRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var e = new TableEntity(KeyText.Encode(row.Area.Code), RowKey(row.Window, row.Period))
        {
            ["Area"] = row.Area.Code,
            ["Level"] = row.Area.Level.ToCode(),
            ["Window"] = row.Window.ToCode(),
            ["Period"] = row.Period,
            ["End"] = row.End.ToString(),
        };
        LargeText.Write(e, ValuesProperty, JsonSerializer.Serialize(row.Values.Select(StoredValue.From).ToArray(), StoredValue.Json));
        return e;
    }

    public static AggregateRow FromEntity(TableEntity e, AreaTree tree)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(tree);
        var area = tree.ByCode[e.GetString("Area")];
        var window = Enum.Parse<Window>(e.GetString("Window"), ignoreCase: true);
        var stored = JsonSerializer.Deserialize<StoredValue[]>(LargeText.Read(e, ValuesProperty) ?? "[]", StoredValue.Json) ?? [];
        var values = stored.Select((v, i) => v.ToValue(MetricCatalog.All[i].Id));
        return new AggregateRow(area, window, e.GetString("Period"), Month.Parse(e.GetString("End")), values);
    }
}
