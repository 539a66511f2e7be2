using SpReporting.Periods;
using SpReporting.Reference;
using SpReporting.Sampling;

namespace SpReporting.Tests.Sampling;

public sealed class SamplingPartsTests
{
    private static readonly Month From = new(2024, 1);
    private static readonly Month To = new(2024, 12);

    [Fact]
    public void Nhs_numbers_for_the_guard_pass_modulus_11_and_come_from_the_unissued_999_range()
    {
        Assert.True(SpReporting.Validation.NhsNumber.IsValidText("943 476 5919"));
        Assert.False(SpReporting.Validation.NhsNumber.IsValidText("943 476 5918"));
        var r = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var spaced = i % 2 == 0;
            var n = NhsNumbers.Generate(r, spaced);
            Assert.True(SpReporting.Validation.NhsNumber.IsValidText(n), n);
            Assert.StartsWith(spaced ? "999 " : "999", n, StringComparison.Ordinal);
            Assert.Equal(spaced ? 12 : 10, n.Length);
        }
    }

    [Fact]
    public void A_few_pcns_are_spread_across_regions_and_icbs()
    {
        var registry = OrganisationRegistry.Default;
        var seven = PcnSelection.Choose(registry, 7, null, From, To);
        Assert.Equal(7, seven.Select(p => p.RegionCode).Distinct().Count());
        var fortyTwo = PcnSelection.Choose(registry, 42, null, From, To);
        Assert.Equal(42, fortyTwo.Select(p => p.IcbCode).Distinct().Count());
        Assert.Equal(PcnSelection.Choose(registry, 42, null, From, To), fortyTwo);
    }

    [Fact]
    public void Chosen_icbs_give_their_first_pcns_and_all_means_every_open_pcn()
    {
        var registry = OrganisationRegistry.Default;
        var three = PcnSelection.Choose(registry, 3, ["qwe"], From, To);
        Assert.Equal(registry.PcnsInIcb("QWE").Where(p => p.IsOpenIn(From)).Take(3), three);

        var all = PcnSelection.Choose(registry, null, null, From, To);
        Assert.Equal(registry.Pcns.Count(p => p.OpenDate <= To.End && (p.CloseDate is null || p.CloseDate >= From.Start)), all.Count);
        Assert.DoesNotContain(all, p => p.CloseDate < From.Start);
        Assert.Throws<ArgumentException>(() => PcnSelection.Choose(registry, 3, ["ZZZ"], From, To));
    }

    [Fact]
    public void A_window_reaching_the_current_month_is_refused_and_the_default_start_is_months_before_now()
    {
        var dir = Path.Combine(Path.GetTempPath(), "spr-sample-" + Guid.NewGuid().ToString("N"));
        var now = new DateTimeOffset(2024, 6, 10, 0, 0, 0, TimeSpan.Zero);
        Assert.Throws<ArgumentException>(() =>
            SampleWriter.Write(new SampleOptions { From = new Month(2024, 4), Months = 3, Pcns = 1, Now = now }, OrganisationRegistry.Default, dir));
        Assert.False(Directory.Exists(dir));

        var summary = SampleWriter.Write(new SampleOptions { Months = 2, Pcns = 1, XlsxShare = 0, Now = now }, OrganisationRegistry.Default, dir);
        try
        {
            var manifest = SampleManifest.Read(dir);
            Assert.Equal(new Month(2024, 4), manifest.From);
            Assert.All(summary.Files.Where(f => f.StartsWith("pcn/", StringComparison.Ordinal)),
                f => Assert.Matches("/2024-0[45]/", f));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_folder_holding_something_else_is_never_overwritten()
    {
        var dir = Path.Combine(Path.GetTempPath(), "spr-sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");
        try
        {
            var options = new SampleOptions { From = new Month(2024, 1), Months = 1, Pcns = 1, Now = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) };
            Assert.Throws<IOException>(() => SampleWriter.Write(options, OrganisationRegistry.Default, dir));
            Assert.Equal("mine", File.ReadAllText(Path.Combine(dir, "notes.txt")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Referral_ids_never_repeat_within_a_pcn()
    {
        var pcn = OrganisationRegistry.Default.Pcns.Where(p => p.CloseDate is null).MaxBy(p => p.RegisteredPatients)!;
        var profile = PcnProfile.Create(pcn, 1, new Month(2025, 12));
        var ids = new HashSet<string>();
        var total = 0;
        for (var m = new Month(2019, 7); m <= new Month(2025, 12); m = m.AddMonths(1))
        {
            foreach (var r in ReferralGenerator.Received(profile, 1, m, 1.0))
            {
                total++;
                Assert.True(ids.Add(r.ReferralId), r.ReferralId);
            }
        }
        Assert.True(total > 20_000, $"{total} referrals");
    }

    [Fact]
    public void The_cost_of_living_signal_starts_in_autumn_2021()
    {
        Assert.Equal(0, ReasonMix.CostOfLiving(new Month(2021, 6)));
        Assert.Equal(1, ReasonMix.CostOfLiving(new Month(2022, 12)));
        Assert.True(ReasonMix.CostOfLiving(new Month(2025, 6)) >= 0.75);
        var early = ReasonMix.Weights(new Month(2020, 10), 5, "45-54");
        var late = ReasonMix.Weights(new Month(2023, 1), 5, "45-54");
        var fuel = ReasonMix.Codes.ToList().IndexOf("FUEL");
        Assert.True(late[fuel] > 3 * early[fuel]);
    }
}
