using Microsoft.Azure.Functions.Worker.Http;

namespace SpReporting.Functions.Http;

/// <summary>
/// Reads a request body up to a limit (20 MB for a return, FIL002). A declared Content-Length over
/// the limit is refused before a byte is read; a body without one is read only until it passes the
/// limit, so an oversized upload never costs more than the limit in memory.
/// </summary>
internal static class BoundedBody
{
    /// <summary>The body, or null if it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequestData request, long maxBytes, CancellationToken cancellationToken)
    {
        if (DeclaredLength(request) is { } declared && declared > maxBytes) { return null; }
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) { return null; }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static long? DeclaredLength(HttpRequestData request) =>
        request.Headers.TryGetValues("Content-Length", out var values) && long.TryParse(values.FirstOrDefault(), out var length) ? length : null;
}
