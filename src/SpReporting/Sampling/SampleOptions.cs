using SpReporting.Periods;

namespace SpReporting.Sampling;

/// <summary>What to sample. The same options and seed always give byte-identical files.</summary>
public sealed record SampleOptions
{
    /// <summary>First month; left unset (<c>default</c>), <see cref="Months"/> months before the month of <see cref="Now"/>.</summary>
    public Month From { get; init; }

    public int Months { get; init; } = 12;

    /// <summary>How many PCNs; null for every PCN open in the window. Chosen spread across ICBs and regions.</summary>
    public int? Pcns { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>Only PCNs in these ICBs (ODS codes); null or empty for all.</summary>
    public IReadOnlyList<string>? Icbs { get; init; }

    /// <summary>
    /// Share of PCNs that submit the .xlsx template rather than a .zip of CSVs (each PCN keeps to one format).
    /// Filling the template costs far more than zipping CSVs, so national runs may want less.
    /// </summary>
    public double XlsxShare { get; init; } = 1.0 / 3;

    /// <summary>The moment the sample is made: no upload is dated later. Unset means the current time.</summary>
    public DateTimeOffset Now { get; init; }

    internal DateTimeOffset EffectiveNow => Now == default ? DateTimeOffset.UtcNow : Now.ToUniversalTime();

    internal Month EffectiveFrom => From == default ? Month.Of(DateOnly.FromDateTime(EffectiveNow.UtcDateTime)).AddMonths(-Months) : From;

    internal Month To => EffectiveFrom.AddMonths(Months - 1);
}

/// <summary>
/// What a sample holds. <see cref="PcnReturns"/> and <see cref="IcbReturns"/> count organisation-periods with at
/// least one file; <see cref="InvalidReturns"/> counts files that validation must reject;
/// <see cref="MissingReturns"/> counts expected returns (PCN or ICB) with no file; <see cref="Resubmissions"/>
/// counts second and later files for a period. <see cref="Files"/> are paths relative to the output folder,
/// with forward slashes, in order.
/// </summary>
public sealed record SampleSummary(int PcnReturns, int IcbReturns, int InvalidReturns, int MissingReturns, int Resubmissions, IReadOnlyList<string> Files);
