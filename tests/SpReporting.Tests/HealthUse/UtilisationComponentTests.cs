using FsCheck;
using FsCheck.Fluent;
using SpReporting.Partials;
using SpReporting.Periods;
using SpReporting.Returns.Pcn;
using SpReporting.Tests.Support;
using SpReporting.Tests.Validation;
using C = SpReporting.Partials.Components;

namespace SpReporting.Tests.HealthUse;

/// <summary>The health-service use components of a partial, by hand and as merge properties.</summary>
public class UtilisationComponentTests
{
    // Rows of UtilisationTests.Version2(): GP 9->6, 4->5, 12->3 (changes -3, +1, -9); A&E 2->0 and 1->1 (-2, 0), one row without.
    private static readonly Partial P = PartialBuilder.Build(Validate.Zip(UtilisationTests.Version2()).PcnReturn!);

    [Theory]
    [InlineData(C.UseRows, 3)]
    [InlineData(C.UseGpSum, -11)]
    [InlineData(C.UseGpSumSq, 91)] // 9 + 1 + 81
    [InlineData(C.UseGpReduced, 2)]
    [InlineData(C.UseAeN, 2)]
    [InlineData(C.UseAeSum, -2)]
    [InlineData(C.UseAeSumSq, 4)]
    public void Components_are_worked_out_by_hand(string component, double expected) => Assert.Equal(expected, P[component]);

    [Fact]
    public void A_version_1_return_has_no_utilisation_components_and_the_same_partial_as_before()
    {
        var v1 = PartialBuilder.Build(Validate.Zip(ReturnBuilder.Valid()).PcnReturn!);
        Assert.DoesNotContain(v1.Sums.Keys, k => k.StartsWith("use.", StringComparison.Ordinal));
        var withoutUse = new Partial(P.Sums.Where(kv => !kv.Key.StartsWith("use.", StringComparison.Ordinal)), P.FirstSplwStart);
        Assert.True(withoutUse.SameAs(v1));
    }

    private static PcnReturn ReturnWith(IEnumerable<UtilisationRow> rows) =>
        new("U00070", new Month(2024, 3), false, null, [], [], [], rows.ToList());

    private static UtilisationRow Row(int[] x, int i) => new(
        "R" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2023, 9, 1 + i % 28),
        Math.Abs(x[0] % 201), Math.Abs(x[1] % 201),
        x[2] % 3 == 0 ? null : Math.Abs(x[2] % 101), x[3] % 4 == 0 ? null : Math.Abs(x[3] % 101));

    /// <summary>Splitting a month's rows over two partials and merging gives the partial of all the rows: what makes any area and window exact.</summary>
    [Fact]
    public void The_merge_of_two_parts_is_the_partial_of_the_whole()
    {
        Prop.ForAll<int[][], int>((raw, split) =>
        {
            var rows = (raw ?? []).Where(r => r is { Length: >= 4 }).Select(Row).ToList();
            var cut = rows.Count == 0 ? 0 : Math.Abs(split % (rows.Count + 1));
            var whole = PartialBuilder.Build(ReturnWith(rows));
            var merged = PartialBuilder.Build(ReturnWith(rows.Take(cut))).Merge(PartialBuilder.Build(ReturnWith(rows.Skip(cut))));
            // Returns and on-time are one per partial: only the use components are compared.
            return Use(whole).SameAs(Use(merged));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Use_components_merge_associatively_and_commutatively()
    {
        Prop.ForAll<int[][], int[][], int[][]>((x, y, z) =>
        {
            Partial Of(int[][] raw) => Use(PartialBuilder.Build(ReturnWith((raw ?? []).Where(r => r is { Length: >= 4 }).Select(Row))));
            var (a, b, c) = (Of(x), Of(y), Of(z));
            return a.Merge(b).Merge(c).SameAs(a.Merge(b.Merge(c))) && a.Merge(b).SameAs(b.Merge(a));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_merged_mean_and_variance_are_those_of_all_the_rows()
    {
        var random = new Random(16);
        var rows = Enumerable.Range(0, 40).Select(i => Row([random.Next(0, 30), random.Next(0, 30), random.Next(1, 9), random.Next(1, 9)], i)).ToList();
        var merged = Partial.MergeAll(rows.Chunk(7).Select(c => PartialBuilder.Build(ReturnWith(c))));
        var changes = rows.Select(r => (double)r.GpConsultsAfter - r.GpConsultsBefore).ToList();
        Assert.Equal(changes.Count, merged[C.UseRows]);
        Assert.Equal(changes.Sum(), merged[C.UseGpSum], 9);
        Assert.Equal(changes.Sum(c => c * c), merged[C.UseGpSumSq], 9);
        Assert.Equal(changes.Count(c => c < 0), merged[C.UseGpReduced]);
        var ae = rows.Where(r => r.AeAttendancesBefore is not null && r.AeAttendancesAfter is not null).Select(r => (double)r.AeAttendancesAfter!.Value - r.AeAttendancesBefore!.Value).ToList();
        Assert.Equal(ae.Count, merged[C.UseAeN]);
        Assert.Equal(ae.Sum(), merged[C.UseAeSum], 9);
    }

    private static Partial Use(Partial p) => new(p.Sums.Where(kv => kv.Key.StartsWith("use.", StringComparison.Ordinal)), null);
}
