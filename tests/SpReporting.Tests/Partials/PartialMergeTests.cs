using FsCheck;
using FsCheck.Fluent;
using SpReporting.Partials;

namespace SpReporting.Tests.Partials;

public class PartialMergeTests
{
    private static readonly string[] Keys = ["a", "b", "c", "ref.wait.001"];

    private static Partial Make(int[] values, int? startOffset) =>
        new(values.Take(Keys.Length).Select((v, i) => KeyValuePair.Create(Keys[i], (double)v)),
            startOffset is { } o ? new DateOnly(2019, 7, 1).AddDays(Math.Abs(o % 2000)) : null);

    [Fact]
    public void Merging_is_associative_and_commutative()
    {
        Prop.ForAll<int[], int[], int[]>((x, y, z) =>
        {
            var a = Make(x, x.Length > 0 ? x[0] : null);
            var b = Make(y, y.Length > 1 ? y[1] : null);
            var c = Make(z, null);
            return a.Merge(b).Merge(c).SameAs(a.Merge(b.Merge(c))) && a.Merge(b).SameAs(b.Merge(a));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Merging_with_empty_changes_nothing()
    {
        var p = Make([1, 2, 3], 5);
        Assert.True(p.Merge(Partial.Empty).SameAs(p));
        Assert.True(Partial.Empty.Merge(p).SameAs(p));
    }

    [Fact]
    public void The_first_start_is_the_earlier_and_sums_add()
    {
        var a = new Partial([KeyValuePair.Create("x", 2.0)], new DateOnly(2021, 1, 1));
        var b = new Partial([KeyValuePair.Create("x", 3.0), KeyValuePair.Create("y", 1.0)], new DateOnly(2020, 6, 1));
        var m = a.Merge(b);
        Assert.Equal(5, m["x"]);
        Assert.Equal(1, m["y"]);
        Assert.Equal(new DateOnly(2020, 6, 1), m.FirstSplwStart);
    }
}
