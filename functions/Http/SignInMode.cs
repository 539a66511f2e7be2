namespace SpReporting.Functions.Http;

/// <summary>What, if anything, stands in front of the app and establishes who is calling (docs/deployment.md, "What the app trusts").</summary>
public enum SignInMode
{
    /// <summary>Nothing the app can rely on: every call that needs a signed-in caller is refused.</summary>
    None,

    /// <summary>App Service Authentication (Easy Auth), which strips any principal header a client sends and sets its own.</summary>
    EasyAuth,

    /// <summary>A developer's own machine: the principal header is honoured for loopback requests only.</summary>
    LoopbackDevelopment,
}
