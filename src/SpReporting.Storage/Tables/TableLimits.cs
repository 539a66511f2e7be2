using System.Text.RegularExpressions;
using Azure.Data.Tables;

namespace SpReporting.Storage.Tables;

/// <summary>
/// Azure Table storage's limits, checked in code because Azurite is more lenient
/// (ARCHITECTURE.md "Storage"). Every table write in this project goes through
/// <see cref="CheckedTableWrites"/>, which calls these checks first.
/// </summary>
public static partial class TableLimits
{
    public const int MaxBatchActions = 100;
    public const long MaxBatchBytes = 4L * 1024 * 1024;
    public const long MaxEntityBytes = 1024L * 1024;
    public const int MaxCustomProperties = 252;
    public const int MaxStringBytes = 64 * 1024;
    public const int MaxBinaryBytes = 64 * 1024;
    public const int MaxKeyBytes = 1024;
    public const int MaxPropertyNameLength = 255;

    /// <summary>Strings are stored as UTF-16, so the 64 KiB limit is 32,768 characters.</summary>
    public const int MaxStringChars = MaxStringBytes / 2;

    /// <summary>The earliest DateTime Table storage accepts.</summary>
    public static readonly DateTime MinDate = new(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly HashSet<string> SystemProperties =
        new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "odata.etag" };

    /// <summary>True when the text can be a PartitionKey or RowKey: not empty, at most 1 KiB, no <c>/ \ # ?</c> or control characters.</summary>
    public static bool IsValidKey(string? key) => key is not null && KeyProblem(key) is null;

    public static void CheckKey(string? key, string which)
    {
        if (key is null) { throw new TableLimitException($"{which} is missing."); }
        var problem = KeyProblem(key);
        if (problem is not null) { throw new TableLimitException($"{which} '{Shorten(key)}' {problem}."); }
    }

    private static string? KeyProblem(string key)
    {
        if (key.Length == 0) { return "is empty"; }
        if (key.Length * 2 > MaxKeyBytes) { return $"is longer than {MaxKeyBytes} bytes"; }
        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?') { return $"contains '{c}', which Table storage forbids in keys"; }
            if (char.IsControl(c)) { return "contains a control character"; }
        }
        return null;
    }

    /// <summary>Checks one entity: keys, property names and count, value types and sizes, UTC dates, total size.</summary>
    public static void CheckEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        CheckKey(entity.PartitionKey, "PartitionKey");
        CheckKey(entity.RowKey, "RowKey");
        var custom = 0;
        foreach (var (name, value) in entity)
        {
            if (SystemProperties.Contains(name)) { continue; }
            custom++;
            CheckPropertyName(name);
            CheckValue(name, value);
        }
        if (custom > MaxCustomProperties)
        {
            throw new TableLimitException($"Entity {Describe(entity)} has {custom} properties; Table storage allows {MaxCustomProperties}.");
        }
        var size = EstimateSize(entity);
        if (size > MaxEntityBytes)
        {
            throw new TableLimitException($"Entity {Describe(entity)} is about {size:N0} bytes; Table storage allows {MaxEntityBytes:N0}.");
        }
    }

    /// <summary>
    /// Checks a transaction: at most 100 actions, all in one partition, no entity twice, at most 4 MiB,
    /// and every entity valid on its own.
    /// </summary>
    public static void CheckBatch(IReadOnlyCollection<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0) { throw new TableLimitException("A batch must hold at least one action."); }
        if (actions.Count > MaxBatchActions)
        {
            throw new TableLimitException($"A batch of {actions.Count} actions is over Table storage's limit of {MaxBatchActions}.");
        }
        string? partition = null;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        long bytes = 0;
        foreach (var action in actions)
        {
            var e = action.Entity;
            if (action.ActionType == TableTransactionActionType.Delete)
            {
                CheckKey(e.PartitionKey, "PartitionKey");
                CheckKey(e.RowKey, "RowKey");
            }
            else
            {
                CheckEntity(e as TableEntity ?? throw new TableLimitException("Batched entities must be TableEntity so their limits can be checked."));
            }
            partition ??= e.PartitionKey;
            if (!string.Equals(partition, e.PartitionKey, StringComparison.Ordinal))
            {
                throw new TableLimitException($"A batch spans partitions '{Shorten(partition)}' and '{Shorten(e.PartitionKey)}'; Table storage allows one.");
            }
            if (!rows.Add(e.RowKey))
            {
                throw new TableLimitException($"A batch holds row '{Shorten(e.RowKey)}' twice; Table storage refuses that.");
            }
            bytes += e is TableEntity te ? EstimateSize(te) : 4 + ((e.PartitionKey.Length + e.RowKey.Length) * 2);
        }
        if (bytes > MaxBatchBytes)
        {
            throw new TableLimitException($"A batch of about {bytes:N0} bytes is over Table storage's limit of {MaxBatchBytes:N0}.");
        }
    }

    /// <summary>
    /// Size as Azure estimates it: 4 bytes + keys as UTF-16 + for each property 8 bytes, its name as
    /// UTF-16 and its value (strings UTF-16 + 4, binary + 4, fixed sizes otherwise).
    /// </summary>
    public static long EstimateSize(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        long size = 4 + (((long)(entity.PartitionKey?.Length ?? 0) + (entity.RowKey?.Length ?? 0)) * 2);
        foreach (var (name, value) in entity)
        {
            if (SystemProperties.Contains(name) || value is null) { continue; }
            size += 8 + (name.Length * 2) + ValueSize(value);
        }
        return size;
    }

    private static long ValueSize(object value) => value switch
    {
        string s => 4 + (s.Length * 2L),
        byte[] b => 4 + b.LongLength,
        BinaryData d => 4 + d.ToMemory().Length,
        bool => 1,
        int => 4,
        long or double or DateTime or DateTimeOffset => 8,
        Guid => 16,
        _ => 0,
    };

    private static void CheckPropertyName(string name)
    {
        if (name.Length > MaxPropertyNameLength || !PropertyName().IsMatch(name))
        {
            throw new TableLimitException($"Property name '{Shorten(name)}' is not allowed: letters, digits and underscores, starting with a letter or underscore, up to {MaxPropertyNameLength} characters.");
        }
    }

    private static void CheckValue(string name, object? value)
    {
        switch (value)
        {
            case null or bool or int or long or double or Guid:
                return;
            case string s when s.Length > MaxStringChars:
                throw new TableLimitException($"Property '{name}' holds {s.Length:N0} characters; a Table storage string is at most 64 KiB ({MaxStringChars:N0} UTF-16 characters).");
            case string:
                return;
            case byte[] b when b.Length > MaxBinaryBytes:
            case BinaryData d when d.ToMemory().Length > MaxBinaryBytes:
                throw new TableLimitException($"Property '{name}' holds more than 64 KiB of binary data.");
            case byte[] or BinaryData:
                return;
            case DateTime dt when dt.Kind != DateTimeKind.Utc:
                throw new TableLimitException($"Property '{name}' is a {dt.Kind} DateTime; store UTC dates only.");
            case DateTime dt when dt < MinDate:
                throw new TableLimitException($"Property '{name}' is before 1601-01-01, which Table storage cannot hold.");
            case DateTime:
                return;
            case DateTimeOffset dto when dto.Offset != TimeSpan.Zero:
                throw new TableLimitException($"Property '{name}' has offset {dto.Offset}; store UTC dates only.");
            case DateTimeOffset dto when dto.UtcDateTime < MinDate:
                throw new TableLimitException($"Property '{name}' is before 1601-01-01, which Table storage cannot hold.");
            case DateTimeOffset:
                return;
            case decimal:
                throw new TableLimitException($"Property '{name}' is a decimal, which Table storage does not have; store money as whole pence (long) and fractions as double or string.");
            default:
                throw new TableLimitException($"Property '{name}' is a {value.GetType().Name}, which Table storage does not hold; use string, bool, int, long, double, Guid, binary or a UTC date.");
        }
    }

    private static string Describe(TableEntity e) => $"'{Shorten(e.PartitionKey)}'/'{Shorten(e.RowKey)}'";

    private static string Shorten(string? s) => s is null ? "" : s.Length <= 60 ? s : s[..60] + "…";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PropertyName();
}
