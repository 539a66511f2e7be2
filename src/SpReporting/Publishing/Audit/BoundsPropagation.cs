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
        var touching = Touching(t.Count, relations);
        // A work list: a sum is looked at again only when one of its counts has narrowed.
        var queued = new bool[relations.Count];
        var work = new Queue<int>(Enumerable.Range(0, relations.Count));
        Array.Fill(queued, true);
        var budget = (long)relations.Count * MaximumSweeps;
        while (work.Count > 0 && budget-- > 0)
        {
            var r = work.Dequeue();
            queued[r] = false;
            var (total, members, _) = relations[r];
            long sumLow = 0, sumHigh = 0;
            var unbounded = 0;
            foreach (var m in members)
            {
                sumLow += low[m];
                if (high[m] >= U) { unbounded++; } else { sumHigh += high[m]; }
            }
            if (Narrow(t, total, sumLow, unbounded > 0 ? U : sumHigh, r, narrowedBy)) { Requeue(total); }
            foreach (var m in members)
            {
                var othersUnbounded = unbounded - (high[m] >= U ? 1 : 0) > 0;
                var othersHigh = sumHigh - (high[m] >= U ? 0 : high[m]);
                var newLow = othersUnbounded ? 0 : low[total] - othersHigh;
                var newHigh = high[total] >= U ? U : high[total] - (sumLow - low[m]);
                if (Narrow(t, m, newLow, newHigh, r, narrowedBy)) { Requeue(m); }
            }
        }

        void Requeue(int cell)
        {
            foreach (var other in touching[cell])
            {
                if (!queued[other]) { queued[other] = true; work.Enqueue(other); }
            }
        }
    }

    private static List<int>[] Touching(int cells, IReadOnlyList<Relation> relations)
    {
        var touching = new List<int>[cells];
        for (var i = 0; i < cells; i++) { touching[i] = []; }
        for (var r = 0; r < relations.Count; r++)
        {
            touching[relations[r].Total].Add(r);
            foreach (var m in relations[r].Members) { touching[m].Add(r); }
        }
        return touching;
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
