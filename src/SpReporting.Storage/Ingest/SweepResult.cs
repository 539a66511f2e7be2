namespace SpReporting.Storage.Ingest;

/// <summary>What one sweep found: uploads it checked, ingested because the ledger had no row, and could not ingest.</summary>
public sealed record SweepResult(int Checked, int Ingested, int Failed);
