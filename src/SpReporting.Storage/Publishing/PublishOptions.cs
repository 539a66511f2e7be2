namespace SpReporting.Storage.Publishing;

/// <summary>
/// What a deployment or run sets about its publication: the contact on every pack cover (app setting
/// <c>PUBLISH_CONTACT</c>, <c>spr run --contact</c>) and whether the returns are synthetic (app setting
/// <c>PUBLISH_SYNTHETIC</c>; a local run of a folder with a sample's <c>manifest.json</c>).
/// </summary>
public sealed record PublishOptions
{
    /// <summary>The contact when none is configured: who a reader of any pack can reach.</summary>
    public const string DefaultContact = "The SpReporting reporting team of your NHS England region";

    public string Contact { get; init; } = DefaultContact;

    public bool Synthetic { get; init; }
}
