namespace SpReporting.Returns;

/// <summary>
/// Plain-English words for every code of the returns (RETURNS.md code lists) and for the equity dimensions:
/// the one table that metric titles, packs, the dashboard (through index.json) and receipts take their words
/// from, so no reader meets <c>IN_POST</c> or "Ltc self management". A code not listed reads as its words in
/// sentence case.
/// </summary>
public static class CodeLabels
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Workforce
        ["SPLW"] = "Social prescribing link worker",
        ["SPLW_LEAD"] = "Lead social prescribing link worker",
        ["IN_POST"] = "In post",
        ["VACANT"] = "Vacant",
        ["LEFT"] = "Left",
        ["ARRS"] = "Additional Roles Reimbursement Scheme (ARRS)",
        ["ICB"] = "Integrated care board (ICB)",
        ["LOCAL_AUTHORITY"] = "Local authority",
        ["VCSE"] = "Voluntary, community or social enterprise (VCSE)",
        ["PCN_PRACTICE"] = "PCN or practice",
        ["GP_FEDERATION"] = "GP federation",
        ["NHS_TRUST"] = "NHS trust",
        // Referral sources
        ["GP"] = "GP",
        ["NURSE_AHP"] = "Nurse or allied health professional",
        ["PRACTICE_OTHER"] = "Other practice staff",
        ["ARRS_OTHER"] = "Other ARRS role",
        ["SELF"] = "Self-referral",
        ["SECONDARY_CARE"] = "Secondary care",
        // Reasons
        ["LONELINESS"] = "Loneliness",
        ["MENTAL_WELLBEING"] = "Mental wellbeing",
        ["PHYSICAL_ACTIVITY"] = "Physical activity",
        ["LTC_SELF_MANAGEMENT"] = "Long-term condition self-management",
        ["HOUSING"] = "Housing",
        ["MONEY_DEBT_BENEFITS"] = "Money, debt and benefits",
        ["FOOD"] = "Food",
        ["FUEL"] = "Fuel",
        ["EMPLOYMENT"] = "Employment",
        ["CARER"] = "Caring responsibilities",
        ["BEREAVEMENT"] = "Bereavement",
        ["SUBSTANCE_USE"] = "Substance use",
        ["PARENTING"] = "Parenting",
        ["ABUSE_SAFETY"] = "Abuse or safety",
        ["OTHER"] = "Other",
        // People
        ["FEMALE"] = "Female",
        ["MALE"] = "Male",
        ["UNKNOWN"] = "Not known",
        ["WHITE"] = "White",
        ["MIXED"] = "Mixed or multiple ethnic groups",
        ["ASIAN"] = "Asian or Asian British",
        ["BLACK"] = "Black, Black British, Caribbean or African",
        ["NOT_STATED"] = "Not stated",
        // Referral status and outcomes
        ["OPEN"] = "Open",
        ["CLOSED"] = "Closed",
        ["DECLINED"] = "Declined",
        ["DID_NOT_ENGAGE"] = "Did not engage",
        ["HOUSING_IMPROVED"] = "Housing improved",
        ["DEBT_ADVICE_RECEIVED"] = "Debt advice received",
        ["BENEFITS_INCREASED"] = "Benefits increased",
        ["FOOD_SUPPORT_RECEIVED"] = "Food support received",
        ["FUEL_SUPPORT_RECEIVED"] = "Fuel support received",
        ["EMPLOYMENT_OR_VOLUNTEERING"] = "Employment or volunteering",
        ["SOCIAL_CONNECTION_MADE"] = "Social connection made",
        ["NONE_ACHIEVED"] = "None achieved",
        // Wellbeing tools
        ["SWEMWBS"] = "Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)",
        ["WEMWBS"] = "Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS)",
        ["ONS4_LS"] = "ONS4 life satisfaction",
        ["MYCAW"] = "Measure Yourself Concerns and Wellbeing (MYCAW)",
        ["NONE"] = "None",
        // Implementation survey
        ["PRACTICE_MANAGER"] = "Practice manager",
        ["ADMIN_RECEPTION"] = "Administration or reception",
        ["OTHER_ARRS"] = "Other ARRS role",
        ["COHERENCE"] = "Coherence",
        ["COGNITIVE_PARTICIPATION"] = "Cognitive participation",
        ["COLLECTIVE_ACTION"] = "Collective action",
        ["REFLEXIVE_MONITORING"] = "Reflexive monitoring",
        ["EMBEDDED"] = "Embedded",
        ["VCSE_GRANTS"] = "VCSE grants",
        ["ICB_COMMISSIONED_SP"] = "ICB-commissioned social prescribing",
        ["TRAINING_SUPERVISION"] = "Training and supervision",
        // IMD quintiles (of the equity dimension imd)
        ["q1"] = "Quintile 1 (most deprived)",
        ["q2"] = "Quintile 2",
        ["q3"] = "Quintile 3",
        ["q4"] = "Quintile 4",
        ["q5"] = "Quintile 5 (least deprived)",
        // Equity dimensions
        ["age_band"] = "Age band",
        ["sex"] = "Sex",
        ["ethnic_group"] = "Ethnic group",
        ["imd"] = "IMD quintile",
    };

    /// <summary>Every code with its words, for index.json and documentation.</summary>
    public static IReadOnlyDictionary<string, string> All => Words;

    /// <summary>The words for a code: from the table, else the code in sentence case ("NEW_CODE" → "New code").</summary>
    public static string Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Words.TryGetValue(code, out var words)) { return words; }
        if (code.Length == 0) { return code; }
        var text = code.Replace('_', ' ').ToLowerInvariant();
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
