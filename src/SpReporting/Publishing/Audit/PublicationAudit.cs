namespace SpReporting.Publishing.Audit;

/// <summary>
/// <c>spr audit OUT</c> and the check publishing runs (docs/metrics.md, "Disclosure control", rule 4): the
/// project's own attacker, working on the published files only. From <c>OUT/exports/metrics.csv</c> it
/// inverts rates with their populations and percentages with their Wilson intervals, then differences
/// every exact sum the publication shows (hierarchy, windows, categories) until nothing more narrows, and
/// reports every count it pins that the publication withholds or rounds, and every complement of 1–7 it
/// pins. The dashboard data under <c>OUT/site</c> must show nothing that <c>metrics.csv</c> does not.
/// </summary>
public static class PublicationAudit
{
    public static AuditResult Run(string outputDirectory)
    {
        var csv = Path.Combine(outputDirectory, "exports", MetricsCsvWriter.FileName);
        if (!File.Exists(csv)) { throw new FileNotFoundException($"There is no published metrics.csv under '{outputDirectory}'.", csv); }
        PublishedCounts table;
        using (var reader = new StreamReader(csv)) { table = PublishedCounts.Read(reader); }
        // The dashboard check first: the attack narrows the table's bounds, not the rows it compares.
        var site = Path.Combine(outputDirectory, "site");
        var dashboard = Directory.Exists(site) ? DashboardCheck.Run(table, site) : [];
        var result = Attack(table);
        result.Recoveries.AddRange(dashboard);
        return result;
    }

    internal static AuditResult Attack(PublishedCounts t)
    {
        var found = new List<Recovery>();
        var latest = t.Periods.Where(p => p.Length == 7 && p[4] == '-').DefaultIfEmpty("").Max(StringComparer.Ordinal)!;
        var before = (Low: t.Low.ToArray(), High: t.High.ToArray());
        InversionAttacks.Rates(t, latest, found);
        InversionAttacks.Percentages(t, found);
        var relations = AdditiveRelations.Build(t);
        var inverted = (Low: t.Low.ToArray(), High: t.High.ToArray());
        Differencing(t, relations, before, found);
        SmallComplements(t, found);
        return new AuditResult(found, t, relations, inverted);
    }

    /// <summary>
    /// Narrows every count through every sum and reports the counts pinned (<paramref name="before"/>: what each
    /// count's own appearances said, to tell a count published unrounded from one worked out).
    /// </summary>
    internal static void Differencing(PublishedCounts t, IReadOnlyList<Relation> relations, (long[] Low, long[] High) before, List<Recovery> found)
    {
        var inverted = found.Select(r => (r.Area, r.Window, r.Period, r.Count)).ToHashSet();
        var narrowedBy = Enumerable.Repeat(-1, t.Count).ToArray();
        BoundsPropagation.Run(t, relations, narrowedBy);
        t.NarrowedBy = narrowedBy;
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Low[i] != t.High[i] || t.ShownExactly[i]) { continue; }
            var k = t.Keys[i];
            var (area, period, count) = (t.AreaCodes[k.Area], t.Periods[k.Period], t.CountNames[k.Count]);
            if (inverted.Contains((area, k.Window, period, count))) { continue; }
            // England counts are published exactly (rule 1): one withheld only as a complement, or with a value
            // built on one, protects the areas below it, and working it out would pin one of them, which is reported.
            if (t.England.Contains(area)) { continue; }
            // A count worked out as 0 protects nobody: 0 is always shown, so no withheld count is 0, and a
            // numerator withheld only because its denominator is reveals nothing by being 0.
            if (t.Low[i] == 0) { continue; }
            if (narrowedBy[i] >= 0)
            {
                found.Add(new Recovery(area, k.Window, period, count, t.Low[i], InversionAttacks.Shown(t, i), relations[narrowedBy[i]].How)
                {
                    Relation = narrowedBy[i],
                });
            }
            else if (before.Low[i] == before.High[i])
            {
                found.Add(new Recovery(area, k.Window, period, count, t.Low[i], t.Shown[i], "published unrounded below England"));
            }
        }
    }

    /// <summary>A denominator minus its numerator pinned at 1–7 below England singles out those few people.</summary>
    private static void SmallComplements(PublishedCounts t, List<Recovery> found)
    {
        foreach (var p in t.Percents)
        {
            var low = t.Low[p.Denominator] - t.High[p.Numerator];
            var high = t.High[p.Denominator] - t.Low[p.Numerator];
            if (low != high || low is < 1 or >= Disclosure.LowestSafeCount || t.High[p.Denominator] >= CountBounds.Unbounded) { continue; }
            found.Add(new Recovery(p.Area, p.Window, p.Period, $"{p.Metric} complement", low, "not shown",
                $"small complement: {t.CountNames[t.Keys[p.Denominator].Count]} minus {t.CountNames[t.Keys[p.Numerator].Count]}"));
        }
    }
}

/// <summary>What the audit recovered (nothing, for a safe publication).</summary>
public sealed class AuditResult
{
    internal AuditResult(List<Recovery> recoveries, PublishedCounts table, IReadOnlyList<Relation> relations, (long[] Low, long[] High) published)
    {
        Recoveries = recoveries;
        Table = table;
        Relations = relations;
        Published = published;
    }

    public List<Recovery> Recoveries { get; }

    public bool Safe => Recoveries.Count == 0;

    internal PublishedCounts Table { get; }

    internal IReadOnlyList<Relation> Relations { get; }

    /// <summary>Each count's bounds after the inversions, before differencing (complementary suppression starts from these).</summary>
    internal (long[] Low, long[] High) Published { get; }
}
