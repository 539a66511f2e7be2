using System.IO.Compression;
using System.Text.RegularExpressions;
using SpReporting.Periods;
using SpReporting.Returns;
using SpReporting.Returns.Pcn;
using SpReporting.Sampling;

namespace SpReporting.Tests.Sampling;

[Collection(ModerateSampleCollection.Name)]
public sealed partial class SampleLayoutTests(ModerateSample sample)
{
    private SampleFiles S => sample.Files;

    [Fact]
    public void Files_are_laid_out_as_blob_paths_and_listed_in_the_manifest()
    {
        var onDisk = Directory.EnumerateFiles(S.Directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(S.Directory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f != SampleManifest.FileName)
            .Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(onDisk, S.Summary.Files);
        Assert.Equal(onDisk, S.Manifest.Files.Select(f => f.Path));
        Assert.All(onDisk, f => Assert.True(PcnPath().IsMatch(f) || IcbPath().IsMatch(f), f));
        Assert.Contains(onDisk, f => f.EndsWith(".xlsx", StringComparison.Ordinal));
        Assert.Contains(onDisk, f => f.EndsWith(".zip", StringComparison.Ordinal));
        Assert.Contains(onDisk, f => f.StartsWith("icb/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_pcn_open_in_a_month_has_a_return_or_is_listed_missing()
    {
        var folders = S.Manifest.Files.Select(f => f.Path[..f.Path.LastIndexOf('/')]).Distinct().ToHashSet();
        var pcns = folders.Where(f => f.StartsWith("pcn/", StringComparison.Ordinal)).Select(f => f.Split('/')[1]).Distinct().ToArray();
        Assert.Equal(ModerateSample.Options.Pcns, pcns.Length);
        foreach (var code in pcns)
        {
            var pcn = SpReporting.Reference.OrganisationRegistry.Default.FindPcn(code)!;
            for (var m = ModerateSample.Options.From; m <= ModerateSample.Options.From.AddMonths(23); m = m.AddMonths(1))
            {
                var folder = $"pcn/{code}/{m}";
                Assert.Equal(pcn.IsOpenIn(m), folders.Contains(folder) || S.Manifest.Missing.Contains(folder));
                Assert.False(folders.Contains(folder) && S.Manifest.Missing.Contains(folder), folder);
            }
        }
        Assert.Equal(S.Summary.PcnReturns, folders.Count(f => f.StartsWith("pcn/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Versions_in_a_folder_are_uploaded_in_name_order()
    {
        foreach (var folder in S.Manifest.Files.GroupBy(f => f.Path[..f.Path.LastIndexOf('/')]))
        {
            var byName = folder.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
            for (var i = 0; i < byName.Length; i++)
            {
                Assert.EndsWith($"/return-v{i + 1}{Path.GetExtension(byName[i].Path)}", byName[i].Path, StringComparison.Ordinal);
                if (i > 0)
                {
                    Assert.True(byName[i].UploadAt > byName[i - 1].UploadAt, byName[i].Path);
                    Assert.Equal(SampleFileKind.Resubmission, byName[i].Kind);
                    Assert.Equal(Path.GetFileName(byName[i - 1].Path), byName[i].Replaces);
                }
            }
        }
    }

    [Fact]
    public void Uploads_come_after_the_period_and_not_after_now_and_late_means_after_the_15th()
    {
        foreach (var f in S.Manifest.Files)
        {
            var path = UploadPath.Parse(f.Path);
            var lastMonth = path.Month ?? path.Quarter!.Value.LastMonth;
            Assert.True(f.UploadAt > new DateTimeOffset(lastMonth.End.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero), f.Path);
            Assert.True(f.UploadAt <= ModerateSample.Options.Now, f.Path);
            var due = new DateTimeOffset(lastMonth.AddMonths(1).Start.AddDays(14).ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);
            Assert.Equal(f.UploadAt > due, f.Late);
        }
    }

    [Fact]
    public void A_zip_return_holds_one_csv_per_sheet_and_names_its_own_pcn_and_period()
    {
        var checkedFiles = 0;
        foreach (var f in S.Manifest.Files.Where(f => f.Kind != SampleFileKind.Invalid && f.Path.StartsWith("pcn/", StringComparison.Ordinal)))
        {
            var path = UploadPath.Parse(f.Path);
            if (path.Extension == ".zip")
            {
                using var zip = ZipFile.OpenRead(S.FullPath(f.Path));
                var names = zip.Entries.Select(e => e.FullName).Where(n => n != "utilisation.csv").Order(StringComparer.Ordinal).ToArray();
                var survey = path.Month!.Value == path.Month.Value.Quarter.LastMonth;
                string[] expected = ["referrals.csv", "submission.csv", "workforce.csv"];
                Assert.True(names.SequenceEqual(expected) || (survey && names.SequenceEqual(["implementation.csv", .. expected])), f.Path);
            }
            var wb = S.Read(f.Path);
            var submission = wb.Find(PcnSchema.Submission)!;
            var fields = submission.Rows.ToDictionary(r => r.Cells[0], r => r.Cells[1]);
            Assert.Equal(path.OrganisationCode, fields["pcn_code"]);
            Assert.Equal(path.Period, fields["period"]);
            Assert.Contains(fields["schema_version"], PcnSchema.AcceptedVersions);
            Assert.Equal(fields["schema_version"] == "2", wb.Find(PcnSchema.Utilisation) is not null);
            Assert.Equal(PcnSchema.ReferralColumns, wb.Find(PcnSchema.Referrals)!.Headers);
            Assert.Equal(PcnSchema.WorkforceColumns, wb.Find(PcnSchema.Workforce)!.Headers);
            checkedFiles++;
        }
        Assert.True(checkedFiles > 1000, $"only {checkedFiles} files checked");
    }

    [Fact]
    public void Referral_ids_are_pseudonymous_and_posts_keep_their_ids()
    {
        var current = S.CurrentFiles().Values.Where(f => f.Path.StartsWith("pcn/", StringComparison.Ordinal)).Take(300);
        foreach (var f in current)
        {
            var wb = S.Read(f.Path);
            var referrals = wb.Find(PcnSchema.Referrals)!;
            var id = referrals.ColumnIndex("referral_id");
            Assert.All(referrals.Rows, r => Assert.Matches("^R-[0-9A-F]{8}$", r.Cells[id]));
            Assert.Equal(referrals.Rows.Count, referrals.Rows.Select(r => r.Cells[id]).Distinct().Count());
            var posts = wb.Find(PcnSchema.Workforce)!;
            Assert.All(posts.Rows, r => Assert.Matches("^[A-Za-z0-9_-]{1,20}$", r.Cells[0]));
        }
    }

    [GeneratedRegex(@"^pcn/U[0-9]{5}/[0-9]{4}-(0[1-9]|1[0-2])/return-v[1-9]\.(zip|xlsx)$")]
    private static partial Regex PcnPath();

    [GeneratedRegex(@"^icb/[A-Z0-9]{3}/[0-9]{4}-Q[1-4]/return-v1\.(zip|xlsx)$")]
    private static partial Regex IcbPath();
}
