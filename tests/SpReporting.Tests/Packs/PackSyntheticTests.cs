using SpReporting.Publishing;

namespace SpReporting.Tests.Packs;

/// <summary>A pack made from sample returns says so first on its Cover; a real one does not.</summary>
public sealed class PackSyntheticTests
{
    private static string CoverText(bool synthetic)
    {
        var path = Path.Combine(Path.GetTempPath(), "spr-synthetic-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            using (var file = File.Create(path)) { SpReporting.Packs.PackWriter.Write(CraftedRows.Input(_ => []) with { Synthetic = synthetic }, file); }
            return string.Join("\n", PackSheetText.Column(path, "Cover"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_cover_of_a_synthetic_pack_opens_with_the_notice()
    {
        var text = CoverText(synthetic: true);

        Assert.Contains(SyntheticData.Notice, text, StringComparison.Ordinal);
        Assert.True(text.IndexOf(SyntheticData.Notice, StringComparison.Ordinal) < text.IndexOf("About this pack", StringComparison.Ordinal));
        Assert.DoesNotContain(SyntheticData.Notice, CoverText(synthetic: false), StringComparison.Ordinal);
    }
}
