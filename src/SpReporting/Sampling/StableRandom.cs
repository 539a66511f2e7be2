using SpReporting.Periods;

namespace SpReporting.Sampling;

/// <summary>
/// Seeds derived from the run's seed and a key (PCN code, month, purpose) with a fixed hash, never
/// <see cref="string.GetHashCode()"/> (randomised per process), so every PCN-month draws the same values
/// whatever else is generated, in whatever order or thread.
/// </summary>
internal static class StableRandom
{
    public static Random For(int seed, string key, int a = 0, int b = 0) => new(SeedOf(seed, key, a, b));

    public static int SeedOf(int seed, string key, int a = 0, int b = 0)
    {
        // FNV-1a over the inputs, then a 64-bit finaliser so that near keys give unrelated seeds.
        var h = 14695981039346656037UL;
        void Mix(ulong v)
        {
            for (var i = 0; i < 8; i++) { h = (h ^ ((v >> (i * 8)) & 0xFF)) * 1099511628211UL; }
        }
        Mix((ulong)(uint)seed);
        foreach (var c in key) { Mix(c); }
        Mix((ulong)(uint)a);
        Mix((ulong)(uint)b);
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return (int)(h & 0x7FFFFFFF);
    }

    /// <summary>A 32-bit bijection (murmur3 finaliser): distinct inputs always give distinct outputs.</summary>
    public static uint Scramble(uint x)
    {
        x ^= x >> 16;
        x *= 0x85ebca6b;
        x ^= x >> 13;
        x *= 0xc2b2ae35;
        x ^= x >> 16;
        return x;
    }

    public static bool Chance(this Random r, double p) => r.NextDouble() < p;

    public static double Uniform(this Random r, double min, double max) => min + (max - min) * r.NextDouble();

    public static double Normal(this Random r, double mean, double sd)
    {
        var u1 = 1.0 - r.NextDouble();
        var u2 = r.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double Exponential(this Random r, double mean) => -mean * Math.Log(1.0 - r.NextDouble());

    public static int Poisson(this Random r, double lambda)
    {
        if (lambda <= 0) { return 0; }
        if (lambda > 40) { return Math.Max(0, (int)Math.Round(r.Normal(lambda, Math.Sqrt(lambda)))); }
        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = r.NextDouble();
        while (p > limit)
        {
            k++;
            p *= r.NextDouble();
        }
        return k;
    }

    public static T Pick<T>(this Random r, IReadOnlyList<(T Item, double Weight)> choices)
    {
        var total = 0.0;
        for (var i = 0; i < choices.Count; i++) { total += choices[i].Weight; }
        var x = r.NextDouble() * total;
        for (var i = 0; i < choices.Count; i++)
        {
            x -= choices[i].Weight;
            if (x < 0) { return choices[i].Item; }
        }
        return choices[^1].Item;
    }

    public static T Pick<T>(this Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    /// <summary>A day in the month, moved off weekends most of the time (offices are shut).</summary>
    public static DateOnly WorkingDayIn(this Random r, Month month)
    {
        var day = month.Start.AddDays(r.Next(month.End.Day));
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && r.Chance(0.85))
        {
            var back = day.DayOfWeek == DayOfWeek.Saturday ? -1 : -2;
            var forward = day.DayOfWeek == DayOfWeek.Saturday ? 2 : 1;
            day = month.Contains(day.AddDays(forward)) && (r.Chance(0.5) || !month.Contains(day.AddDays(back)))
                ? day.AddDays(forward) : day.AddDays(back);
        }
        return day;
    }

    public static int Clamp(double value, int min, int max) => (int)Math.Clamp(Math.Round(value, MidpointRounding.AwayFromZero), min, max);
}
