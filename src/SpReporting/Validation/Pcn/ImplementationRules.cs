using System.Globalization;
using SpReporting.Reading;
using SpReporting.Returns;
using SpReporting.Returns.Pcn;

namespace SpReporting.Validation.Pcn;

/// <summary>The optional Implementation sheet: NoMAD survey respondents (normalisation process theory).</summary>
internal static class ImplementationRules
{
    public static List<ImplementationResponse> Check(Sheet sheet, FindingList findings)
    {
        var columns = SheetShape.Columns(sheet, PcnSchema.ImplementationColumns, ["respondent_role"], findings);
        var responses = new List<ImplementationResponse>(sheet.Rows.Count);
        var row = new RowCursor(sheet, columns, findings);
        foreach (var r in sheet.Rows)
        {
            row.MoveTo(r);
            var role = row.Code("respondent_role", CodeLists.RespondentRole);
            var g1 = row.Number("g1", 0, 10, required: false);
            var g2 = row.Number("g2", 0, 10, required: false);
            var g3 = row.Number("g3", 0, 10, required: false);
            var coh = Items(row, PcnSchema.CoherenceItems);
            var cog = Items(row, PcnSchema.CognitiveParticipationItems);
            var act = Items(row, PcnSchema.CollectiveActionItems);
            var refl = Items(row, PcnSchema.ReflexiveMonitoringItems);
            if (role is null) { continue; }
            responses.Add(new ImplementationResponse(role, g1, g2, g3, coh, cog, act, refl));
        }
        return responses;
    }

    /// <summary>Construct items: 1–5, or NR (not relevant), which is excluded from means like a blank.</summary>
    private static double?[] Items(RowCursor row, IReadOnlyList<string> items)
    {
        var values = new double?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var text = row.Text(items[i]);
            if (text.Length == 0 || string.Equals(text, "NR", StringComparison.OrdinalIgnoreCase)) { continue; }
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= 5 && v == Math.Floor(v))
            {
                values[i] = v;
                continue;
            }
            row.Add(FindingCodes.Unreadable, items[i], $"{items[i]} must be a whole number from 1 (strongly disagree) to 5 (strongly agree), or NR if not relevant.");
        }
        return values;
    }
}
