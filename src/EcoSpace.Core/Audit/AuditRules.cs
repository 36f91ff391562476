using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Audit;

/// <summary>
/// The names the red-line audit reports under (DOMAIN.md §4, rule "red line reduced": 面积不减少、
/// 性质不改变、功能不降低, seeds/000:355), and which properties make a feature's nature.
/// </summary>
public static class AuditRules
{
    /// <summary>The conflict rule every violation is filed under.</summary>
    public const string RedLineReduced = "red_line_reduced";

    /// <summary>DOMAIN.md §4: the rule's severity, named as the conflict catalog names severities.</summary>
    public static string Severity { get; } = Conflicts.ConflictCatalog.Name(Conflicts.ConflictSeverity.High);

    /// <summary>Neither a layer's total area nor a kept feature's area went down (beyond the tolerance).</summary>
    public const string AreaNotReduced = "area_not_reduced";

    /// <summary>No feature was removed, and no kept feature changed a nature property.</summary>
    public const string NatureUnchanged = "nature_unchanged";

    public static IReadOnlyList<string> All { get; } = [AreaNotReduced, NatureUnchanged];

    /// <summary>
    /// The properties whose change is a change of nature: red_line <c>domain</c> and <c>function</c>;
    /// protected_area <c>pa_type</c>, <c>level</c> and <c>zone</c> (a reserve become a park, a national
    /// site become provincial, a core zone become general is each a change the auditor must see);
    /// none for other kinds.
    /// </summary>
    public static IReadOnlyList<string> NatureProperties(string kind) => kind switch
    {
        KindCatalog.RedLine => ["domain", "function"],
        KindCatalog.ProtectedArea => ["pa_type", "level", "zone"],
        _ => [],
    };
}
