using System.IO.Compression;
using System.Text;
using SpReporting.Reading;
using SpReporting.Writing;

namespace SpReporting.Tests.Sampling;

public sealed class CsvZipReturnWriterTests
{
    private static readonly string[] Awkward = ["a,b", "say \"hi\"", "two\r\nlines", " padded ", "Ynys Môn £5", "", "=1+1"];

    private static Workbook Book() => new(
    [
        new Sheet("Submission", ["field", "value"], [new SheetRow(2, ["submitter_role", "Manager, \"acting\"\nnorth"])]),
        new Sheet("Referrals", Awkward.Select((_, i) => $"c{i}").ToArray(), [new SheetRow(2, Awkward), new SheetRow(3, Awkward.Reverse().ToArray())]),
    ]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Awkward_values_round_trip_through_the_upload_reader(bool byteOrderMark)
    {
        using var buffer = new MemoryStream();
        CsvZipReturnWriter.Write(Book(), buffer, byteOrderMark);
        buffer.Position = 0;

        var back = UploadReader.Read(buffer, ".zip", ReadLimits.Default);

        var referrals = back.Find("Referrals")!;
        Assert.Equal(Awkward.Select((_, i) => $"c{i}"), referrals.Headers);
        Assert.Equal(Awkward, referrals.Rows[0].Cells);
        Assert.Equal(Awkward.Reverse(), referrals.Rows[1].Cells);
        Assert.Equal([2, 3], referrals.Rows.Select(r => r.Number));
        Assert.Equal("Manager, \"acting\"\nnorth", back.Find("Submission")!.Rows[0].Cells[1]);
    }

    [Fact]
    public void One_csv_per_sheet_named_in_lower_case_quoted_as_rfc_4180()
    {
        using var buffer = new MemoryStream();
        CsvZipReturnWriter.Write(Book(), buffer);
        using var zip = new ZipArchive(new MemoryStream(buffer.ToArray()));

        Assert.Equal(["submission.csv", "referrals.csv"], zip.Entries.Select(e => e.FullName));
        using var reader = new StreamReader(zip.GetEntry("referrals.csv")!.Open(), Encoding.UTF8);
        var text = reader.ReadToEnd();
        Assert.StartsWith("c0,c1,c2,c3,c4,c5,c6\r\n\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\" padded \",Ynys Môn £5,,=1+1\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_workbook_gives_the_same_bytes()
    {
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        CsvZipReturnWriter.Write(Book(), a);
        Thread.Sleep(1100);
        CsvZipReturnWriter.Write(Book(), b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }
}
