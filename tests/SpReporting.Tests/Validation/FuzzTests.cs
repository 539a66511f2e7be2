using System.IO.Compression;
using System.Text;
using SpReporting.Receipts;
using SpReporting.Tests.Support;
using SpReporting.Validation;

namespace SpReporting.Tests.Validation;

/// <summary>
/// Valid returns with a planted NHS number, damaged at random (bytes, zip structure, declared sizes,
/// XML and CSV text, parts cut short or extended): every case gets a receipt, nothing throws, memory
/// stays bounded, and the planted number never appears in the receipt. A few hundred cases by
/// default; set <c>SPR_FUZZ_CASES</c> (for example 10000) for a long run.
/// </summary>
public class FuzzTests
{
    private const long MaxAllocatedPerCase = 64L << 20;

    [Fact]
    public void Damaged_returns_always_get_a_receipt_that_never_shows_the_planted_number()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("SPR_FUZZ_CASES"), out var n) && n > 0 ? n : 300;
        var random = new Random(20_240_301);
        var bases = Enumerable.Range(0, 6).Select(i => Plant(random, xlsx: i % 2 == 1)).ToList();
        for (var trial = 0; trial < cases; trial++)
        {
            var (bytes, file, number) = bases[trial % bases.Count];
            var (damaged, how) = Damage(bytes, file, random);
            var before = GC.GetAllocatedBytesForCurrentThread();
            ValidationOutcome outcome;
            try
            {
                outcome = Validate.Bytes(damaged, file);
            }
            catch (Exception e)
            {
                Assert.Fail($"case {trial} ({how}, {file}) threw {e.GetType().Name}: {e.Message}");
                return;
            }
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < MaxAllocatedPerCase, $"case {trial} ({how}) allocated {allocated >> 20} MB");
            var json = ReceiptJson.Serialize(Receipt.From($"pcn/U00070/2024-03/{file}", "id", "sha", Validate.OnTime, outcome, false));
            foreach (var form in Forms(number))
            {
                Assert.False(json.Contains(form, StringComparison.Ordinal), $"case {trial} ({how}, {file}) shows the planted number");
            }
        }
    }

    private static (byte[] Bytes, string File, string Number) Plant(Random random, bool xlsx)
    {
        var number = PersonalDataDetectionTests.ValidNhsNumber(random);
        var b = ReturnBuilder.Valid();
        var sheet = b.SheetNames[random.Next(b.SheetNames.Count)];
        var column = b.Headers(sheet)[random.Next(b.Headers(sheet).Count)];
        b.Set(sheet, 1 + random.Next(b.RowCount(sheet)), column, PersonalDataDetectionTests.Layout(random, number));
        return xlsx ? (b.ToXlsx(), "return.xlsx", number) : (b.ToZip(), "return.zip", number);
    }

    /// <summary>The planted number as the receipt's JSON would write it in each layout (a no-break space is escaped).</summary>
    private static IEnumerable<string> Forms(string number) =>
        [number, $"{number[..3]} {number[3..6]} {number[6..]}", $"{number[..3]}-{number[3..6]}-{number[6..]}", $"{number[..3]}\\u00A0{number[3..6]}\\u00A0{number[6..]}"];

    private static (byte[], string) Damage(byte[] bytes, string file, Random random)
    {
        switch (random.Next(8))
        {
            case 0:
                var flipped = (byte[])bytes.Clone();
                for (var i = 0; i < 1 + random.Next(8); i++) { flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8)); }
                return (flipped, "bytes flipped");
            case 1:
                return (bytes[..random.Next(bytes.Length)], "truncated");
            case 2:
                // The central directory and end record are the last bytes: damage them.
                var tail = (byte[])bytes.Clone();
                var at = Math.Max(0, tail.Length - 1 - random.Next(Math.Min(400, tail.Length)));
                tail[at] = (byte)random.Next(256);
                return (tail, "zip structure");
            case 3:
                return (RewritePart(bytes, random, text => Cut(text, random)), "part cut short");
            case 4:
                return (RewritePart(bytes, random, text => text + Junk(random)), "part extended");
            case 5:
                return (RewritePart(bytes, random, text => Scramble(text, random)), file.EndsWith(".xlsx", StringComparison.Ordinal) ? "XML damaged" : "CSV damaged");
            case 6:
                var parts = PartNames(bytes);
                var part = parts[random.Next(parts.Count)];
                return (ReadingLimitTests.DeclareShorter(bytes, part, random.Next(2) == 0 ? 1 + random.Next(64) : -1 - random.Next(64)), "declared size changed");
            default:
                return (PersonalDataLeakTests.AddEntry(bytes, $"extra{random.Next(100)}.csv", Junk(random)), "part added");
        }
    }

    private static List<string> PartNames(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    private static byte[] RewritePart(byte[] bytes, Random random, Func<string, string> change)
    {
        var parts = PartNames(bytes);
        return ReadingLimitTests.ReplacePart(bytes, parts[random.Next(parts.Count)], change);
    }

    private static string Cut(string text, Random random) => text[..random.Next(text.Length + 1)];

    private static string Scramble(string text, Random random)
    {
        var s = new StringBuilder(text);
        for (var i = 0; i < 1 + random.Next(6) && s.Length > 0; i++)
        {
            var at = random.Next(s.Length);
            switch (random.Next(4))
            {
                case 0: s.Remove(at, 1); break;
                case 1: s.Insert(at, "<>\"',\r\n&;="[random.Next(10)]); break;
                case 2: s.Insert(at, Junk(random)); break;
                default:
                    var from = random.Next(s.Length);
                    s.Insert(at, s.ToString(from, Math.Min(40, s.Length - from)));
                    break;
            }
        }
        return s.ToString();
    }

    private static string Junk(Random random)
    {
        var chars = new char[random.Next(1, 60)];
        for (var i = 0; i < chars.Length; i++) { chars[i] = (char)random.Next(9, 0x250); }
        return new string(chars);
    }
}
