using SpReporting.Storage.Access;

namespace SpReporting.Functions.Http;

/// <summary>A signed-in caller and what the submitters table lets it do.</summary>
public sealed record Caller(CallerId Id, CallerAccess Access);
