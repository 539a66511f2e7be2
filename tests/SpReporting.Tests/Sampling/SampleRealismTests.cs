using SpReporting.Periods;
using SpReporting.Reading;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Returns.Pcn;
using SpReporting.Sampling;
using SpReporting.Validation;

namespace SpReporting.Tests.Sampling;

[Collection(ModerateSampleCollection.Name)]
public sealed class SampleRealismTests(ModerateSample sample)
{
    private SampleFiles S => sample.Files;

    [Fact]
    public void Late_missing_resubmitted_and_invalid_returns_come_at_about_the_intended_rates()
    {
        var files = S.Manifest.Files.Where(f => f.Path.StartsWith("pcn/", StringComparison.Ordinal)).ToArray();
        var returns = S.Summary.PcnReturns;
        var expected = returns + S.Manifest.Missing.Count(m => m.StartsWith("pcn/", StringComparison.Ordinal));
        var invalid = files.Count(f => f.Kind == SampleFileKind.Invalid);
        var resubmittedAccepted = files.Count(f => f.Kind == SampleFileKind.Resubmission && !files.Any(g => g.Kind == SampleFileKind.Invalid && Folder(g) == Folder(f)));
        var lateFirst = files.Count(f => f.Path.Contains("/return-v1.", StringComparison.Ordinal) && f.Late);
        var missing = expected - returns;

        Assert.True(returns > 1000, $"{returns} returns");
        Assert.InRange(invalid / (double)returns, 0.005, 0.03);
        Assert.InRange(resubmittedAccepted / (double)returns, 0.015, 0.05);
        Assert.InRange(lateFirst / (double)returns, 0.02, 0.10);
        Assert.InRange(missing / (double)expected, 0.005, 0.05);
        Assert.Equal(invalid, S.Summary.InvalidReturns);
        Assert.Equal(S.Manifest.Files.Count(f => f.Kind == SampleFileKind.Resubmission), S.Summary.Resubmissions);
        // Invalid files carry the finding they must get, of several kinds.
        Assert.All(files.Where(f => f.Kind == SampleFileKind.Invalid), f => Assert.Contains(f.ExpectedCode!, FindingCodes.All));
        Assert.True(files.Where(f => f.Kind == SampleFileKind.Invalid).Select(f => f.ExpectedCode).Distinct().Count() >= 3);
        Assert.All(files.Where(f => f.Kind == SampleFileKind.Late), f => Assert.Equal(FindingCodes.Late, f.ExpectedCode));
    }

    [Fact]
    public void Every_closure_repeats_the_referral_as_it_was_received()
    {
        var current = S.CurrentFiles();
        var received = new Dictionary<(string Pcn, string Id), string[]>();
        var closures = new List<(string Pcn, Month Month, Month ReferralMonth, string[] Row)>();
        string[] identity = ["referral_id", "referral_date", "source", "reasons", "age_band", "sex", "ethnic_group", "imd_decile", "wellbeing_tool"];
        foreach (var (folder, file) in current.Where(c => c.Key.StartsWith("pcn/", StringComparison.Ordinal)))
        {
            var path = UploadPath.Parse(file.Path);
            var sheet = S.Read(file.Path).Find(PcnSchema.Referrals)!;
            var columns = identity.Select(sheet.ColumnIndex).ToArray();
            var status = sheet.ColumnIndex("status");
            var closed = sheet.ColumnIndex("closed_date");
            foreach (var row in sheet.Rows)
            {
                var key = columns.Select(c => row.Cells[c]).ToArray();
                var referralMonth = Month.Parse(key[1][..7]);
                if (referralMonth == path.Month)
                {
                    received[(path.OrganisationCode, key[0])] = key;
                    if (row.Cells[status] == "OPEN") { Assert.Equal("", row.Cells[closed]); }
                }
                else
                {
                    Assert.NotEqual("OPEN", row.Cells[status]);
                    Assert.StartsWith(path.Period, row.Cells[closed], StringComparison.Ordinal);
                    closures.Add((path.OrganisationCode, path.Month!.Value, referralMonth, key));
                }
            }
        }
        var matched = 0;
        foreach (var (pcn, month, referralMonth, row) in closures)
        {
            Assert.True(referralMonth < month);
            // Only referrals received inside the sample, in a month whose return was made, can be looked up.
            if (referralMonth < ModerateSample.Options.From || !current.ContainsKey($"pcn/{pcn}/{referralMonth}")) { continue; }
            Assert.True(received.TryGetValue((pcn, row[0]), out var first), $"{pcn} {month}: closure of {row[0]} never received");
            Assert.Equal(first, row);
            matched++;
        }
        Assert.True(matched > 5000, $"only {matched} closures matched");
    }

    [Fact]
    public void Referral_volumes_scale_with_list_size()
    {
        var perPcn = new Dictionary<string, List<int>>();
        foreach (var (folder, file) in S.CurrentFiles().Where(c => c.Key.StartsWith("pcn/", StringComparison.Ordinal)))
        {
            var path = UploadPath.Parse(file.Path);
            var wb = S.Read(file.Path);
            // Mature months only: the first link worker started at least a year before.
            var starts = Column(wb.Find(PcnSchema.Workforce)!, "start_date").Where(s => s.Length > 0).ToArray();
            if (starts.Length == 0 || Month.Parse(starts.Min(StringComparer.Ordinal)![..7]) > path.Month!.Value.AddMonths(-12)) { continue; }
            var count = Column(wb.Find(PcnSchema.Referrals)!, "referral_date").Count(d => d.StartsWith(path.Period, StringComparison.Ordinal));
            (perPcn.TryGetValue(path.OrganisationCode, out var list) ? list : perPcn[path.OrganisationCode] = []).Add(count);
        }
        var pcns = perPcn.Where(p => p.Value.Count >= 6)
            .Select(p => (Size: (double)OrganisationRegistry.Default.FindPcn(p.Key)!.RegisteredPatients!.Value, Monthly: p.Value.Average()))
            .OrderBy(p => p.Size).ToArray();
        Assert.True(pcns.Length >= 25, $"{pcns.Length} mature PCNs");

        var ratePer1k = pcns.Select(p => p.Monthly / p.Size * 1000).Order().ToArray();
        Assert.InRange(ratePer1k[ratePer1k.Length / 2], 1.8, 4.0);
        var third = pcns.Length / 3;
        var small = pcns.Take(third).Average(p => p.Monthly);
        var large = pcns.Skip(pcns.Length - third).Average(p => p.Monthly);
        Assert.True(large > 2 * small, $"large PCNs {large:0} a month, small {small:0}");
    }

    [Fact]
    public void Wider_determinants_grow_with_the_cost_of_living()
    {
        using var longRun = new SampleFiles(new SampleOptions
        {
            From = new Month(2020, 7), Months = 48, Pcns = 24, Seed = 4, XlsxShare = 0,
            Now = new DateTimeOffset(2024, 8, 1, 0, 0, 0, TimeSpan.Zero),
        });
        double Share(Month from, Month to)
        {
            int all = 0, wider = 0;
            foreach (var (folder, file) in longRun.CurrentFiles())
            {
                var path = UploadPath.Parse(file.Path);
                if (path.Month is not { } m || m < from || m > to) { continue; }
                var sheet = longRun.Read(file.Path).Find(PcnSchema.Referrals)!;
                var date = sheet.ColumnIndex("referral_date");
                var reasons = sheet.ColumnIndex("reasons");
                foreach (var row in sheet.Rows.Where(r => r.Cells[date].StartsWith(path.Period, StringComparison.Ordinal)))
                {
                    all++;
                    if (row.Cells[reasons].Split(';').Any(CodeLists.WiderDeterminants.Contains)) { wider++; }
                }
            }
            Assert.True(all > 1000, $"{all} referrals {from}..{to}");
            return wider / (double)all;
        }

        var before = Share(new Month(2020, 7), new Month(2021, 6));
        var after = Share(new Month(2023, 1), new Month(2023, 12));
        Assert.True(after > before + 0.08, $"wider determinants {before:P1} in 2020/21, {after:P1} in 2023");
    }

    [Fact]
    public void Wellbeing_scores_are_in_range_and_mostly_improve()
    {
        int paired = 0, improved = 0;
        foreach (var file in S.CurrentFiles().Values.Where(f => f.Path.StartsWith("pcn/", StringComparison.Ordinal)).Take(400))
        {
            var sheet = S.Read(file.Path).Find(PcnSchema.Referrals)!;
            int tool = sheet.ColumnIndex("wellbeing_tool"), b = sheet.ColumnIndex("wellbeing_baseline"), f = sheet.ColumnIndex("wellbeing_followup");
            foreach (var row in sheet.Rows.Where(r => r.Cells[f].Length > 0))
            {
                var t = WellbeingTool.Find(row.Cells[tool])!;
                var baseline = double.Parse(row.Cells[b], System.Globalization.CultureInfo.InvariantCulture);
                var followUp = double.Parse(row.Cells[f], System.Globalization.CultureInfo.InvariantCulture);
                Assert.InRange(baseline, t.Min, t.Max);
                Assert.InRange(followUp, t.Min, t.Max);
                paired++;
                if (t.Change(baseline, followUp) > 0) { improved++; }
            }
        }
        Assert.True(paired > 1000, $"{paired} paired scores");
        Assert.InRange(improved / (double)paired, 0.55, 0.9);
    }

    private static IEnumerable<string> Column(Sheet sheet, string name)
    {
        var i = sheet.ColumnIndex(name);
        return sheet.Rows.Select(r => r.Cells[i]);
    }

    private static string Folder(SampleFile f) => f.Path[..f.Path.LastIndexOf('/')];
}
