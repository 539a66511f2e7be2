using System.Text.Json;
using SpReporting.Receipts;
using SpReporting.Tests.Support;
using SpReporting.Validation;

namespace SpReporting.Tests.Receipts;

/// <summary>
/// Receipts read by people: a summary first (errors, warnings, next step), errors before warnings in
/// sheet and row order, and messages that stay true whatever the outcome.
/// </summary>
public class ReceiptTests
{
    private static readonly DateTimeOffset AfterDueDate = new(2024, 4, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A late return with a warning on a referral, rejected for an error found after both.</summary>
    private static Receipt RejectedLateReturn()
    {
        var b = ReturnBuilder.Valid()
            .Set("Referrals", 2, "referral_date", "2023-11-01")
            .Set("Referrals", 2, "first_contact_date", "2024-03-01")
            .Set("Referrals", 4, "source", "Doctor");
        var outcome = Validate.Zip(b, received: AfterDueDate);
        return Receipt.From("pcn/U00070/2024-03/return.zip", "id", "sha", AfterDueDate, outcome, current: false);
    }

    [Fact]
    public void A_rejected_receipt_counts_its_findings_and_says_to_correct_and_upload_again()
    {
        var receipt = RejectedLateReturn();
        Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
        Assert.Equal(receipt.Findings.Count(f => f.Severity == Severity.Error), receipt.Errors);
        Assert.Equal(receipt.Findings.Count(f => f.Severity == Severity.Warning), receipt.Warnings);
        Assert.True(receipt.Errors >= 1 && receipt.Warnings >= 2, string.Join("; ", receipt.Findings.Select(f => f.Code)));
        Assert.Contains("not accepted", receipt.NextStep, StringComparison.Ordinal);
        Assert.Contains("upload", receipt.NextStep, StringComparison.Ordinal);
    }

    [Fact]
    public void No_message_on_a_rejected_receipt_says_the_return_is_accepted()
    {
        var receipt = RejectedLateReturn();
        Assert.Contains(receipt.Findings, f => f.Code == FindingCodes.Late);
        Assert.Contains(receipt.Findings, f => f.Code == FindingCodes.SlowFirstContact);
        Assert.All(receipt.Findings, f => Assert.DoesNotContain("accepted", f.Message, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Errors_come_first_then_warnings_each_in_sheet_and_row_order()
    {
        var findings = RejectedLateReturn().Findings;
        var firstWarning = findings.ToList().FindIndex(f => f.Severity == Severity.Warning);
        Assert.True(firstWarning > 0);
        Assert.All(findings.Take(firstWarning), f => Assert.Equal(Severity.Error, f.Severity));
        Assert.All(findings.Skip(firstWarning), f => Assert.Equal(Severity.Warning, f.Severity));
        string[] sheets = ["", "Submission", "Workforce", "Referrals", "Implementation"];
        foreach (var group in new[] { findings.Take(firstWarning), findings.Skip(firstWarning) })
        {
            var keys = group.Select(f => (Sheet: Array.IndexOf(sheets, f.Sheet ?? ""), Row: f.Row ?? 0)).ToList();
            Assert.Equal(keys.OrderBy(k => k.Sheet).ThenBy(k => k.Row), keys);
        }
    }

    [Fact]
    public void Past_the_cap_an_error_is_shown_in_place_of_a_warning()
    {
        var list = new FindingList();
        for (var i = 0; i < FindingList.Cap + 100; i++) { list.Add(FindingCodes.SlowFirstContact, "Referrals", i + 2, "first_contact_date", null, "Please check both dates."); }
        list.Add(FindingCodes.NotInCodeList, "Referrals", FindingList.Cap + 200, "source", "Doctor", "source must be one of GP, ...");

        Assert.Equal(FindingList.Cap, list.Shown.Count);
        Assert.Equal(FindingCodes.NotInCodeList, list.Shown[0].Code);
        Assert.Equal(101, list.NotShown);
    }

    [Fact]
    public void The_summary_opens_the_receipt_json()
    {
        using var doc = JsonDocument.Parse(ReceiptJson.Serialize(RejectedLateReturn()));
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).Take(5).ToArray();
        Assert.Equal(["upload", "status", "errors", "warnings", "nextStep"], names);
    }

    [Fact]
    public void An_accepted_receipt_says_there_is_nothing_more_to_do()
    {
        var outcome = Validate.Zip(ReturnBuilder.Valid());
        var receipt = Receipt.From("pcn/U00070/2024-03/return.zip", "id", "sha", Validate.OnTime, outcome, current: true);
        Assert.NotEqual(ReceiptStatus.Rejected, receipt.Status);
        Assert.Equal(0, receipt.Errors);
        Assert.StartsWith("Your return is accepted", receipt.NextStep, StringComparison.Ordinal);
    }
}
