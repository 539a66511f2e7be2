using SpReporting.Packs;

namespace SpReporting.Tests.Packs;

/// <summary>The data quality sheet names the upload each PCN's figures for the period are built from.</summary>
[Collection(SampledPacksCollection.Name)]
public sealed class DataQualityUploadsTests(SampledPacks packs)
{
    [Fact]
    public void Each_pcn_names_its_counted_upload_or_says_there_is_none()
    {
        var (path, input) = packs.Packs["QOC"];
        var rows = PackTableReader.Read(path, "Data_quality");
        var column = $"Upload counted for {input.Period}";
        var states = input.Returns.Where(r => r.Month == input.Period).ToDictionary(r => r.PcnCode);
        Assert.Contains(rows, r => r[column].Text.StartsWith("Upload up-", StringComparison.Ordinal));
        foreach (var row in rows)
        {
            var pcn = row["PCN code"].Text;
            var text = row[column].Text;
            if (!states.TryGetValue(pcn, out var status)) { Assert.Equal("[z]", text); continue; }
            var expected = status.State switch
            {
                ReturnState.Missing => "None: no return",
                ReturnState.Late => $"Upload up-{pcn}-{input.Period}, received {PackDate(input.Period)} UTC, late",
                _ => $"Upload up-{pcn}-{input.Period}, received {PackDate(input.Period)} UTC",
            };
            Assert.Equal(expected, text);
        }
    }

    private static string PackDate(Periods.Month period) =>
        period.AddMonths(1).Start.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) + " 09:30";
}
