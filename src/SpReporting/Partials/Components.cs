using System.Globalization;

namespace SpReporting.Partials;

/// <summary>
/// Names of the mergeable components in a <see cref="Partial"/>. Each is a plain sum over records, so
/// any grouping of PCN-months adds up exactly. Counts of people are counts of referral rows.
/// </summary>
public static class Components
{
    // Data quality of the current return (from its receipt).
    public const string OnTime = "dq.on_time";
    public const string Warnings = "dq.warnings";

    // Workforce: the month-end position of one month (a window takes its last month).
    public const string Returns = "returns";
    public const string Headcount = "wf.headcount";
    public const string Wte = "wf.wte";
    public const string WteArrs = "wf.wte_arrs";
    public const string VacantWte = "wf.vacant_wte";
    public const string Leavers = "wf.leavers";
    public const string Caseload = "wf.caseload";
    public const string Supervised = "wf.supervised";
    public const string NonSpHours = "wf.non_sp_hours";
    /// <summary>WTE of the in-post posts that reported non-SP hours: the denominator of <c>wf_non_sp_pct</c>.</summary>
    public const string NonSpWte = "wf.non_sp_wte";
    public const string WellbeingN = "wf.wellbeing.n";
    public const string WellbeingSum = "wf.wellbeing.sum";
    public const string WellbeingSumSq = "wf.wellbeing.sumsq";

    // Referrals received (referral_date in the month).
    public const string Received = "ref.received";
    public const string NonGp = "ref.non_gp";
    public const string Wider = "ref.wider";
    public const string ImdKnown = "ref.imd_known";
    public const string ImdQ1 = "ref.imd_q1";
    public static string Reason(string code) => "ref.reason." + code;
    public static string AgeBand(string code) => "ref.age." + code;
    public static string Sex(string code) => "ref.sex." + code;
    public static string Ethnicity(string code) => "ref.eth." + code;
    public static string ImdQuintile(int quintile) => "ref.imdq." + quintile.ToString(CultureInfo.InvariantCulture);

    // Waits to first contact, counted in the month whose return first reports the contact.
    public const int WaitBuckets = 181;
    public const string WaitN = "ref.wait.n";
    public const string Contact14 = "ref.contact14";
    public const string WaitOver180 = "ref.wait.181p";
    public static string WaitDays(int days) => days > 180 ? WaitOver180 : WaitNames[Math.Max(0, days)];

    // Built once: the median walks these for every area and window.
    private static readonly string[] WaitNames = Enumerable.Range(0, 181).Select(d => "ref.wait." + d.ToString("000", CultureInfo.InvariantCulture)).ToArray();

    // Outcomes (closed_date in the month).
    public const string ClosedRows = "out.rows";
    public const string Closures = "out.closed";
    public const string DeclinedDne = "out.declined_dne";
    public const string ConnectionsN = "out.connections.n";
    public const string ConnectionsSum = "out.connections.sum";
    public const string ConnectionsSumSq = "out.connections.sumsq";
    public const string Paired = "out.paired";
    public const string Improved = "out.improved";
    public const string SocialOutcome = "out.social";
    public const string WiderClosed = "out.wider_closed";
    public const string WiderRecorded = "out.wider_recorded";
    public static string ToolN(string tool) => $"out.tool.{tool}.n";
    public static string ToolSum(string tool) => $"out.tool.{tool}.sum";
    public static string ToolSumSq(string tool) => $"out.tool.{tool}.sumsq";
    public static string ToolImproved(string tool) => $"out.tool.{tool}.improved";

    // Health-service use (Utilisation rows reported in the month; schema version 2). Changes are after minus before.
    public const string UseRows = "use.rows";
    public const string UseGpSum = "use.gp.sum";
    public const string UseGpSumSq = "use.gp.sumsq";
    public const string UseGpReduced = "use.gp.reduced";
    public const string UseAeN = "use.ae.n";
    public const string UseAeSum = "use.ae.sum";
    public const string UseAeSumSq = "use.ae.sumsq";

    // Implementation (NoMAD): respondent construct means and g2.
    public const string Respondents = "impl.respondents";
    public const string NormalNowN = "impl.g2.n";
    public const string NormalNowSum = "impl.g2.sum";
    public static string ConstructN(string construct) => $"impl.{construct}.n";
    public static string ConstructSum(string construct) => $"impl.{construct}.sum";
    public static string ConstructSumSq(string construct) => $"impl.{construct}.sumsq";

    public const string Coherence = "coherence";
    public const string CognitiveParticipation = "cognitive_participation";
    public const string CollectiveAction = "collective_action";
    public const string ReflexiveMonitoring = "reflexive_monitoring";
}
