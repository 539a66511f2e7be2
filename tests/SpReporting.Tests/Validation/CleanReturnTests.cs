using SpReporting.Tests.Support;
using SpReporting.Validation;

namespace SpReporting.Tests.Validation;

public class CleanReturnTests
{
    [Fact]
    public void A_valid_zip_of_csv_is_accepted_with_no_findings()
    {
        var outcome = Validate.Zip(ReturnBuilder.Valid());
        Assert.True(outcome.Accepted, Validate.Describe(outcome));
        Assert.Empty(outcome.Findings.Shown);
        Assert.NotNull(outcome.PcnReturn);
    }

    [Fact]
    public void A_valid_xlsx_is_accepted_with_no_findings_and_reads_like_the_zip()
    {
        var xlsx = Validate.Xlsx(ReturnBuilder.Valid());
        var zip = Validate.Zip(ReturnBuilder.Valid());
        Assert.True(xlsx.Accepted, Validate.Describe(xlsx));
        Assert.Empty(xlsx.Findings.Shown);
        Assert.Equal(zip.PcnReturn!.Posts, xlsx.PcnReturn!.Posts);
        Assert.Equal(zip.PcnReturn.Referrals.Select(r => (r.ReferralId, r.ReferralDate, r.ClosedDate, r.WellbeingBaseline)),
            xlsx.PcnReturn.Referrals.Select(r => (r.ReferralId, r.ReferralDate, r.ClosedDate, r.WellbeingBaseline)));
    }

    [Fact]
    public void Values_are_normalised_but_wte_is_kept_as_given()
    {
        var r = Validate.Zip(ReturnBuilder.Valid()).PcnReturn!;
        Assert.Equal(0.986667, r.Posts[0].Wte);
        Assert.Equal(new DateOnly(2022, 1, 3), r.Posts[1].StartDate); // 03/01/2022 is 3 January (UK), never 1 March
        var r4 = r.Referrals.Single(x => x.ReferralId == "R-0004");
        Assert.Equal("VCSE", r4.Source);
        Assert.Equal(["MENTAL_WELLBEING"], r4.Reasons);
        Assert.Equal(["LONELINESS", "HOUSING"], r.Referrals[0].Reasons);
    }

    [Fact]
    public void Counts_on_the_receipt_describe_the_return()
    {
        var o = Validate.Zip(ReturnBuilder.Valid());
        Assert.Equal(4, o.Counts["posts"]);
        Assert.Equal(4, o.Counts["referrals"]);
        Assert.Equal(3, o.Counts["referralsReceived"]);
        Assert.Equal(3, o.Counts["closures"]);
        Assert.Equal(1, o.Counts["implementationRespondents"]);
    }

    [Fact]
    public void Csv_in_windows_1252_is_read_correctly()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var b = ReturnBuilder.Valid().Field("submitter_role", "Responsable café £");
        var o = Validate.Bytes(b.ToZip(System.Text.Encoding.GetEncoding(1252)));
        Assert.True(o.Accepted, Validate.Describe(o));
        Assert.Equal("Responsable café £", o.PcnReturn!.SubmitterRole);
    }

    [Fact]
    public void Csv_with_a_utf8_byte_order_mark_is_read_correctly()
    {
        var o = Validate.Bytes(ReturnBuilder.Valid().ToZip(new System.Text.UTF8Encoding(true)));
        Assert.True(o.Accepted, Validate.Describe(o));
    }

    [Fact]
    public void Header_names_match_case_insensitively_in_any_order()
    {
        var b = ReturnBuilder.Valid();
        var headers = b.Headers("Workforce").ToList();
        b.Sheet("Workforce",
            [.. headers.Select(h => h.ToUpperInvariant()).Reverse()],
            ["P1", "SPLW", "IN_POST", "0.8", "ARRS", "PCN_PRACTICE", "2021-05-01", "", "40", "2", "", ""]);
        // Reverse the data too, so values line up with the reversed headers.
        var o = Validate.Zip(Reversed(b, "Workforce"));
        Assert.True(o.Accepted, Validate.Describe(o));
        Assert.Equal(0.8, o.PcnReturn!.Posts.Single().Wte);
    }

    private static ReturnBuilder Reversed(ReturnBuilder b, string sheet)
    {
        var wb = b.ToWorkbook().Find(sheet)!;
        string[][] rows = [[.. wb.Headers], .. wb.Rows.Select(r => r.Cells.Reverse().ToArray())];
        return b.Sheet(sheet, rows);
    }
}
