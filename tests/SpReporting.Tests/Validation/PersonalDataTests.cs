using SpReporting.Receipts;
using SpReporting.Tests.Support;
using SpReporting.Validation;

namespace SpReporting.Tests.Validation;

public class PersonalDataTests
{
    // 943 476 5919 is the NHS's own published test number: it passes the modulus-11 check.
    private const string NhsNumber = "9434765919";

    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("943 476 5919", true)]
    [InlineData("943-476-5919", true)]
    [InlineData("9434765918", false)] // wrong check digit
    [InlineData("94347659190", false)] // eleven digits
    [InlineData("R-9434765919X", true)]
    public void Nhs_numbers_are_recognised_by_the_modulus_11_check(string text, bool expected) =>
        Assert.Equal(expected, PersonalDataGuard.ContainsNhsNumber(text));

    [Fact]
    public void A_valid_nhs_number_in_any_cell_of_any_sheet_is_rejected_and_never_echoed()
    {
        var random = new Random(2024);
        var formats = new[] { "9434765919", "943 476 5919", "943-476-5919", "Patient 943 476 5919" };
        var names = ReturnBuilder.Valid().SheetNames;
        for (var trial = 0; trial < 40; trial++)
        {
            var b = ReturnBuilder.Valid();
            var sheet = names[random.Next(names.Count)];
            var headers = b.Headers(sheet);
            var column = headers[random.Next(headers.Count)];
            var row = 1 + random.Next(b.RowCount(sheet));
            var value = formats[random.Next(formats.Length)];
            b.Set(sheet, row, column, value);
            foreach (var (bytes, name) in new[] { (b.ToZip(), "r.zip"), (b.ToXlsx(), "r.xlsx") })
            {
                var o = Validate.Bytes(bytes, name);
                Assert.False(o.Accepted);
                var f = Assert.Single(o.Findings.Shown, x => x.Code == "PII001");
                Assert.Equal((sheet, row + 1, column), (f.Sheet, f.Row, f.Column));
                Assert.Null(f.Value);
                var json = ReceiptJson.Serialize(Receipt.From("pcn/U00070/2024-03/" + name, "id", "sha", Validate.OnTime, o, false));
                Assert.DoesNotContain("5919", json, StringComparison.Ordinal);
                Assert.DoesNotContain("476", json, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("Referrals", "reasons", "LS1 4AP", "PII002")]
    [InlineData("Submission", "value", "sw170rt", "PII002")]
    [InlineData("Referrals", "social_outcomes", "jo.bloggs@example.org", "PII003")]
    [InlineData("Referrals", "source", "07700 900123", "PII003")]
    [InlineData("Referrals", "source", "+44 20 7946 0958", "PII003")]
    public void Postcodes_emails_and_phone_numbers_are_refused_without_echo(string sheet, string column, string value, string code)
    {
        var b = ReturnBuilder.Valid();
        if (sheet == "Submission") { b.Field("submitter_role", value); } else { b.Set(sheet, 1, column, value); }
        var o = Validate.Zip(b);
        Assert.False(o.Accepted);
        Assert.Contains(o.Findings.Shown, f => f.Code == code);
        Assert.All(o.Findings.Shown.Where(f => f.Sheet == sheet && f.Column == column), f => Assert.Null(f.Value));
        var json = ReceiptJson.Serialize(Receipt.From("p", "id", "sha", Validate.OnTime, o, false));
        Assert.DoesNotContain(value, json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("LS1")]
    [InlineData("LS1 outward only")]
    [InlineData("2024-03-15")]
    [InlineData("R-7F3A9C21")]
    [InlineData("SWEMWBS")]
    public void Allowed_values_are_not_mistaken_for_personal_data(string value)
    {
        var o = Validate.Zip(ReturnBuilder.Valid().Field("submitter_role", value));
        Assert.DoesNotContain(o.Findings.Shown, f => f.IsPersonalData);
    }

    [Fact]
    public void A_date_of_birth_column_is_PII003()
    {
        var o = Validate.Zip(ReturnBuilder.Valid().AddColumn("Referrals", "date_of_birth", "1950-01-01"));
        Assert.Contains(o.Findings.Shown, f => f.Code == "PII003" && f.Column == "date_of_birth" && f.Row == 1);
        Assert.False(o.Accepted);
    }
}
