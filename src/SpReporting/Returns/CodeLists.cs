namespace SpReporting.Returns;

/// <summary>Every code list of RETURNS.md, version 1.</summary>
public static class CodeLists
{
    public static readonly CodeList YesNo = new("nil_return", "Y", "N");

    public static readonly CodeList Role = new("role", "SPLW", "SPLW_LEAD");
    public static readonly CodeList PostStatus = new("status", "IN_POST", "VACANT", "LEFT");
    public static readonly CodeList Funding = new("funding", "ARRS", "ICB", "LOCAL_AUTHORITY", "VCSE", "OTHER");
    public static readonly CodeList Employer = new("employer", "PCN_PRACTICE", "GP_FEDERATION", "VCSE", "LOCAL_AUTHORITY", "NHS_TRUST", "OTHER");

    public static readonly CodeList Source = new("source",
        "GP", "NURSE_AHP", "PRACTICE_OTHER", "ARRS_OTHER", "SELF", "VCSE", "LOCAL_AUTHORITY", "SECONDARY_CARE", "OTHER");

    public static readonly CodeList Reason = new("reasons",
        "LONELINESS", "MENTAL_WELLBEING", "PHYSICAL_ACTIVITY", "LTC_SELF_MANAGEMENT", "HOUSING",
        "MONEY_DEBT_BENEFITS", "FOOD", "FUEL", "EMPLOYMENT", "CARER", "BEREAVEMENT", "SUBSTANCE_USE",
        "PARENTING", "ABUSE_SAFETY", "OTHER");

    /// <summary>The cost-of-living reasons behind <c>ref_wider_determinants_pct</c>.</summary>
    public static readonly IReadOnlySet<string> WiderDeterminants =
        new HashSet<string>(StringComparer.Ordinal) { "HOUSING", "MONEY_DEBT_BENEFITS", "FOOD", "FUEL", "EMPLOYMENT" };

    public static readonly CodeList AgeBand = new("age_band",
        "0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-84", "85+", "UNKNOWN");

    public static readonly CodeList Sex = new("sex", "FEMALE", "MALE", "OTHER", "UNKNOWN");
    public static readonly CodeList EthnicGroup = new("ethnic_group", "WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "NOT_STATED");
    public static readonly CodeList ReferralStatus = new("status", "OPEN", "CLOSED", "DECLINED", "DID_NOT_ENGAGE");
    public static readonly CodeList WellbeingTool = new("wellbeing_tool", "SWEMWBS", "WEMWBS", "ONS4_LS", "MYCAW", "NONE");

    public static readonly CodeList SocialOutcome = new("social_outcomes",
        "HOUSING_IMPROVED", "DEBT_ADVICE_RECEIVED", "BENEFITS_INCREASED", "FOOD_SUPPORT_RECEIVED",
        "FUEL_SUPPORT_RECEIVED", "EMPLOYMENT_OR_VOLUNTEERING", "SOCIAL_CONNECTION_MADE", "NONE_ACHIEVED");

    public static readonly CodeList RespondentRole = new("respondent_role",
        "GP", "NURSE_AHP", "PRACTICE_MANAGER", "ADMIN_RECEPTION", "SPLW", "OTHER_ARRS", "OTHER");

    public static readonly CodeList InvestmentCategory = new("category",
        "VCSE_GRANTS", "ICB_COMMISSIONED_SP", "TRAINING_SUPERVISION", "OTHER");
}
