using SpReporting.Periods;
using SpReporting.Sampling;

namespace SpReporting.Tests.Sampling;

/// <summary>
/// One moderate sample shared by the tests that inspect a sample's content: 50 PCNs over two years,
/// about 1,200 PCN returns, a fifth of PCNs submitting the .xlsx template.
/// </summary>
public sealed class ModerateSample : IDisposable
{
    public static readonly SampleOptions Options = new()
    {
        From = new Month(2022, 7),
        Months = 24,
        Pcns = 50,
        Seed = 11,
        XlsxShare = 0.2,
        Now = new DateTimeOffset(2024, 9, 1, 9, 0, 0, TimeSpan.Zero),
    };

    public SampleFiles Files { get; } = new(Options);

    public void Dispose() => Files.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ModerateSampleCollection : ICollectionFixture<ModerateSample>
{
    public const string Name = "moderate sample";
}
