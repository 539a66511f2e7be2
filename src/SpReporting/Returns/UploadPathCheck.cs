namespace SpReporting.Returns;

/// <summary>The result of checking an upload path: the path, or the problem that refused it.</summary>
public sealed record UploadPathCheck(UploadPath? Path, UploadPathProblem? Problem)
{
    public static UploadPathCheck Refused(UploadPathProblem problem) => new(null, problem);
}
