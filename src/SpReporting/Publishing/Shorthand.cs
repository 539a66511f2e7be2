namespace SpReporting.Publishing;

/// <summary>GSS shorthand used instead of blanks or symbols, explained on every output.</summary>
public static class Shorthand
{
    public const string Confidential = "[c]";
    public const string NotAvailable = "[x]";
    public const string NotApplicable = "[z]";
    public const string Low = "[low]";

    public static IReadOnlyList<(string Code, string Meaning)> Legend { get; } =
    [
        (Confidential, "confidential: withheld so that no person can be identified (a count of 1 to 7 people, a figure built on one, or a figure withheld so that another withheld figure cannot be worked out)"),
        (NotAvailable, "not available: no data was returned for this area and period"),
        (NotApplicable, "not applicable: the measure does not apply here"),
        (Low, "too few to say: too few people or points for a statistical judgement"),
    ];
}
