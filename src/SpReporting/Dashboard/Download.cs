namespace SpReporting.Dashboard;

/// <summary>
/// A file offered on the dashboard's downloads view. <see cref="RelativePath"/> is relative to the site
/// root and must stay inside it (the site is served on its own), with forward slashes.
/// </summary>
/// <param name="Kind"><c>xlsx</c> or <c>csv</c>.</param>
public sealed record Download(string Title, string RelativePath, string Kind);
