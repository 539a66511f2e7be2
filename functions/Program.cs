using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpReporting.Functions;
using SpReporting.Functions.Http;
using SpReporting.Reference;
using SpReporting.Storage;
using SpReporting.Storage.Access;
using SpReporting.Storage.Control;
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
// Ingests uploads whose trigger event never arrived (docs/storage.md).
builder.Services.AddSingleton<UploadSweep>();
builder.Services.AddSingleton<RefreshService>();
builder.Services.AddSingleton(_ => new PublishOptions
{
    Contact = builder.Configuration.GetValue<string>("PUBLISH_CONTACT") is { Length: > 0 } contact ? contact : PublishOptions.DefaultContact,
    Synthetic = builder.Configuration.GetValue("PUBLISH_SYNTHETIC", false),
});
builder.Services.AddSingleton<PublishService>();
// Lets the next refresh run retry a publish that failed (docs/storage.md "Control").
builder.Services.AddSingleton<PublishPending>();
// HTTP front door: the caller comes from the platform's sign-in, its rights from the submitters table.
builder.Services.AddSingleton<AccessStore>();
builder.Services.AddSingleton(_ => SignInSettings.From(builder.Configuration));
builder.Services.AddSingleton<SignIn>();

var app = builder.Build();
// Said once at start-up, so a deployment without Easy Auth is plain in the logs (docs/deployment.md).
var signIn = app.Services.GetRequiredService<SignInSettings>();
var startup = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SpReporting.Functions.SignIn");
startup.Log(signIn.Mode == SignInMode.EasyAuth ? LogLevel.Information : LogLevel.Warning, "{SignIn}", signIn.Describe());
app.Run();
