namespace SpReporting.Publishing;

/// <summary>
/// The notice on every output made from <c>spr sample</c> returns (dashboard header, pack cover): the
/// figures are made up, though the organisation names and codes are real (docs/packs.md, "Synthetic data").
/// </summary>
public static class SyntheticData
{
    public const string Heading = "Synthetic data";

    public const string Notice =
        "Synthetic data: every figure here was made up by spr sample for demonstration and testing. The organisation names and codes are real; the figures are not about them.";
}
