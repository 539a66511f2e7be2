namespace SpReporting.Storage.Control;

/// <summary>When aggregates were last refreshed, how many periods that touched, and whether it was a full rebuild.</summary>
public sealed record LastRefresh(DateTimeOffset CompletedAt, int Periods, bool Full);
