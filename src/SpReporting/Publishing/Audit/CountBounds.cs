namespace SpReporting.Publishing.Audit;

/// <summary>What a reader can know of one count of people: a whole number between two bounds.</summary>
internal readonly record struct CountBounds(long Low, long High)
{
    /// <summary>Stands for "no upper bound"; far from overflow when a few thousand are added.</summary>
    public const long Unbounded = long.MaxValue / 1_000_000;

    public static CountBounds Unknown { get; } = new(0, Unbounded);

    public bool IsExact => Low == High;

    public CountBounds Intersect(CountBounds other) => new(Math.Max(Low, other.Low), Math.Min(High, other.High));

    /// <summary>
    /// What a published count tells a reader (docs/metrics.md, "Disclosure control"): an exact figure at
    /// England and for 0; a rounded figure r the whole numbers that round to it and are not withheld
    /// (r − 2 to r + 2, at least 8); <c>[c]</c> only that the count is not zero (withheld cells include
    /// complementary ones, which can be any size).
    /// </summary>
    public static CountBounds FromPublished(string text, bool exact)
    {
        if (text == Shorthand.Confidential) { return new(1, Unbounded); }
        if (!long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n)) { return Unknown; }
        // A count below England that is not a multiple of 5 was not rounded: it is exact (and a finding).
        if (exact || n == 0 || n % Disclosure.Rounding != 0) { return new(n, n); }
        var half = Disclosure.Rounding / 2;
        return new(Math.Max(Disclosure.LowestSafeCount, n - half), n + half);
    }
}
