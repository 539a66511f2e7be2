using System.Text.Json;
using SpReporting.Metrics;
using SpReporting.Spc;

namespace SpReporting.Dashboard;

/// <summary>
/// The XmR chart of one monthly series as the aggregation judged it: the variation of each point and the
/// assurance are the published judgements (the same as metrics.csv and the packs show), and the limits are
/// drawn from exactly the points judged (the published values; withheld months and months before the
/// service began are gaps), so anyone can reproduce them from the chart's data table and nothing withheld
/// can be recovered from them.
/// </summary>
public static class SpcSeries
{
    /// <summary>
    /// <c>{"centre", "upper", "lower", "upperNear", "lowerNear", "trial", "baseline", "rule": [...], "var": [...],
    /// "variation", "variationLabel", "assurance", "assuranceLabel", "target", "targetPeriod", "before", "beforeLabel",
    /// "labels": {code: label}}</c>; <c>rule</c> and <c>var</c> run over every period (null where no point);
    /// <c>before</c> is how many leading months are before the service began. Nothing when under two points.
    /// </summary>
    public static bool Write(Utf8JsonWriter json, string metricId, JudgedSeries series, SpcOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(series);
        var definition = MetricCatalog.Get(metricId);
        var at = new List<int>();
        var values = new List<double>();
        for (var i = 0; i < series.Cells.Count; i++)
        {
            if (series.Variation[i].Length > 0 && series.Cells[i].Number is { } x) { at.Add(i); values.Add(x); }
        }
        if (values.Count < 2) { return false; }
        // Limits and rules only: the judgement itself is the aggregation's, read from the published rows.
        var result = XmR.Analyse(values, definition.Polarity, options);
        var limits = result.Limits!;
        json.WritePropertyName(metricId);
        json.WriteStartObject();
        json.WriteNumber("centre", Round(limits.Centre));
        json.WriteNumber("upper", Round(limits.Upper));
        json.WriteNumber("lower", Round(limits.Lower));
        json.WriteNumber("upperNear", Round(limits.UpperNear));
        json.WriteNumber("lowerNear", Round(limits.LowerNear));
        json.WriteBoolean("trial", result.TrialLimits);
        json.WriteNumber("baseline", result.BaselineCount);
        if (result.TrialLimits) { json.WriteString("trialLabel", SpcLabels.TrialLimits); }
        var rule = new string?[series.Cells.Count];
        var variation = new string?[series.Cells.Count];
        for (var k = 0; k < at.Count; k++)
        {
            rule[at[k]] = result.Points[k].Rule.ToCode();
            variation[at[k]] = series.Variation[at[k]];
        }
        Strings(json, "rule", rule);
        Strings(json, "var", variation);
        var last = VariationCodes.Parse(series.Variation[at[^1]]);
        json.WriteString("variation", last.ToCode());
        json.WriteString("variationLabel", last.Label(definition.Polarity));
        var assurance = AssuranceCodes.Parse(series.Assurance);
        if (assurance != Assurance.None)
        {
            json.WriteString("assurance", assurance.ToCode());
            json.WriteString("assuranceLabel", assurance.Label());
        }
        if (series.Target is { } t) { json.WriteNumber("target", t); }
        if (series.TargetPeriod is { } tp) { json.WriteString("targetPeriod", tp); }
        if (series.BeforeService > 0)
        {
            json.WriteNumber("before", series.BeforeService);
            json.WriteString("beforeLabel", Aggregation.ServiceStart.BeforeLabel);
        }
        json.WriteStartObject("labels");
        foreach (var code in at.Select(i => series.Variation[i]).Distinct(StringComparer.Ordinal))
        {
            json.WriteString(code, VariationCodes.Parse(code).Label(definition.Polarity));
        }
        json.WriteEndObject();
        json.WriteEndObject();
        return true;
    }

    private static void Strings(Utf8JsonWriter json, string name, string?[] values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            if (v is null) { json.WriteNullValue(); } else { json.WriteStringValue(v); }
        }
        json.WriteEndArray();
    }

    // Limits are drawn, not read to the last digit: 4 decimals keeps them exact enough and the file small.
    private static double Round(double x) => Math.Round(x, 4, MidpointRounding.AwayFromZero);
}
