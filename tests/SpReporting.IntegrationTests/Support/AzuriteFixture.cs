using SpReporting.Storage;
using SpReporting.Storage.Local;

namespace SpReporting.IntegrationTests.Support;

/// <summary>
/// One Azurite for the whole collection: started from the repository's node_modules on loopback,
/// in memory, with every container and table created. Tests keep apart by using their own
/// organisation-periods, so they can share it.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteHost? _host;

    public AzuriteHost Host => _host ?? throw new InvalidOperationException("Azurite is not started.");

    public string ConnectionString => Host.ConnectionString;

    public StorageAccount Storage { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _host = await AzuriteHost.StartAsync(TimeSpan.FromSeconds(90));
        Storage = StorageAccount.FromConnectionString(_host.ConnectionString);
        await Storage.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null) { await _host.DisposeAsync(); }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
