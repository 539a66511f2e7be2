using SpReporting.Aggregation;
using SpReporting.Periods;
using SpReporting.Publishing;
using SpReporting.Sampling;
using SpReporting.Testing;
using SpReporting.Tests.Packs;

namespace SpReporting.Tests.Publishing;

/// <summary>
/// The publication the outside audit broke, at small scale: three ICBs from different regions (seed 3,
/// 15 months), aggregated by the real pipeline in process and published by <see cref="InProcessPublication"/>.
/// </summary>
public sealed class SampledPublication : IDisposable
{
    public static readonly SampleOptions Options = new()
    {
        From = new Month(2025, 7),
        Months = 15,
        Icbs = ["QOC", "QSL", "QJM"],
        Seed = 3,
        XlsxShare = 0,
        Now = new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero),
    };

    public SampledPublication()
    {
        Sample = new SampledRows(Options);
        Withheld = InProcessPublication.Publish(Sample.Rows, Root);
    }

    public SampledRows Sample { get; }

    public string Root { get; } = Directory.CreateTempSubdirectory("spr-audit-").FullName;

    public WithheldCounts Withheld { get; }

    public string MetricsCsv => Path.Combine(Root, "exports", MetricsCsvWriter.FileName);

    public IReadOnlyList<AggregateRow> Rows => Sample.Rows;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class SampledPublicationCollection : ICollectionFixture<SampledPublication>
{
    public const string Name = "sampled publication";
}
