using Azure;
using SpReporting.Returns;

namespace SpReporting.Storage.Control;

/// <summary>An organisation's period whose partial changed since the last refresh, with the ETag to clear it by.</summary>
public sealed record DirtyPeriod(ReturnKind Kind, string Period, string Organisation, ETag ETag);
