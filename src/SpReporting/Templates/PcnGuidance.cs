using System.Globalization;
using SpReporting.Returns;

namespace SpReporting.Templates;

/// <summary>General guidance of the PCN monthly return template: rules that span columns.</summary>
internal static class PcnGuidance
{
    /// <summary>"SWEMWBS 7 to 35, …": the tool ranges, from the tool definitions.</summary>
    public static string ToolRanges { get; } = string.Join("; ", WellbeingTool.Scored.Select(t =>
        string.Create(CultureInfo.InvariantCulture, $"{t.Code} {t.Min} to {t.Max}{(t.HigherIsBetter ? "" : " (lower is better)")}"))) + ".";

    public static IReadOnlyList<GuidanceTopic> Topics { get; } =
    [
        SharedGuidance.Layout("Submission, Workforce, Referrals, Implementation, Utilisation"),
        new("Sheets",
            "Submission, Workforce and Referrals are required; Implementation and Utilisation are optional. A required data sheet may hold only its header row, " +
            "for example when there were no referrals this month."),
        new("Nil return",
            "If the PCN had no social prescribing activity this month, set nil_return to Y on the Submission sheet; the other sheets may then hold only their header rows. " +
            "A nil return while posts are in post, or referrals with no link worker in post, gives a warning."),
        new("Due date",
            "The return for a month is due by the 15th of the following month: for example, the March 2024 return is due by 15 April 2024. " +
            "Later uploads are accepted but marked late."),
        SharedGuidance.Resubmitting("pcn/ your PCN code / the month as yyyy-MM /", "PCN and month"),
        SharedGuidance.Receipt,
        SharedGuidance.Findings,
        SharedGuidance.PersonalData("submitter_role, referral_id and post_id. An outward postcode district alone is not personal data, but there is no column for it"),
        SharedGuidance.DropDowns,
        new("Columns with several codes",
            "reasons and social_outcomes can hold more than one code, separated by semicolons, for example LONELINESS;HOUSING. " +
            "An Excel drop-down puts one value in a cell, so these two columns have no drop-down: type or paste the codes listed below."),
        SharedGuidance.Dates,
        SharedGuidance.Numbers,
        new("Which month a referral belongs to",
            "A referral row belongs to a month if its referral_date falls in the month (a referral received), or its closed_date falls in the month (a closure), or both. " +
            "A referral received in March and closed in May appears in the March return with status OPEN and again in the May return with status CLOSED, " +
            "with the same referral_id. A row with neither date in the month is an error."),
        new("Referral status rules",
            "OPEN: closed_date is blank. CLOSED, DECLINED and DID_NOT_ENGAGE: closed_date is required. CLOSED: connections is required. " +
            "closed_date and first_contact_date cannot be before referral_date."),
        new("Workforce status rules",
            "IN_POST: start_date, open_caseload and supervision_hours are required. LEFT: start_date and end_date are required, and end_date falls in the month. " +
            "VACANT: wte is the vacant whole-time equivalent. List every post active at any time in the month, vacant posts included, with the same post_id every month."),
        new("Wellbeing scores",
            "Give wellbeing_baseline and wellbeing_followup on the scale of the tool named in wellbeing_tool: " + ToolRanges +
            " Leave both blank when wellbeing_tool is NONE."),
        new("Health-service use: which month reports which referral",
            "The Utilisation sheet compares each person's use of their GP practice in the six months before referral_date with the six months after closed_date. " +
            "A referral is reported once, in the return for the month in which its six months after closure end, because only then can they be counted. " +
            "Worked example: a referral received on 10 January 2024 and closed on 20 March 2024 appears in the January return (OPEN) and the March return (CLOSED) on the Referrals sheet; " +
            "its before-window is 10 July 2023 to 9 January 2024 and its after-window is 21 March to 20 September 2024, so its Utilisation row goes in the September 2024 return. " +
            "A referral closed on 31 March 2024 also goes in the September return (after-window 1 April to 30 September). " +
            "A row whose six months have not ended by the last day of the return's month is an error (VAL012); a referral_id twice in the sheet is an error (VAL004). " +
            "Only CLOSED referrals are reported. If your practices cannot run the searches, leave the sheet with its header row only: the return is still accepted. " +
            "A fall in GP use after support is not the whole effect of social prescribing: people are often referred when their need is at its peak, and their use tends to fall anyway."),
        new("Implementation survey",
            "The Implementation sheet takes the answers to the NoMAD survey (normalisation process theory) from practice staff and link workers, one row per person, no names. " +
            "Send it with the return for the last month of each financial quarter. Items g1 to g3 are 0 to 10; construct items are 1 to 5, or NR when not relevant."),
    ];
}
