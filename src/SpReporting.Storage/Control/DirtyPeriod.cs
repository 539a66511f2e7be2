using Azure;
using SpReporting.Returns;

namespace SpReporting.Storage.Control;

/// <summary>A period whose partials changed since the last refresh, with the ETag to clear it by.</summary>
public sealed record DirtyPeriod(ReturnKind Kind, string Period, ETag ETag);
