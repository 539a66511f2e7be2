using System.Globalization;
using SpReporting.Periods;
using SpReporting.Returns.Pcn;
using SpReporting.Sampling;

namespace SpReporting.Tests.Sampling;

/// <summary>Health-service use in the sample: a realistic share of PCNs on version 2, and regression to the mean built in.</summary>
[Collection(ModerateSampleCollection.Name)]
public sealed class SampleUtilisationTests(ModerateSample sample)
{
    private SampleFiles S => sample.Files;

    private IEnumerable<(SampleFile File, Reading.Workbook Book)> PcnReturns() =>
        S.CurrentFiles().Values.Where(f => f.Path.StartsWith("pcn/", StringComparison.Ordinal)).Select(f => (f, S.Read(f.Path)));

    private static string Version(Reading.Workbook book)
    {
        var submission = book.Find(PcnSchema.Submission)!;
        return submission.Rows.Single(r => r.Cells[0] == "schema_version").Cells[1];
    }

    [Fact]
    public void About_60_percent_of_pcns_return_version_2_and_the_rest_stay_on_version_1()
    {
        var byPcn = PcnReturns()
            .GroupBy(x => x.File.Path.Split('/')[1])
            .ToDictionary(g => g.Key, g => g.Select(x => Version(x.Book)).Distinct().ToList());
        Assert.All(byPcn.Values, versions => Assert.Single(versions));
        var v2 = byPcn.Values.Count(v => v[0] == "2");
        Assert.InRange(v2 / (double)byPcn.Count, 0.4, 0.8);
        Assert.Contains(byPcn.Values, v => v[0] == "1");
        // Version 1 returns carry no Utilisation sheet; version 2 returns always do.
        Assert.All(PcnReturns(), x => Assert.Equal(Version(x.Book) == "2", x.Book.Find(PcnSchema.Utilisation) is not null));
    }

    [Fact]
    public void Every_row_is_reported_in_the_month_its_after_window_ends_and_the_sample_validates()
    {
        var rows = 0;
        foreach (var (file, book) in PcnReturns().Where(x => x.Book.Find(PcnSchema.Utilisation) is { Rows.Count: > 0 }).Take(150))
        {
            var month = Month.Parse(file.Path.Split('/')[2]);
            var sheet = book.Find(PcnSchema.Utilisation)!;
            var closed = sheet.ColumnIndex("closed_date");
            foreach (var row in sheet.Rows)
            {
                var date = DateOnly.ParseExact(row.Cells[closed], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                Assert.Equal(month, UtilisationRow.ReportMonth(date));
                rows++;
            }
            if (file.Kind is SampleFileKind.Valid)
            {
                var outcome = S.Validate(file);
                Assert.True(outcome.Accepted, string.Join("; ", outcome.Findings.Shown.Select(f => f.Code + " " + f.Message)));
                Assert.Equal(sheet.Rows.Count, outcome.PcnReturn!.UtilisationRows.Count);
            }
        }
        Assert.True(rows > 500, $"{rows} rows");
    }

    [Fact]
    public void Gp_use_is_high_before_referral_and_falls_more_than_the_real_effect()
    {
        double before = 0, after = 0;
        var n = 0;
        foreach (var (_, book) in PcnReturns())
        {
            if (book.Find(PcnSchema.Utilisation) is not { } sheet) { continue; }
            int b = sheet.ColumnIndex("gp_consults_before"), a = sheet.ColumnIndex("gp_consults_after");
            foreach (var row in sheet.Rows)
            {
                before += int.Parse(row.Cells[b], CultureInfo.InvariantCulture);
                after += int.Parse(row.Cells[a], CultureInfo.InvariantCulture);
                n++;
            }
        }
        Assert.True(n > 1000, $"{n} rows");
        var naiveFall = 1 - after / before;
        // Referred at a peak (x1.6) with a real 10% effect: the naive fall is about 1 - 0.9/1.6 = 44%.
        Assert.InRange(naiveFall, 0.3, 0.55);
        Assert.True(naiveFall > 2 * SpReporting.Sampling.UtilisationSample.TrueReduction, $"naive fall {naiveFall:P0}");
        Assert.InRange(before / n, 6, 12);
    }
}
