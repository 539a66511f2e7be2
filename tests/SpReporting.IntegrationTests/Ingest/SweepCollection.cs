using SpReporting.IntegrationTests.Support;

namespace SpReporting.IntegrationTests.Ingest;

/// <summary>
/// The sweep ingests every upload in the account that has no receipt, so its tests get an Azurite of
/// their own: in the shared one it would ingest uploads other tests leave untriggered on purpose.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SweepCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite for the sweep";
}
