using System.Globalization;
using SpReporting.Periods;
using SpReporting.Reading;
using SpReporting.Writing;

namespace SpReporting.IntegrationTests.Support;

/// <summary>
/// Small PCN monthly returns, written as a zip of CSVs by the project's own writer. West Merton PCN
/// (U00070, South West London ICB) is real in the reference list; periods are in the past.
/// </summary>
public static class TestReturns
{
    public const string Pcn = "U00070";

    /// <summary>A valid NHS number (passes the modulus-11 check), the example RETURNS.md gives.</summary>
    public const string NhsNumber = "9434765919";

    /// <summary>A valid return; <paramref name="referrals"/> makes versions distinguishable.</summary>
    public static byte[] Valid(Month month, int referrals = 2, string? pcn = null) => Zip(Build(month, referrals, pcn ?? Pcn, null));

    /// <summary>A return that is fine except for a value not in its code list (VAL002): rejected.</summary>
    public static byte[] Invalid(Month month, string? pcn = null) => Zip(Build(month, 2, pcn ?? Pcn, "Doctor"));

    /// <summary>A valid return except that one cell holds a real-format NHS number (PII001).</summary>
    public static byte[] WithNhsNumber(Month month, string? pcn = null)
    {
        var wb = Build(month, 2, pcn ?? Pcn, null);
        var referrals = wb.Sheets.Single(s => s.Name == "Referrals");
        var rows = referrals.Rows.ToList();
        var cells = (string[])rows[0].Cells.Clone();
        cells[Array.IndexOf(referrals.Headers.ToArray(), "referral_id")] = "943 476 5919";
        rows[0] = rows[0] with { Cells = cells };
        return Zip(new Workbook([.. wb.Sheets.Select(s => s.Name == "Referrals" ? new Sheet(s.Name, s.Headers, rows) : s)]));
    }

    /// <summary>
    /// A valid schema version 2 return: the same as <see cref="Valid"/> plus a Utilisation sheet of two
    /// referrals closed six months earlier (GP 8 -> 5 and 3 -> 4; A&amp;E 1 -> 0 for the first only).
    /// </summary>
    public static byte[] Version2(Month month)
    {
        var wb = Build(month, 2, Pcn, null);
        var closed = month.AddMonths(-6).Start.AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var submission = Sheet("Submission", ["field", "value"],
            ["pcn_code", Pcn], ["period", month.ToString()], ["schema_version", "2"], ["nil_return", "N"], ["submitter_role", "PCN manager"]);
        var utilisation = Sheet("Utilisation",
            ["referral_id", "closed_date", "gp_consults_before", "gp_consults_after", "ae_attendances_before", "ae_attendances_after"],
            ["R-OLD-001", closed, "8", "5", "1", "0"],
            ["R-OLD-002", closed, "3", "4", "", ""]);
        return Zip(new Workbook([submission, .. wb.Sheets.Where(s => s.Name != "Submission"), utilisation]));
    }

    public const string Icb = "QWE";

    /// <summary>A valid ICB quarterly return for South West London: a plan line for every PCN open at quarter end.</summary>
    public static byte[] IcbValid(Quarter quarter, string icb = Icb)
    {
        var pcns = Reference.OrganisationRegistry.Default.PcnsInIcb(icb).Where(o => o.IsOpenIn(quarter.LastMonth)).ToArray();
        return Zip(new Workbook(
        [
            Sheet("Submission", ["field", "value"], ["icb_code", icb], ["quarter", quarter.ToString()], ["schema_version", "1"], ["submitter_role", "Commissioning manager"]),
            Sheet("Plan", ["pcn_code", "planned_splw_wte"], [.. pcns.Select(p => new[] { p.PcnCode, "2.5" })]),
            Sheet("Investment", ["category", "amount_gbp"], ["VCSE_GRANTS", "12000.50"], ["TRAINING_SUPERVISION", "3000"]),
        ]));
    }

    private static Workbook Build(Month month, int referrals, string pcn, string? badSource)
    {
        var day = (int d) => month.Start.AddDays(d - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var submission = Sheet("Submission", ["field", "value"],
            ["pcn_code", pcn], ["period", month.ToString()], ["schema_version", "1"], ["nil_return", "N"], ["submitter_role", "PCN manager"]);
        var workforce = Sheet("Workforce",
            ["post_id", "role", "status", "wte", "funding", "employer", "start_date", "end_date", "open_caseload", "supervision_hours", "non_sp_hours", "wellbeing_score"],
            ["P1", "SPLW", "IN_POST", "1", "ARRS", "PCN_PRACTICE", "2021-05-01", "", "40", "2", "", "7"],
            ["P2", "SPLW", "IN_POST", "0.6", "ARRS", "GP_FEDERATION", "2022-01-10", "", "25", "1.5", "3", "8"]);
        var referralRows = Enumerable.Range(1, referrals).Select(i => new[]
        {
            $"R-{month}-{i:000}", day(1 + (i % 20)), i == 1 && badSource is not null ? badSource : "GP", "LONELINESS", "65-74", "FEMALE", "WHITE", "3",
            day(2 + (i % 20)), "OPEN", "", "", "SWEMWBS", "18", "", "",
        }).ToArray();
        var referralSheet = Sheet("Referrals",
            ["referral_id", "referral_date", "source", "reasons", "age_band", "sex", "ethnic_group", "imd_decile", "first_contact_date", "status", "closed_date", "connections", "wellbeing_tool", "wellbeing_baseline", "wellbeing_followup", "social_outcomes"],
            referralRows);
        return new Workbook([submission, workforce, referralSheet]);
    }

    private static Sheet Sheet(string name, string[] headers, params string[][] rows) =>
        new(name, headers, rows.Select((r, i) => new SheetRow(i + 2, r)).ToList());

    private static byte[] Zip(Workbook wb)
    {
        using var ms = new MemoryStream();
        CsvZipReturnWriter.Write(wb, ms);
        return ms.ToArray();
    }
}
