namespace SpReporting.Storage.Access;

/// <summary>
/// Who is calling, as the platform's sign-in established it: the identity provider (<c>aad</c> for
/// Entra ID) and the provider's stable id for the person or application (the Entra object id).
/// Names and e-mail addresses change and are personal data, so neither is used as a key.
/// </summary>
public sealed record CallerId
{
    public CallerId(string provider, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        Provider = provider.Trim().ToLowerInvariant();
        UserId = userId.Trim().ToLowerInvariant();
    }

    public string Provider { get; }

    public string UserId { get; }

    public override string ToString() => $"{Provider}:{UserId}";
}
