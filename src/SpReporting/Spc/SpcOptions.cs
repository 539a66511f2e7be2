namespace SpReporting.Spc;

/// <summary>
/// How an XmR chart is built (METRICS.md, Statistical process control). The defaults are the NHS
/// Making Data Count Excel tools': every point in the baseline and no moving-range screening.
/// </summary>
public sealed record SpcOptions
{
    /// <summary>Points in a run on one side of the centre that make a special cause (a "shift").</summary>
    public const int RunLength = 7;

    /// <summary>Points in a row, each strictly above (or below) the one before, that make a trend.</summary>
    public const int TrendLength = 7;

    /// <summary>The window of the two-of-three rule.</summary>
    public const int NearLimitWindow = 3;

    /// <summary>Points in that window that must be beyond a near limit.</summary>
    public const int NearLimitPoints = 2;

    /// <summary>Fewer baseline points than this give trial limits; a fixed baseline may not be shorter.</summary>
    public const int MinimumBaseline = 12;

    /// <summary>Process limits are the centre ± this × mean moving range (3 / d2, d2 = 1.128).</summary>
    public const double LimitFactor = 2.66;

    /// <summary>Near limits (two sigma) are the centre ± this × mean moving range.</summary>
    public const double NearLimitFactor = 2.0 / 3.0 * LimitFactor;

    /// <summary>Screening drops moving ranges at or above this × mean moving range (the upper range limit, D4).</summary>
    public const double ScreeningFactor = 3.267;

    /// <summary>The defaults: all points are the baseline, no screening.</summary>
    public static SpcOptions Default { get; } = new();

    /// <summary>
    /// Null (the default): every point is in the baseline. Otherwise the limits come from the first
    /// N points (N ≥ 12) and the rules still judge every point against them.
    /// </summary>
    public int? BaselinePoints
    {
        get;
        init
        {
            if (value is < MinimumBaseline)
            {
                throw new ArgumentOutOfRangeException(nameof(BaselinePoints), value, $"A fixed baseline needs at least {MinimumBaseline} points.");
            }

            field = value;
        }
    }

    /// <summary>When on, one pass drops moving ranges ≥ 3.267 × the mean moving range before the limits are set.</summary>
    public bool ScreenMovingRanges { get; init; }
}
