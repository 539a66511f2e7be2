using System.Diagnostics;
using System.Globalization;
using SpReporting.Aggregation;
using SpReporting.Metrics;
using SpReporting.Packs;
using SpReporting.Packs.Content;
using SpReporting.Packs.Rendering;
using SpReporting.Periods;
using SpReporting.Reference;

namespace SpReporting.Benchmarks;

/// <summary>
/// The England pack with PCN-level monthly detail, written by SpreadCheetah and by ClosedXML from the same rows.
/// <c>pack [MONTHS]</c> aggregates synthetic partials for every PCN once and keeps the rows the pack reads in a
/// file, then writes the pack with each writer in a fresh process, so each peak is the writer's own and not the
/// aggregation's. <c>pack write FILE WRITER OUT</c> is that child step.
/// </summary>
internal static class PackBenchmarks
{
    private static readonly Month Period = new(2026, 9);

    public static int Run(string[] args)
    {
        if (args.Length >= 5 && args[1] == "write") { return Write(args[2], args[3], args[4]); }
        var months = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60;
        var dir = Path.Combine(Path.GetTempPath(), "spr-pack-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var store = dir;
            Prepare(store, months);
            foreach (var writer in new[] { "none", "spreadcheetah", "closedxml" })
            {
                var child = Process.Start(ChildStart("write", store, writer, Path.Combine(dir, $"{writer}.xlsx")))!;
                child.WaitForExit();
                if (child.ExitCode != 0) { return child.ExitCode; }
            }
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Aggregates every PCN for the months and stores the headline rows and the monthly rows the pack reads.</summary>
    private static void Prepare(string store, int months)
    {
        var orgs = OrganisationRegistry.Default;
        var from = Period.AddMonths(-(months - 1));
        var sw = Stopwatch.StartNew();
        var input = new AggregationInput(orgs, SyntheticPartials.For(orgs, from, Period), new Dictionary<(string, Quarter), double>(), from, Period);
        using var headline = new BinaryWriter(File.Create(Path.Combine(store, "headline.bin")));
        using var file = new BinaryWriter(File.Create(Path.Combine(store, "monthly.bin")));
        var all = Enumerable.Range(0, MetricCatalog.All.Count).ToArray();
        var monthly = TimeSeriesSheet.Metrics.Select(MetricCatalog.IndexOf).ToArray();
        int count = 0, headlines = 0;
        var areas = new HashSet<string>();
        foreach (var row in Aggregator.Rows(input))
        {
            if (PackScope.IsHeadline(row, Period))
            {
                RowStore.Write(headline, row, all);
                headlines++;
            }
            if (!PackScope.IsMonthly(row, Period)) { continue; }
            RowStore.Write(file, row, monthly);
            count++;
            areas.Add(row.Area.Code);
        }
        Console.WriteLine($"rows: {count:N0} monthly rows ({areas.Count:N0} areas, {months} months) and {headlines:N0} headline rows from {orgs.Pcns.Count:N0} PCNs, aggregated in {sw.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>One writer in a fresh process: time from the first row read to the last byte written, and the process's peak.</summary>
    private static int Write(string store, string writer, string output)
    {
        var sw = Stopwatch.StartNew();
        var headline = RowStore.All(Path.Combine(store, "headline.bin")).ToList();
        var count = 0;
        var monthly = RowStore.All(Path.Combine(store, "monthly.bin")).Select(r => { count++; return r; });
        var england = headline.First(r => r.Area.Level == Level.England).Area;
        var tree = new AreaTree(OrganisationRegistry.Default);
        var returns = tree.Pcns.SelectMany(p => Enumerable.Range(0, 12).Select(i => new ReturnStatus(p.Code, Period.AddMonths(-i), i % 17 == 0 ? ReturnState.Late : ReturnState.OnTime))).ToList();
        var input = new PackInput("Social prescribing link workers: England", england, Period, headline, monthly, returns, [], new DateOnly(2026, 10, 20), new DateOnly(2026, 11, 20), "splw@example.nhs.uk");
        var load = sw.Elapsed.TotalSeconds;
        sw.Restart();
        if (writer == "none")
        {
            // Everything but the writer: rows read back, published through disclosure control and laid out as cells.
            var cellCount = PackContent.Build(input).Sheets.Sum(sheet => sheet.Table?.RowsOrPlaceholder().Sum(r => (long)r.Length) ?? 0);
            Console.WriteLine($"content only: {headline.Count:N0} headline rows read in {load:0.00} s; {count:N0} monthly rows streamed and {cellCount:N0} table cells laid out in {sw.Elapsed.TotalSeconds:0.00} s; peak working set {Peak():0} MB");
            return 0;
        }
        IPackRenderer renderer = writer == "closedxml" ? new ClosedXmlRenderer() : new SpreadCheetahRenderer();
        using (var stream = File.Create(output)) { PackWriter.WriteAsync(input, stream, renderer).GetAwaiter().GetResult(); }
        Console.WriteLine($"{writer}: England pack, {count:N0} monthly rows (about {count * 25L / 1e6:0.0} million cells in the monthly sheet), " +
            $"{sw.Elapsed.TotalSeconds:0.00} s to write, {new FileInfo(output).Length / 1024.0 / 1024:0.0} MB file, peak working set {Peak():0} MB (headline rows loaded in {load:0.00} s before)");
        return 0;
    }

    private static double Peak()
    {
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.PeakWorkingSet64 / 1024.0 / 1024;
    }

    private static ProcessStartInfo ChildStart(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") { start.ArgumentList.Add(typeof(PackBenchmarks).Assembly.Location); }
        start.ArgumentList.Add("pack");
        foreach (var a in args) { start.ArgumentList.Add(a); }
        return start;
    }

    /// <summary>
    /// Rows in a compact binary form: area, window, period and the values the pack reads (others are empty), so the
    /// child process reads them back without the aggregation's memory.
    /// </summary>
    private static class RowStore
    {
        private static readonly MetricValue[] Empty = MetricCatalog.All.Select(d => new MetricValue(d.Id, null)).ToArray();
        private static readonly Dictionary<string, AreaNode> Areas = new AreaTree(OrganisationRegistry.Default).ByCode.Values.ToDictionary(a => a.Code);

        /// <summary>Streams a file's rows, one at a time.</summary>
        public static IEnumerable<AggregateRow> All(string path)
        {
            using var file = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
            while (file.BaseStream.Position < file.BaseStream.Length) { yield return Read(file); }
        }

        public static void Write(BinaryWriter w, AggregateRow row, int[] indexes)
        {
            w.Write(row.Area.Code);
            w.Write((byte)row.Window);
            w.Write(row.Period);
            w.Write(row.End.Index);
            w.Write(indexes.Length);
            foreach (var i in indexes)
            {
                var v = row.Values[i];
                w.Write(i);
                foreach (var x in new[] { v.Value, v.Numerator, v.Denominator, v.Lower, v.Upper, v.People }) { w.Write(x ?? double.NaN); }
                foreach (var s in new[] { v.Label, v.Variation, v.Assurance, v.ComparedToEngland, v.ComparedToParent }) { w.Write(s ?? "\0"); }
            }
        }

        public static AggregateRow Read(BinaryReader r)
        {
            var area = Areas[r.ReadString()];
            var window = (Window)r.ReadByte();
            var period = r.ReadString();
            var end = Month.FromIndex(r.ReadInt32());
            var values = (MetricValue[])Empty.Clone();
            for (var n = r.ReadInt32(); n > 0; n--)
            {
                var i = r.ReadInt32();
                double? D() => r.ReadDouble() is var d && double.IsNaN(d) ? null : d;
                string? S() => r.ReadString() is var s && s == "\0" ? null : s;
                var (value, num, den, lo, hi, people) = (D(), D(), D(), D(), D(), D());
                values[i] = new MetricValue(Empty[i].MetricId, value, num, den, lo, hi, S()) { People = people, Variation = S(), Assurance = S(), ComparedToEngland = S(), ComparedToParent = S() };
            }
            return new AggregateRow(area, window, period, end, values);
        }
    }
}
