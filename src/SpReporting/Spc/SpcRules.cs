namespace SpReporting.Spc;

/// <summary>
/// The four special-cause rules, one pass each over the series, in priority order. A point keeps
/// the first rule that flags it, and that rule's direction (+1 high, -1 low): later rules only
/// fill points still unflagged.
/// </summary>
internal static class SpcRules
{
    private const int StackLimit = 512;

    public static void Apply(ReadOnlySpan<double> x, SpcLimits limits, Span<SpecialCause> rule, Span<sbyte> direction)
    {
        // Each point's side of the centre and of the near limits, worked out once for rules 3 and 4.
        Span<sbyte> side = x.Length <= StackLimit ? stackalloc sbyte[x.Length] : new sbyte[x.Length];
        Span<sbyte> near = x.Length <= StackLimit ? stackalloc sbyte[x.Length] : new sbyte[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            side[i] = Compare(x[i], limits.Centre);
            near[i] = x[i] > limits.UpperNear ? (sbyte)1 : x[i] < limits.LowerNear ? (sbyte)-1 : (sbyte)0;
        }

        Outside(x, limits, rule, direction);
        Trend(x, rule, direction);
        TwoOfThree(side, near, rule, direction);
        Run(side, rule, direction);
    }

    // (1) Strictly above the upper or below the lower limit; a point on a limit is inside.
    private static void Outside(ReadOnlySpan<double> x, SpcLimits limits, Span<SpecialCause> rule, Span<sbyte> direction)
    {
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] > limits.Upper) { Flag(rule, direction, i, i, SpecialCause.Outside, 1); }
            else if (x[i] < limits.Lower) { Flag(rule, direction, i, i, SpecialCause.Outside, -1); }
        }
    }

    // (2) Maximal stretches where each point is strictly above (below) the one before; a repeated
    // value ends a stretch. A peak or trough belongs to both stretches it joins.
    private static void Trend(ReadOnlySpan<double> x, Span<SpecialCause> rule, Span<sbyte> direction)
    {
        int start = 0;
        sbyte sign = 0;
        for (int i = 1; i <= x.Length; i++)
        {
            sbyte step = i == x.Length ? (sbyte)0 : Compare(x[i], x[i - 1]);
            if (step != 0 && step == sign) { continue; }

            // The stretch of `sign` covers points start..i-1.
            if (sign != 0 && i - start >= SpcOptions.TrendLength) { Flag(rule, direction, start, i - 1, SpecialCause.Trend, sign); }
            sign = step;
            start = i - 1;
        }
    }

    // (3) In any 3 consecutive points all strictly on one side of the centre, of which at least 2
    // are strictly beyond that side's near limit, those beyond it are special cause.
    private static void TwoOfThree(ReadOnlySpan<sbyte> side, ReadOnlySpan<sbyte> near, Span<SpecialCause> rule, Span<sbyte> direction)
    {
        const int window = SpcOptions.NearLimitWindow;
        for (int i = 0; i + window <= side.Length; i++)
        {
            int sides = 0, beyond = 0;
            for (int j = i; j < i + window; j++) { sides += side[j]; beyond += near[j]; }

            // All on one side means |Σ side| = 3; near limits then all point that way, so Σ near counts them.
            if (Math.Abs(sides) != window || Math.Abs(beyond) < SpcOptions.NearLimitPoints) { continue; }
            sbyte sign = (sbyte)Math.Sign(sides);
            for (int j = i; j < i + window; j++) { if (near[j] == sign) { Flag(rule, direction, j, j, SpecialCause.TwoOfThree, sign); } }
        }
    }

    // (4) Maximal stretches strictly on one side of the centre; a point on the centre ends a
    // stretch and belongs to none.
    private static void Run(ReadOnlySpan<sbyte> side, Span<SpecialCause> rule, Span<sbyte> direction)
    {
        int start = 0;
        sbyte current = 0;
        for (int i = 0; i <= side.Length; i++)
        {
            sbyte here = i == side.Length ? (sbyte)0 : side[i];
            if (here != 0 && here == current) { continue; }

            // The stretch of `current` covers points start..i-1.
            if (current != 0 && i - start >= SpcOptions.RunLength) { Flag(rule, direction, start, i - 1, SpecialCause.Run, current); }
            current = here;
            start = i;
        }
    }

    private static sbyte Compare(double a, double b) => a > b ? (sbyte)1 : a < b ? (sbyte)-1 : (sbyte)0;

    private static void Flag(Span<SpecialCause> rule, Span<sbyte> direction, int from, int to, SpecialCause cause, sbyte sign)
    {
        for (int i = from; i <= to; i++)
        {
            if (rule[i] != SpecialCause.None) { continue; }
            rule[i] = cause;
            direction[i] = sign;
        }
    }
}
