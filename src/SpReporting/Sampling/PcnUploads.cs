using SpReporting.Periods;
using SpReporting.Reading;
using SpReporting.Returns.Pcn;
using SpReporting.Validation;

namespace SpReporting.Sampling;

/// <summary>
/// What a PCN uploads for one month, and when: usually one file before the 15th; sometimes late;
/// sometimes nothing; now and then an accepted file followed by a corrected one; and a few files
/// spoiled by a real-world mistake, most of them corrected a few days later.
/// </summary>
internal static class PcnUploads
{
    public const double InvalidRate = 0.015;
    public const double ResubmissionRate = 0.03;

    public static IReadOnlyList<(string Name, byte[] Bytes, SampleFile File)> For(PcnSimulation sim, int seed, Month m, DateTimeOffset now)
    {
        var p = sim.Profile;
        var r = StableRandom.For(seed, p.Code, 0x0b1, m.Index);
        if (r.Chance(p.MissingRate)) { return []; }

        var wb = sim.Build(m);
        var ext = ReturnFiles.Extension(p.SubmitsXlsx);
        var first = r.Chance(p.LateRate) ? UploadTimes.Late(r, m) : UploadTimes.OnTime(r, m);
        var u = r.NextDouble();
        var uploads = new List<(Workbook Workbook, DateTimeOffset At, string Kind, string? Code, string? Note)>();
        if (u < InvalidRate)
        {
            var mistake = Mistakes.Apply(r, wb, m);
            uploads.Add((mistake.Workbook, first, SampleFileKind.Invalid, mistake.ExpectedCode, mistake.Note));
            if (r.Chance(0.8))
            {
                uploads.Add((wb, first.AddMinutes(r.Next(30, 60 * 24 * 5)), SampleFileKind.Resubmission, null, "corrected after the rejection"));
            }
        }
        else if (u < InvalidRate + ResubmissionRate)
        {
            var (incomplete, note) = Incomplete(r, wb);
            uploads.Add((incomplete, first, SampleFileKind.Valid, null, note));
            uploads.Add((wb, first.AddMinutes(r.Next(60, 60 * 24 * 10)), SampleFileKind.Resubmission, null, "complete return replacing the first"));
        }
        else
        {
            uploads.Add((wb, first, SampleFileKind.Valid, null, null));
        }

        // Never later than now, latest first so that versions stay in order.
        var times = new DateTimeOffset[uploads.Count];
        for (var i = uploads.Count - 1; i >= 0; i--)
        {
            var t = UploadTimes.NotAfter(uploads[i].At, now, m, r);
            times[i] = i < uploads.Count - 1 && t >= times[i + 1] ? times[i + 1].AddMinutes(-1) : t;
        }

        var due = UploadTimes.DueBy(m);
        var result = new List<(string, byte[], SampleFile)>(uploads.Count);
        for (var i = 0; i < uploads.Count; i++)
        {
            var (book, _, kind, code, note) = uploads[i];
            var late = times[i] > due;
            if (kind == SampleFileKind.Valid && late) { kind = SampleFileKind.Late; }
            code ??= late ? FindingCodes.Late : null;
            var name = $"return-v{i + 1}{ext}";
            var file = new SampleFile(name, times[i], kind, late, code, i > 0 ? $"return-v{i}{ext}" : null, note);
            result.Add((name, ReturnFiles.Bytes(book, ext, p.CsvWithByteOrderMark), file));
        }
        return result;
    }

    /// <summary>The first of two versions: some referral rows (or a post) left out, or the same file sent twice.</summary>
    private static (Workbook, string) Incomplete(Random r, Workbook wb)
    {
        var referrals = wb.Find(PcnSchema.Referrals)!;
        if (referrals.Rows.Count >= 3)
        {
            var drop = new HashSet<int>();
            var n = r.Next(1, 4);
            while (drop.Count < n) { drop.Add(r.Next(referrals.Rows.Count)); }
            return (wb.Replace(referrals.WithRows(referrals.Rows.Where((_, i) => !drop.Contains(i)).Select(x => x.Cells))),
                $"{n} referral row(s) missing, added in the next version");
        }
        var workforce = wb.Find(PcnSchema.Workforce)!;
        if (workforce.Rows.Count >= 2)
        {
            var skip = r.Next(workforce.Rows.Count);
            return (wb.Replace(workforce.WithRows(workforce.Rows.Where((_, i) => i != skip).Select(x => x.Cells))),
                "a post missing, added in the next version");
        }
        return (wb, "the same return uploaded twice");
    }
}
