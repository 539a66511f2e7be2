using System.Net.Sockets;
using Azure;

namespace SpReporting.Storage.Running;

/// <summary>
/// Whether an exception means the storage account could not be reached at all (connection refused
/// or reset, after the SDK's own retries), as opposed to a problem with one upload. A local run
/// that loses its storage stops there instead of failing every remaining upload one by one.
/// </summary>
public static class StorageFailure
{
    public static bool IsUnreachable(Exception? e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is RequestFailedException { Status: 0 } or HttpRequestException or SocketException) { return true; }
            if (x is AggregateException a && a.InnerExceptions.Any(IsUnreachable)) { return true; }
        }
        return false;
    }
}
