using System.Text;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker.Http;
using SpReporting.Storage.Access;

namespace SpReporting.Functions.Http;

/// <summary>
/// Reads the caller from <c>X-MS-CLIENT-PRINCIPAL</c>, the base64 JSON that App Service
/// Authentication (Easy Auth) puts on every request it has authenticated. The platform removes any
/// copy a client sends, so the header is trusted only where Easy Auth is on (infra enables it).
/// Both shapes are read: App Service's (<c>auth_typ</c> and <c>claims</c>, the Entra object id as
/// the key) and Static Web Apps' (<c>identityProvider</c>, <c>userId</c>).
/// </summary>
public static class ClientPrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    private static readonly string[] IdClaims =
    [
        "http://schemas.microsoft.com/identity/claims/objectidentifier",
        "oid",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier",
    ];

    /// <summary>The caller, or null when there is no header or it cannot be read (treated as anonymous).</summary>
    public static CallerId? Read(HttpRequestData request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Headers.TryGetValues(Header, out var values)) { return null; }
        var encoded = values.FirstOrDefault();
        return string.IsNullOrWhiteSpace(encoded) ? null : Parse(encoded);
    }

    public static CallerId? Parse(string encoded)
    {
        try
        {
            using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(encoded.Trim())));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) { return null; }
            if (Text(root, "identityProvider") is { } swaProvider && Text(root, "userId") is { } swaUser)
            {
                return new CallerId(swaProvider, swaUser);
            }
            var provider = Text(root, "auth_typ");
            var id = IdClaims.Select(type => Claim(root, type)).FirstOrDefault(v => v is not null);
            return provider is null || id is null ? null : new CallerId(provider, id);
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Encodes a caller as Easy Auth would, for local calls and tests.</summary>
    public static string Encode(string provider, string objectId) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new
        {
            auth_typ = provider,
            claims = new[] { new { typ = IdClaims[0], val = objectId } },
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
        }));

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;

    private static string? Claim(JsonElement root, string type)
    {
        if (!root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array) { return null; }
        foreach (var c in claims.EnumerateArray())
        {
            if (c.ValueKind == JsonValueKind.Object && string.Equals(Text(c, "typ"), type, StringComparison.OrdinalIgnoreCase) && Text(c, "val") is { } val)
            {
                return val;
            }
        }
        return null;
    }
}
