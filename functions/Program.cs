using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpReporting.Functions;
using SpReporting.Functions.Http;
using SpReporting.Reference;
using SpReporting.Storage;
using SpReporting.Storage.Access;
using SpReporting.Storage.Ingest;
using SpReporting.Storage.Publishing;
using SpReporting.Storage.Refresh;

var builder = FunctionsApplication.CreateBuilder(args);

builder.Services.AddSingleton(_ => StorageClients.Create(builder.Configuration));
builder.Services.AddSingleton(_ => OrganisationRegistry.Default);
builder.Services.AddSingleton(_ => new IngestOptions
{
    DueDay = builder.Configuration.GetValue("RETURN_DUE_DAY", 15),
    // Never trusted in Azure: a submitter could set the metadata and choose their own upload time.
    TrustUploadedAtMetadata = false,
});
builder.Services.AddSingleton<IngestService>();
builder.Services.AddSingleton<RefreshService>();
builder.Services.AddSingleton(_ => new PublishOptions
{
    Contact = builder.Configuration.GetValue<string>("PUBLISH_CONTACT") is { Length: > 0 } contact ? contact : PublishOptions.DefaultContact,
    Synthetic = builder.Configuration.GetValue("PUBLISH_SYNTHETIC", false),
});
builder.Services.AddSingleton<PublishService>();
// HTTP front door: the caller comes from the platform's sign-in, its rights from the submitters table.
builder.Services.AddSingleton<AccessStore>();
builder.Services.AddSingleton<CallerResolver>();

builder.Build().Run();
