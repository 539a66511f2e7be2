using SpReporting.IntegrationTests.Support;

namespace SpReporting.IntegrationTests.Refresh;

/// <summary>
/// Refresh reads every partial in the account, so its tests get an Azurite of their own rather than
/// sharing the ingest tests' one.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RefreshCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite for refresh";
}
