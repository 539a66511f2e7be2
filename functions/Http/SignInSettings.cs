using Microsoft.Extensions.Configuration;

namespace SpReporting.Functions.Http;

/// <summary>
/// Decides, once at start-up, whether the <c>X-MS-CLIENT-PRINCIPAL</c> header can be believed.
/// Only the platform's sign-in makes it trustworthy, and the app cannot see the platform's
/// configuration, so the infrastructure says so: it sets <c>PLATFORM_SIGNIN=EasyAuth</c> exactly
/// when it deploys Easy Auth. A development sign-in must be asked for by name and is refused
/// wherever the platform's own <c>WEBSITE_SITE_NAME</c> is set, i.e. in any Azure deployment.
/// </summary>
public sealed record SignInSettings(SignInMode Mode)
{
    public const string PlatformSetting = "PLATFORM_SIGNIN";
    public const string EasyAuthValue = "EasyAuth";
    public const string DevelopmentSetting = "SPR_DEV_SIGNIN";
    public const string LoopbackValue = "loopback";
    public const string AzureSiteSetting = "WEBSITE_SITE_NAME";

    public static SignInSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.Equals(configuration.GetValue(PlatformSetting, ""), EasyAuthValue, StringComparison.Ordinal))
        {
            return new SignInSettings(SignInMode.EasyAuth);
        }
        var inAzure = !string.IsNullOrEmpty(configuration.GetValue(AzureSiteSetting, ""));
        return !inAzure && string.Equals(configuration.GetValue(DevelopmentSetting, ""), LoopbackValue, StringComparison.Ordinal)
            ? new SignInSettings(SignInMode.LoopbackDevelopment)
            : new SignInSettings(SignInMode.None);
    }

    /// <summary>The start-up log line: what the app trusts, and what it will do without a sign-in.</summary>
    public string Describe() => Mode switch
    {
        SignInMode.EasyAuth => "Sign-in: App Service Authentication is in front of the app (PLATFORM_SIGNIN=EasyAuth); callers are taken from its principal header.",
        SignInMode.LoopbackDevelopment => "Sign-in: development sign-in (SPR_DEV_SIGNIN=loopback); the principal header is honoured for loopback requests only. Never use this in Azure.",
        _ => "Sign-in: none is in front of the app (PLATFORM_SIGNIN is not EasyAuth), so every call that needs a signed-in caller is answered 503. Deploy with authClientId set (docs/deployment.md).",
    };
}
