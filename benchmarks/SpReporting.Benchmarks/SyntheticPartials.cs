using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Returns;

namespace SpReporting.Benchmarks;

/// <summary>
/// A PCN-month partial for every open PCN and month, with workforce, referral, reason, wait, age and IMD components:
/// national-scale input for rebuild and pack measurements without sampling and validating returns.
/// </summary>
internal static class SyntheticPartials
{
    public static Dictionary<(string, Month), Partial> For(OrganisationRegistry orgs, Month from, Month to)
    {
        var d = new Dictionary<(string, Month), Partial>();
        var random = new Random(1);
        var reasons = CodeLists.Reason.Codes;
        foreach (var pcn in orgs.Pcns)
        {
            for (var m = from; m <= to; m = m.AddMonths(1))
            {
                if (!pcn.IsOpenIn(m)) { continue; }
                var sums = new Dictionary<string, double>
                {
                    [Components.Returns] = 1, [Components.OnTime] = 1, [Components.Headcount] = 3, [Components.Wte] = 2.6,
                    [Components.Received] = 60 + random.Next(40), [Components.NonGp] = 20, [Components.WaitN] = 50,
                    [Components.Closures] = 30, [Components.ClosedRows] = 40, [Components.Paired] = 20, [Components.Improved] = 12,
                };
                foreach (var reason in reasons) { sums[Components.Reason(reason)] = random.Next(20); }
                for (var day = 0; day < 40; day++) { sums[Components.WaitDays(day)] = random.Next(3); }
                foreach (var age in CodeLists.AgeBand.Codes) { sums[Components.AgeBand(age)] = random.Next(10); }
                for (var q = 1; q <= 5; q++) { sums[Components.ImdQuintile(q)] = random.Next(15); }
                d[(pcn.PcnCode, m)] = new Partial(sums, new DateOnly(2020, 1, 1));
            }
        }
        return d;
    }
}
