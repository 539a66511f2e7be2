using SpReporting.Returns.Pcn;

namespace SpReporting.Templates;

/// <summary>The NoMAD construct items (normalisation process theory), worded for social prescribing, in schema column order.</summary>
public static class NomadItems
{
    public sealed record Item(string Column, string Construct, string Statement);

    private static readonly string[] Coherence =
    [
        "I can see how social prescribing differs from usual ways of working.",
        "Staff in this organisation have a shared understanding of the purpose of social prescribing.",
        "I understand how social prescribing affects the nature of my own work.",
        "I can see the potential value of social prescribing for my work.",
    ];

    private static readonly string[] CognitiveParticipation =
    [
        "There are key people who drive social prescribing forward and get others involved.",
        "I believe that participating in social prescribing is a legitimate part of my role.",
        "I'm open to working with colleagues in new ways to use social prescribing.",
        "I will continue to support social prescribing.",
    ];

    private static readonly string[] CollectiveAction =
    [
        "I can easily integrate social prescribing into my existing work.",
        "Social prescribing disrupts working relationships.",
        "I have confidence in other people's ability to use social prescribing.",
        "Work is assigned to those with skills appropriate to social prescribing.",
        "Sufficient training is provided to enable staff to use social prescribing.",
        "Sufficient resources are available to support social prescribing.",
        "Management adequately supports social prescribing.",
    ];

    private static readonly string[] ReflexiveMonitoring =
    [
        "I am aware of reports about the effects of social prescribing.",
        "The staff agree that social prescribing is worthwhile.",
        "I value the effects social prescribing has had on my work.",
        "Feedback about social prescribing can be used to improve it in the future.",
        "I can modify how I work with social prescribing.",
    ];

    public static IReadOnlyList<Item> All { get; } =
    [
        .. Zip(PcnSchema.CoherenceItems, "coherence", Coherence),
        .. Zip(PcnSchema.CognitiveParticipationItems, "cognitive participation", CognitiveParticipation),
        .. Zip(PcnSchema.CollectiveActionItems, "collective action", CollectiveAction),
        .. Zip(PcnSchema.ReflexiveMonitoringItems, "reflexive monitoring", ReflexiveMonitoring),
    ];

    private static IEnumerable<Item> Zip(IReadOnlyList<string> columns, string construct, string[] statements) =>
        columns.Count == statements.Length
            ? columns.Zip(statements, (c, s) => new Item(c, construct, s))
            : throw new InvalidOperationException($"NoMAD {construct}: {columns.Count} columns but {statements.Length} statements.");
}
