namespace SpReporting.Returns.Pcn;

/// <summary>A link-worker post active at some time in the month (Workforce sheet). WTE is kept as given.</summary>
public sealed record WorkforcePost(
    string PostId,
    string Role,
    string Status,
    double Wte,
    string Funding,
    string Employer,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? OpenCaseload,
    double? SupervisionHours,
    double? NonSpHours,
    double? WellbeingScore);
