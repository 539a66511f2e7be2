using System.Text.Json;
using SpReporting.Metrics;
using SpReporting.Spc;

namespace SpReporting.Dashboard;

/// <summary>
/// The XmR chart of one monthly series, worked out here once so the page only draws it. It is
/// computed from the published figures (withheld months left out as gaps), so anyone can reproduce
/// the limits from the chart's data table and nothing withheld can be recovered from them.
/// </summary>
public static class SpcSeries
{
    /// <summary>
    /// <c>{"centre", "upper", "lower", "upperNear", "lowerNear", "trial", "baseline", "rule": [...], "var": [...],
    /// "variation", "variationLabel", "assurance", "assuranceLabel", "target", "labels": {code: label}}</c>;
    /// <c>rule</c> and <c>var</c> run over every period (null where no point). Nothing when under two points.
    /// </summary>
    public static bool Write(Utf8JsonWriter json, string metricId, IReadOnlyList<PublishedCell> monthly, double? target, SpcOptions options)
    {
        var definition = MetricCatalog.Get(metricId);
        var at = new List<int>();
        var values = new List<double>();
        for (var i = 0; i < monthly.Count; i++)
        {
            if (monthly[i].Number is { } x) { at.Add(i); values.Add(x); }
        }
        if (values.Count < 2) { return false; }
        var result = XmR.Analyse(values, definition.Polarity, options, target);
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
        var rule = new string?[monthly.Count];
        var variation = new string?[monthly.Count];
        for (var k = 0; k < at.Count; k++)
        {
            rule[at[k]] = result.Points[k].Rule.ToCode();
            variation[at[k]] = result.Points[k].Variation.ToCode();
        }
        Strings(json, "rule", rule);
        Strings(json, "var", variation);
        json.WriteString("variation", result.Variation.ToCode());
        json.WriteString("variationLabel", result.VariationLabel);
        if (result.Assurance != Assurance.None)
        {
            json.WriteString("assurance", result.Assurance.ToCode());
            json.WriteString("assuranceLabel", result.AssuranceLabel);
        }
        if (target is { } t) { json.WriteNumber("target", t); }
        json.WriteStartObject("labels");
        foreach (var v in result.Points.Select(p => p.Variation).Distinct())
        {
            json.WriteString(v.ToCode(), v.Label(definition.Polarity));
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
