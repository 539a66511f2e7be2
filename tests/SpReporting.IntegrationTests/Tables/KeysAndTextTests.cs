using Azure.Data.Tables;
using SpReporting.Partials;
using SpReporting.Storage.Ledger;
using SpReporting.Storage.Partials;
using SpReporting.Storage.Tables;

namespace SpReporting.IntegrationTests.Tables;

/// <summary>Key encoding, long text across properties, and partials with dotted component names.</summary>
public sealed class KeysAndTextTests
{
    [Theory]
    [InlineData("U00070", "U00070")]
    [InlineData("2024-Q1", "2024-Q1")]
    [InlineData("a/b#c?d\\e", "a~002fb~0023c~003fd~005ce")]
    [InlineData("x|y", "x~007cy")]
    public void Key_text_passes_codes_through_and_escapes_the_rest(string text, string expected)
    {
        Assert.Equal(expected, KeyText.Encode(text));
        Assert.True(TableLimits.IsValidKey(KeyText.Encode(text)));
    }

    [Fact]
    public void Upload_keys_sort_in_upload_order_and_are_stable()
    {
        var early = new UploadIdentity("pcn/U00070/2024-03/b.zip", "e1", null, new DateTimeOffset(2024, 4, 1, 9, 0, 0, TimeSpan.Zero));
        var later = new UploadIdentity("pcn/U00070/2024-03/a.zip", "e2", null, new DateTimeOffset(2024, 4, 1, 9, 0, 0, 1, TimeSpan.Zero));
        Assert.True(string.CompareOrdinal(early.Key, later.Key) < 0);
        Assert.Equal(early.Key, (early with { }).Key);
        Assert.True(TableLimits.IsValidKey(LedgerKeys.UploadRow("U00070", early.Key)));
        var moved = early.WithReceivedAt(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.NotEqual(early.Key, moved.Key);
        Assert.StartsWith("20240501T000000", moved.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_id_is_the_upload_time()
    {
        var id = UploadIdentity.FromVersion("pcn/U00070/2024-03/a.zip", "2024-04-02T10:11:12.1234567Z", DateTimeOffset.UnixEpoch);
        Assert.Equal(new DateTimeOffset(2024, 4, 2, 10, 11, 12, TimeSpan.Zero).AddTicks(1234567), id.ReceivedAt);
        Assert.Equal("2024-04-02T10:11:12.1234567Z", id.UploadId);
    }

    [Fact]
    public void Large_text_round_trips_across_properties_without_splitting_surrogate_pairs()
    {
        var text = string.Concat(Enumerable.Repeat("ab😀", 25_000)); // 100,000 chars, pairs across every chunk boundary
        var e = new TableEntity("p", "r");
        LargeText.Write(e, "Components", text);
        TableLimits.CheckEntity(e);
        Assert.Equal(text, LargeText.Read(e, "Components"));
        for (var i = 0; i < e.GetInt32("ComponentsParts"); i++)
        {
            var part = e.GetString($"Components{i}");
            Assert.False(char.IsHighSurrogate(part[^1]));
        }
        var empty = new TableEntity("p", "r");
        LargeText.Write(empty, "T", "");
        Assert.Equal("", LargeText.Read(empty, "T"));
    }

    [Fact]
    public void A_partial_with_hundreds_of_dotted_components_fits_one_entity_and_round_trips()
    {
        var sums = Enumerable.Range(0, 800).Select(i => new KeyValuePair<string, double>($"ref.reason.CATEGORY_{i}.wellbeing.sum_sq", (i * 1.1) + 0.000001));
        var partial = new Partial(sums, new DateOnly(2021, 5, 1));
        var e = PartialEntity.ToEntity("pcn_2024-03", "U00070", partial, "k", "id", "pcn/U00070/2024-03/a.zip");
        TableLimits.CheckEntity(e);
        Assert.True(PartialEntity.FromEntity(e).SameAs(partial));
    }
}
