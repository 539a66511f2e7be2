namespace SpReporting.Publishing.Audit;

/// <summary>
/// The differencing attacker: narrows every count's bounds through every exact sum, again and again until
/// nothing moves (one narrowed count can narrow others through another sum). Remembers which sum last
/// narrowed each count, for the report and for complementary suppression.
/// </summary>
internal static class BoundsPropagation
{
    private const int MaximumSweeps = 50;

    public static void Run(PublishedCounts t, IReadOnlyList<Relation> relations, int[] narrowedBy)
    {
        var low = t.Low;
        var high = t.High;
        const long U = CountBounds.Unbounded;
        for (var sweep = 0; sweep < MaximumSweeps; sweep++)
        {
            var changed = false;
            for (var r = 0; r < relations.Count; r++)
            {
                var (total, members, _) = relations[r];
                long sumLow = 0, sumHigh = 0;
                var unbounded = 0;
                foreach (var m in members)
                {
                    sumLow += low[m];
                    if (high[m] >= U) { unbounded++; } else { sumHigh += high[m]; }
                }
                changed |= Narrow(t, total, sumLow, unbounded > 0 ? U : sumHigh, r, narrowedBy);
                foreach (var m in members)
                {
                    var othersUnbounded = unbounded - (high[m] >= U ? 1 : 0) > 0;
                    var othersHigh = sumHigh - (high[m] >= U ? 0 : high[m]);
                    var newLow = othersUnbounded ? 0 : low[total] - othersHigh;
                    var newHigh = high[total] >= U ? U : high[total] - (sumLow - low[m]);
                    changed |= Narrow(t, m, newLow, newHigh, r, narrowedBy);
                }
            }
            if (!changed) { return; }
        }
    }

    private static bool Narrow(PublishedCounts t, int cell, long low, long high, int relation, int[] narrowedBy)
    {
        var lo = Math.Max(t.Low[cell], low);
        var hi = Math.Min(t.High[cell], high);
        // Bounds that cross mean the sum does not hold as assumed here: keep what was known rather than invent.
        if (lo > hi || (lo == t.Low[cell] && hi == t.High[cell])) { return false; }
        t.Low[cell] = lo;
        t.High[cell] = hi;
        narrowedBy[cell] = relation;
        return true;
    }
}
