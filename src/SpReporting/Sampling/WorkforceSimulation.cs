using SpReporting.Periods;

namespace SpReporting.Sampling;

/// <summary>A link-worker post: its identity and terms stay fixed while people come and go.</summary>
internal sealed record Post(string PostId, string Role, double Wte, string Funding, string Employer);

/// <summary>A post as the Workforce sheet shows it for one month.</summary>
internal sealed record PostMonth(
    Post Post, string Status, DateOnly? StartDate, DateOnly? EndDate,
    double? SupervisionHours, double? NonSpHours, int? WellbeingScore);

/// <summary>Every post's state month by month, from a little before the service began.</summary>
internal sealed class WorkforceHistory(IReadOnlyDictionary<Month, IReadOnlyList<PostMonth>> months)
{
    public IReadOnlyList<PostMonth> In(Month month) => months.TryGetValue(month, out var posts) ? posts : [];

    /// <summary>WTE available for the month: in post, and half of anyone who left during it.</summary>
    public double WorkingWte(Month month) =>
        In(month).Sum(p => p.Status == "IN_POST" ? p.Post.Wte : p.Status == "LEFT" ? p.Post.Wte / 2 : 0);
}

/// <summary>
/// Simulates a PCN's posts: recruitment to each planned post, people starting, leaving (about one in
/// five a year) and being replaced after a vacancy. Runs forward from the service start with one random
/// stream, so a month's state never depends on how far the sample reaches.
/// </summary>
internal static class WorkforceSimulation
{
    private const double MonthlyLeaveChance = 0.016;
    private const double MonthlyFillChance = 0.45;

    private sealed class Slot
    {
        public Post? Post;
        public DateOnly? Start;
        public bool EverFilled;
    }

    public static WorkforceHistory Run(PcnProfile profile, int seed, Month until)
    {
        var r = StableRandom.For(seed, profile.Code, 0x3f1);
        var open = Month.Of(profile.Organisation.OpenDate);
        var first = profile.ServiceStart.AddMonths(-2);
        if (first < open) { first = open; }
        if (first < Month.FirstPcnMonth) { first = Month.FirstPcnMonth; }

        var idStyle = r.Next(4);
        var postCount = 0;
        var slots = Enumerable.Range(0, profile.TargetPosts).Select(_ => new Slot()).ToArray();
        var history = new Dictionary<Month, IReadOnlyList<PostMonth>>();

        for (var m = first; m <= until; m = m.AddMonths(1))
        {
            var rows = new List<PostMonth>();
            for (var i = 0; i < slots.Length; i++)
            {
                var slot = slots[i];
                var openAt = profile.ServiceStart.AddMonths(profile.SlotOpenOffsets[i]);
                var wantedFrom = openAt.AddMonths(i == 0 ? -2 : -1);
                if (m < wantedFrom) { continue; }

                if (slot.Post is null)
                {
                    slot.Post = NewPost(r, profile, i, ++postCount, idStyle);
                    slot.Start = null;
                }
                var post = slot.Post;
                if (slot.Start is null)
                {
                    // The very first post is filled when the service starts, which defines its maturity.
                    var fills = i == 0 && !slot.EverFilled ? m == profile.ServiceStart
                        : m >= openAt && r.Chance(MonthlyFillChance);
                    if (fills)
                    {
                        slot.Start = r.WorkingDayIn(m);
                        slot.EverFilled = true;
                        rows.Add(InPost(r, post, slot.Start.Value, m));
                    }
                    else
                    {
                        rows.Add(new PostMonth(post, "VACANT", null, null, null, null, null));
                    }
                    continue;
                }
                if (r.Chance(MonthlyLeaveChance))
                {
                    var end = r.WorkingDayIn(m);
                    rows.Add(new PostMonth(post, "LEFT", slot.Start, end, null, null, null));
                    slot.Post = null; // replaced by a new post, advertised next month
                    continue;
                }
                rows.Add(InPost(r, post, slot.Start.Value, m));
            }
            history[m] = rows.OrderBy(p => p.Post.PostId, StringComparer.Ordinal).ToArray();
        }
        return new WorkforceHistory(history);
    }

    private static PostMonth InPost(Random r, Post post, DateOnly start, Month m)
    {
        double? supervision = r.Chance(0.86) ? r.Next(2, 9) / 2.0 : 0;
        // Vaccination clinics took link workers' time in the winters of 2020/21 and 2021/22.
        var vaccineWinter = m >= new Month(2020, 12) && m <= new Month(2022, 2);
        double? nonSp = r.Chance(vaccineWinter ? 0.45 : 0.15) ? r.Next(2, vaccineWinter ? 40 : 16) : r.Chance(0.7) ? 0 : null;
        int? wellbeing = r.Chance(0.7) ? StableRandom.Clamp(r.Normal(6.8, 1.5), 1, 10) : null;
        return new PostMonth(post, "IN_POST", start, null, supervision, nonSp, wellbeing);
    }

    private static readonly (double, double)[] WteChoices =
        [(1.0, 30), (0.986667, 10), (0.933333, 10), (0.8, 22), (0.6, 15), (0.533333, 8), (0.4, 5)];

    private static Post NewPost(Random r, PcnProfile profile, int slot, int number, int idStyle)
    {
        var lead = slot == 0 && profile.TargetPosts >= 4;
        var id = idStyle switch
        {
            0 => $"SPLW-{number:00}",
            1 => $"LW{number}",
            2 => $"{profile.Code}-SP{number:00}",
            _ => $"POST{number:000}",
        };
        var wte = lead ? (r.Chance(0.8) ? 1.0 : 0.8) : r.Pick<double>(WteChoices);
        var funding = r.Pick<string>([("ARRS", 86), ("ICB", 4), ("LOCAL_AUTHORITY", 3), ("VCSE", 4), ("OTHER", 3)]);
        var employer = r.Chance(0.8) ? profile.PreferredEmployer
            : r.Pick<string>(["PCN_PRACTICE", "GP_FEDERATION", "VCSE", "LOCAL_AUTHORITY", "NHS_TRUST", "OTHER"]);
        return new Post(id, lead ? "SPLW_LEAD" : "SPLW", wte, funding, employer);
    }
}
