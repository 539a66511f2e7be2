using SpReporting.Periods;
using SpReporting.Reading;
using SpReporting.Sampling;

namespace SpReporting.Tests.Sampling;

public sealed class SampleDeterminismTests
{
    private static readonly SampleOptions Small = new()
    {
        From = new Month(2023, 1), Months = 4, Pcns = 6, Seed = 3, XlsxShare = 0.5,
        Now = new DateTimeOffset(2024, 1, 20, 12, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Same_options_and_seed_give_identical_files()
    {
        using var a = new SampleFiles(Small);
        using var b = new SampleFiles(Small);

        Assert.Equal(a.Summary.Files, b.Summary.Files);
        Assert.Equal(File.ReadAllBytes(Path.Combine(a.Directory, SampleManifest.FileName)), File.ReadAllBytes(Path.Combine(b.Directory, SampleManifest.FileName)));
        Assert.Contains(a.Summary.Files, f => f.EndsWith(".xlsx", StringComparison.Ordinal));
        foreach (var file in a.Summary.Files)
        {
            if (file.EndsWith(".zip", StringComparison.Ordinal))
            {
                Assert.Equal(File.ReadAllBytes(a.FullPath(file)), File.ReadAllBytes(b.FullPath(file)));
            }
            else
            {
                // The xlsx package carries save times and random part ids; its content must still be identical.
                AssertSameContent(a.Read(file), b.Read(file));
            }
        }
    }

    [Fact]
    public void A_pcns_returns_do_not_depend_on_which_other_pcns_are_sampled()
    {
        using var few = new SampleFiles(Small with { Pcns = 3, XlsxShare = 0 });
        using var more = new SampleFiles(Small with { Pcns = 8, XlsxShare = 0 });

        var common = few.Summary.Files.Where(f => f.StartsWith("pcn/", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(common);
        Assert.All(common, f => Assert.Equal(File.ReadAllBytes(few.FullPath(f)), File.ReadAllBytes(more.FullPath(f))));
    }

    [Fact]
    public void Another_seed_gives_other_returns()
    {
        using var a = new SampleFiles(Small with { XlsxShare = 0 });
        using var b = new SampleFiles(Small with { XlsxShare = 0, Seed = 4 });

        var file = a.Summary.Files.First(f => f.StartsWith("pcn/", StringComparison.Ordinal) && b.Summary.Files.Contains(f));
        Assert.NotEqual(File.ReadAllBytes(a.FullPath(file)), File.ReadAllBytes(b.FullPath(file)));
    }

    private static void AssertSameContent(Workbook x, Workbook y)
    {
        Assert.Equal(x.Sheets.Select(s => s.Name), y.Sheets.Select(s => s.Name));
        foreach (var (sx, sy) in x.Sheets.Zip(y.Sheets))
        {
            Assert.Equal(sx.Headers, sy.Headers);
            Assert.Equal(sx.Rows.Select(r => (r.Number, string.Join('\u001f', r.Cells))), sy.Rows.Select(r => (r.Number, string.Join('\u001f', r.Cells))));
        }
    }
}
