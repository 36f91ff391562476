using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Conflicts;

/// <summary>
/// The conflict rules <see cref="ConflictCheck"/> runs, in the order of DOMAIN.md §4 (the order of
/// every output), and the labels of the severities. The two other rules of §4, "red line reduced"
/// (between a baseline and now) and "topology" (within one kind), are checked elsewhere.
/// </summary>
public static class ConflictCatalog
{
    public const string DevelopmentInRedLine = "development_in_red_line";
    public const string DevelopmentInProtectedArea = "development_in_protected_area";
    public const string DevelopmentInEcoSpace = "development_in_eco_space";
    public const string ControlLinesOverlap = "control_lines_overlap";
    public const string ShorelineOccupied = "shoreline_occupied";
    public const string BankZoneViolated = "bank_zone_violated";

    public static IReadOnlyList<ConflictRule> All { get; } =
    [
        new(DevelopmentInRedLine, "开发建设占用生态保护红线", "Development in an ecological protection red line",
            [ConflictSeverity.High], ConflictMeasure.Area,
            $"{KindCatalog.Development} (every dev_type but urban_boundary) ∩ {KindCatalog.RedLine}",
            "seeds/000:908 严禁有损主导生态功能的开发建设活动"),
        new(DevelopmentInProtectedArea, "开发建设占用自然保护地", "Development in a natural protected area",
            [ConflictSeverity.Critical, ConflictSeverity.High], ConflictMeasure.Area,
            $"{KindCatalog.Development} ∩ {KindCatalog.ProtectedArea}; zone core/core_area is critical, other zones high",
            "DOMAIN.md §4; 自然保护地核心保护区原则上禁止人为活动"),
        new(DevelopmentInEcoSpace, "开发建设占用生态空间管控区域", "Development in an ecological space control area",
            [ConflictSeverity.Medium], ConflictMeasure.Area,
            $"{KindCatalog.Development} ∩ {KindCatalog.EcoSpace}",
            "DOMAIN.md §4; 江苏省生态空间管控区域规划"),
        new(ControlLinesOverlap, "三条控制线冲突", "Control lines overlap",
            [ConflictSeverity.High], ConflictMeasure.Area,
            $"{KindCatalog.Farmland} ∩ {KindCatalog.RedLine}, and {KindCatalog.Development} of dev_type urban_boundary ∩ {KindCatalog.RedLine}",
            "三条控制线 不交叉不重叠不冲突 (DOMAIN.md §4)"),
        new(ShorelineOccupied, "开发建设占用自然岸线", "Natural shoreline occupied by development",
            [ConflictSeverity.High], ConflictMeasure.Length,
            $"{KindCatalog.Development} of dev_type reclamation, port or aquaculture ∩ {KindCatalog.Shoreline} of a natural class (setting shoreline.natural_classes)",
            "seeds/000:884 顺岸式围填海岸线占用补偿"),
        new(BankZoneViolated, "开发建设占用河湖岸线保护区、保留区", "Development on a protected river/lake bank",
            [ConflictSeverity.High], ConflictMeasure.Length,
            $"{KindCatalog.Development} ∩ {KindCatalog.RiverBank} of a protected zone (setting banks.protected_zones: protection, reserve)",
            "水利部 2019 岸线保护与利用规划编制指南 (四区); DOMAIN.md §4"),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(r => r.Name).ToArray();

    public static ConflictRule? Find(string name) => All.FirstOrDefault(r => r.Name == name);

    /// <summary>The rule's place in <see cref="All"/>: the order of every output.</summary>
    public static int Order(string name)
    {
        for (int i = 0; i < All.Count; i++)
            if (All[i].Name == name)
                return i;
        throw new ArgumentException($"'{name}' is not a conflict rule; the rules are {string.Join(", ", Names)}", nameof(name));
    }

    /// <summary><c>critical</c>, <c>high</c> or <c>medium</c>: the name in every output.</summary>
    public static string Name(ConflictSeverity severity) => severity switch
    {
        ConflictSeverity.Critical => "critical",
        ConflictSeverity.High => "high",
        ConflictSeverity.Medium => "medium",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static (string Zh, string En) Label(ConflictSeverity severity) => severity switch
    {
        ConflictSeverity.Critical => ("严重", "Critical"),
        ConflictSeverity.High => ("高", "High"),
        ConflictSeverity.Medium => ("中", "Medium"),
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
