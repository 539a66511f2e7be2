using SpReporting.Tests.Support;
using SpReporting.Validation;

namespace SpReporting.Tests.Validation;

/// <summary>Many random mutations of a valid return: the validator always answers, never throws.</summary>
public class GeneratedInputTests
{
    private static readonly string[] Nasty = ["", " ", "=1+1", "-1", "1e309", "NaN", "∞", "\0", "\"", "'", ";", ";;", "2024-02-30", "31/02/2024", "99999999999999999999", new string('9', 400), "null", "<x/>", "\r\n"];

    [Fact]
    public void Random_cell_mutations_always_give_an_outcome()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 300; trial++)
        {
            var b = ReturnBuilder.Valid();
            for (var m = 0; m < 1 + random.Next(4); m++)
            {
                var sheet = b.SheetNames[random.Next(b.SheetNames.Count)];
                var column = b.Headers(sheet)[random.Next(b.Headers(sheet).Count)];
                var row = 1 + random.Next(b.RowCount(sheet));
                b.Set(sheet, row, column, random.Next(2) == 0 ? Nasty[random.Next(Nasty.Length)] : RandomText(random));
            }
            var o = trial % 5 == 0 ? Validate.Xlsx(b) : Validate.Zip(b);
            Assert.Equal(o.Findings.HasErrors, o.PcnReturn is null);
            Assert.All(o.Findings.Shown, f => Assert.True(f.Value is null || f.Value.Length <= Finding.MaxValueLength));
        }
    }

    [Fact]
    public void Random_byte_damage_always_gives_an_outcome()
    {
        var random = new Random(12);
        var zip = ReturnBuilder.Valid().ToZip();
        var xlsx = ReturnBuilder.Valid().ToXlsx();
        for (var trial = 0; trial < 300; trial++)
        {
            var (source, name) = trial % 2 == 0 ? (zip, "r.zip") : (xlsx, "r.xlsx");
            var bytes = (byte[])source.Clone();
            var flips = 1 + random.Next(8);
            for (var i = 0; i < flips; i++) { bytes[random.Next(bytes.Length)] = (byte)random.Next(256); }
            if (random.Next(4) == 0) { bytes = bytes[..random.Next(bytes.Length)]; }
            var o = Validate.Bytes(bytes, name);
            Assert.True(o.Accepted || o.Findings.HasErrors);
        }
    }

    private static string RandomText(Random r)
    {
        var chars = new char[r.Next(0, 30)];
        for (var i = 0; i < chars.Length; i++) { chars[i] = (char)r.Next(32, 0x2FF); }
        return new string(chars);
    }
}
