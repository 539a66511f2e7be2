using SpReporting.Periods;
using SpReporting.Reading;
using SpReporting.Returns.Pcn;

namespace SpReporting.Sampling;

/// <summary>
/// One PCN's service over the sampled months: its posts and every referral that any sampled month's
/// return mentions (received in the window, or received up to nine months before and closed in it),
/// and the monthly return built from them.
/// </summary>
internal sealed class PcnSimulation
{
    private readonly Dictionary<Month, IReadOnlyList<SimReferral>> _received = [];
    private readonly int _seed;

    public PcnSimulation(PcnProfile profile, int seed, Month from, Month to)
    {
        Profile = profile;
        _seed = seed;
        Workforce = WorkforceSimulation.Run(profile, seed, to);
        var lookBack = (ReferralGenerator.MaxDaysOpen / 30) + 1;
        for (var m = from.AddMonths(-lookBack); m <= to; m = m.AddMonths(1))
        {
            _received[m] = ReferralGenerator.Received(profile, seed, m, Staffing(m));
        }
    }

    public PcnProfile Profile { get; }

    /// <summary>Whether the PCN's practices can count health-service use, so its returns are version 2.</summary>
    public bool RunsSearches => UtilisationSample.RunsSearches(_seed, Profile.Code);
    public WorkforceHistory Workforce { get; }

    /// <summary>Referrals received in the month (empty outside the simulated span).</summary>
    public IReadOnlyList<SimReferral> ReceivedIn(Month m) => _received.TryGetValue(m, out var list) ? list : [];

    /// <summary>Working WTE against the WTE the PCN has planned by then; nobody in post means no new referrals.</summary>
    private double Staffing(Month m)
    {
        var working = Workforce.WorkingWte(m);
        if (working <= 0) { return 0; }
        var expected = Math.Max(0.8, Profile.SlotsOpenBy(m) * 0.85);
        return Math.Clamp(working / expected, 0.35, 1.15);
    }

    public Workbook Build(Month m)
    {
        var posts = Workforce.In(m);
        var referralRows = ReferralRows(m);
        var caseload = OpenAtEndOf(m);
        var nil = referralRows.Count == 0 && !posts.Any(p => p.Status is "IN_POST" or "LEFT");
        var linkWorkers = posts.Count(p => p.Status == "IN_POST");

        var sheets = new List<Sheet>
        {
            Sheets.Create(PcnSchema.Submission, PcnSchema.SubmissionColumns,
            [
                ["pcn_code", Profile.Code],
                ["period", m.ToString()],
                ["schema_version", RunsSearches ? PcnSchema.SchemaVersion : PcnSchema.SchemaVersion1],
                ["nil_return", nil ? "Y" : "N"],
                ["submitter_role", Profile.SubmitterRole],
            ]),
            Sheets.Create(PcnSchema.Workforce, PcnSchema.WorkforceColumns, WorkforceRows(posts, caseload, m)),
            Sheets.Create(PcnSchema.Referrals, PcnSchema.ReferralColumns, referralRows),
        };
        var survey = ImplementationSurvey.Responses(Profile, _seed, m, linkWorkers);
        if (survey.Count > 0) { sheets.Add(Sheets.Create(PcnSchema.Implementation, PcnSchema.ImplementationColumns, survey)); }
        if (RunsSearches)
        {
            // A version 2 return always has the sheet, header only in a month with nothing due.
            var utilisation = UtilisationSample.Rows(_seed, Profile.Code, m, ReceivedIn, ReferralGenerator.MaxDaysOpen / 30 + 1);
            sheets.Add(Sheets.Create(PcnSchema.Utilisation, PcnSchema.UtilisationColumns, utilisation));
        }
        return new Workbook(sheets);
    }

    /// <summary>Referrals received by the end of the month and not yet ended.</summary>
    private int OpenAtEndOf(Month m)
    {
        var n = 0;
        foreach (var (month, list) in _received)
        {
            if (month > m) { continue; }
            foreach (var x in list) { if (x.ClosedDate > m.End) { n++; } }
        }
        return n;
    }

    private List<string[]> WorkforceRows(IReadOnlyList<PostMonth> posts, int caseload, Month m)
    {
        var inPost = posts.Where(p => p.Status == "IN_POST").ToArray();
        // Leads carry a smaller caseload; the rest is shared by WTE, give or take.
        var weights = inPost.Select(p => p.Post.Wte * (p.Post.Role == "SPLW_LEAD" ? 0.6 : 1)).ToArray();
        var total = weights.Sum();
        var r = StableRandom.For(_seed, Profile.Code, 0xca5, m.Index);
        var rows = new List<string[]>(posts.Count);
        foreach (var p in posts)
        {
            string caseloadText = "";
            if (p.Status == "IN_POST")
            {
                var share = total > 0 ? caseload * weights[Array.IndexOf(inPost, p)] / total : 0;
                caseloadText = Text.Int(Math.Max(0, (int)Math.Round(share * r.Uniform(0.9, 1.1))));
            }
            rows.Add(
            [
                p.Post.PostId, p.Post.Role, p.Status, Text.Number(p.Post.Wte), p.Post.Funding, p.Post.Employer,
                Text.Date(p.StartDate), Text.Date(p.EndDate), caseloadText,
                Text.Number(p.SupervisionHours), Text.Number(p.NonSpHours), Text.Int(p.WellbeingScore),
            ]);
        }
        return rows;
    }

    /// <summary>Rows for referrals received in the month and for earlier referrals that ended in it, by referral date.</summary>
    private List<string[]> ReferralRows(Month m)
    {
        var rows = new List<(SimReferral Referral, bool Final)>();
        foreach (var x in ReceivedIn(m)) { rows.Add((x, m.Contains(x.ClosedDate))); }
        for (var back = 1; back <= ReferralGenerator.MaxDaysOpen / 30 + 1; back++)
        {
            foreach (var x in ReceivedIn(m.AddMonths(-back)))
            {
                if (m.Contains(x.ClosedDate)) { rows.Add((x, true)); }
            }
        }
        return rows
            .OrderBy(x => x.Referral.ReferralDate).ThenBy(x => x.Referral.ReferralId, StringComparer.Ordinal)
            .Select(x => x.Final ? FinalRow(x.Referral) : ReceivedRow(x.Referral, m))
            .ToList();
    }

    /// <summary>As known at the end of the month it was received: still open, first contact and baseline only if already made.</summary>
    private static string[] ReceivedRow(SimReferral x, Month m)
    {
        var contacted = x.FirstContactDate is { } c && c <= m.End;
        return
        [
            x.ReferralId, Text.Date(x.ReferralDate), x.Source, x.Reasons, x.AgeBand, x.Sex, x.EthnicGroup,
            Text.Int(x.ImdDecile), contacted ? Text.Date(x.FirstContactDate) : "", "OPEN", "", "",
            x.WellbeingTool, contacted ? x.Baseline ?? "" : "", "", "",
        ];
    }

    private static string[] FinalRow(SimReferral x) =>
    [
        x.ReferralId, Text.Date(x.ReferralDate), x.Source, x.Reasons, x.AgeBand, x.Sex, x.EthnicGroup,
        Text.Int(x.ImdDecile), Text.Date(x.FirstContactDate), x.FinalStatus, Text.Date(x.ClosedDate),
        Text.Int(x.Connections), x.WellbeingTool, x.Baseline ?? "", x.FollowUp ?? "", x.SocialOutcomes ?? "",
    ];
}
