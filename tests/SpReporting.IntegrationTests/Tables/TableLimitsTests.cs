using Azure.Data.Tables;
using SpReporting.Storage.Tables;

namespace SpReporting.IntegrationTests.Tables;

/// <summary>The guard every table write passes: Azure's limits, which Azurite does not all enforce.</summary>
public sealed class TableLimitsTests
{
    private static TableEntity Entity(string pk = "pcn_2024-03", string rk = "U00070") => new(pk, rk) { ["Status"] = "accepted" };

    [Fact]
    public void A_plain_entity_passes() => TableLimits.CheckEntity(Entity());

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    [InlineData("a\u007fb")]
    [InlineData("a\u0085b")]
    [InlineData("")]
    public void Keys_with_forbidden_characters_are_refused(string key)
    {
        Assert.False(TableLimits.IsValidKey(key));
        Assert.Throws<TableLimitException>(() => TableLimits.CheckEntity(Entity(pk: key)));
        Assert.Throws<TableLimitException>(() => TableLimits.CheckEntity(Entity(rk: key)));
    }

    [Fact]
    public void Keys_up_to_one_KiB_pass_and_longer_ones_are_refused()
    {
        TableLimits.CheckEntity(Entity(rk: new string('k', 512)));
        Assert.Throws<TableLimitException>(() => TableLimits.CheckEntity(Entity(rk: new string('k', 513))));
    }

    [Fact]
    public void Strings_up_to_64_KiB_pass_and_longer_ones_are_refused()
    {
        var e = Entity();
        e["Text"] = new string('x', TableLimits.MaxStringChars);
        TableLimits.CheckEntity(e);
        e["Text"] = new string('x', TableLimits.MaxStringChars + 1);
        Assert.Throws<TableLimitException>(() => TableLimits.CheckEntity(e));
    }

    [Fact]
    public void Binary_over_64_KiB_is_refused()
    {
        var e = Entity();
        e["Data"] = new byte[TableLimits.MaxBinaryBytes];
        TableLimits.CheckEntity(e);
        e["Data"] = new byte[TableLimits.MaxBinaryBytes + 1];
        Assert.Throws<TableLimitException>(() => TableLimits.CheckEntity(e));
    }

    [Fact]
    public void At_most_252_custom_properties()
    {
        var e = Entity();
        e.Remove("Status");
        for (var i = 0; i < TableLimits.MaxCustomProperties; i++) { e[$"P{i}"] = i; }
        TableLimits.CheckEntity(e);
        e["OneMore"] = 1;
        Assert.Throws<TableLimitException>(() => TableLimits.CheckEntity(e));
    }

    [Fact]
    public void An_entity_over_one_MiB_is_refused_even_when_each_string_fits()
    {
        var e = Entity();
        for (var i = 0; i < 17; i++) { e[$"Part{i}"] = new string('x', 32_000); } // 17 × 64,000 bytes > 1 MiB
        Assert.True(TableLimits.EstimateSize(e) > TableLimits.MaxEntityBytes);
        Assert.Throws<TableLimitException>(() => TableLimits.CheckEntity(e));
        e.Remove("Part16");
        TableLimits.CheckEntity(e);
    }

    [Fact]
    public void Dates_must_be_UTC_and_decimals_are_refused()
    {
        var e = Entity();
        e["At"] = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        e["When"] = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        TableLimits.CheckEntity(e);
        foreach (object bad in new object[]
                 {
                     new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Local),
                     new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Unspecified),
                     new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)),
                     new DateTime(1600, 12, 31, 0, 0, 0, DateTimeKind.Utc),
                     12.50m,
                     1.5f,
                     new DateOnly(2024, 3, 1),
                 })
        {
            e["Bad"] = bad;
            Assert.Throws<TableLimitException>(() => TableLimits.CheckEntity(e));
        }
    }

    [Theory]
    [InlineData("dotted.name")]
    [InlineData("1starts_with_digit")]
    [InlineData("has space")]
    public void Property_names_must_be_identifiers(string name)
    {
        var e = Entity();
        e[name] = "x";
        Assert.Throws<TableLimitException>(() => TableLimits.CheckEntity(e));
    }

    [Fact]
    public void A_batch_holds_at_most_100_actions_of_one_partition_each_row_once()
    {
        var hundred = Enumerable.Range(0, 100).Select(i => Upsert(Entity(rk: $"r{i}"))).ToList();
        TableLimits.CheckBatch(hundred);
        Assert.Throws<TableLimitException>(() => TableLimits.CheckBatch([.. hundred, Upsert(Entity(rk: "r100"))]));
        Assert.Throws<TableLimitException>(() => TableLimits.CheckBatch([Upsert(Entity(pk: "a")), Upsert(Entity(pk: "b"))]));
        Assert.Throws<TableLimitException>(() => TableLimits.CheckBatch([Upsert(Entity(rk: "same")), Upsert(Entity(rk: "same"))]));
        Assert.Throws<TableLimitException>(() => TableLimits.CheckBatch([]));
    }

    [Fact]
    public void A_batch_over_4_MiB_is_refused()
    {
        var big = Enumerable.Range(0, 6).Select(i =>
        {
            var e = Entity(rk: $"r{i}");
            for (var p = 0; p < 12; p++) { e[$"Part{p}"] = new string('x', 32_000); } // about 768 KB each
            return Upsert(e);
        }).ToList();
        Assert.Throws<TableLimitException>(() => TableLimits.CheckBatch(big));
        TableLimits.CheckBatch(big.Take(5).ToList());
    }

    [Fact]
    public void Planned_batches_always_pass_the_guard()
    {
        var actions = new List<TableTransactionAction>();
        for (var p = 0; p < 3; p++)
        {
            for (var r = 0; r < 250; r++)
            {
                var e = Entity(pk: $"p{p}", rk: $"r{r % 240}");
                e["Text"] = new string('x', r % 7 == 0 ? 30_000 : 10);
                actions.Add(Upsert(e));
            }
        }
        var batches = TableBatches.Plan(actions).ToList();
        foreach (var batch in batches) { TableLimits.CheckBatch(batch); }
        Assert.Equal(actions.Count, batches.Sum(b => b.Count));
    }

    private static TableTransactionAction Upsert(TableEntity e) => new(TableTransactionActionType.UpsertReplace, e);
}
