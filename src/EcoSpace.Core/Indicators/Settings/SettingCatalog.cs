using System.Globalization;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Indicators.Settings;

/// <summary>
/// The per-project settings of the ratios and the indicator report, with their defaults from
/// DOMAIN.md §3 (class and zone sets) and the Lianyungang plan (targets, seeds/000). Values are
/// kept as text, the form users type; <see cref="Check"/> reads and checks one.
/// </summary>
public static class SettingCatalog
{
    public const string ShorelineNaturalClasses = "shoreline.natural_classes";
    public const string ShorelineDenominatorClasses = "shoreline.denominator_classes";
    public const string BankProtectedZones = "banks.protected_zones";
    public const string BankDenominatorZones = "banks.denominator_zones";
    public const string BayCountedStatuses = "bay.counted_statuses";
    public const string MeasureEllipsoid = "measure.ellipsoid";
    public const string TargetNaturalShorelineRatio = "target.natural_shoreline_ratio";
    public const string TargetBankProtectionRatio = "target.bank_protection_ratio";
    public const string TargetBeautifulBayShare = "target.beautiful_bay_share";
    public const string TargetRedLineAreaHectares = "target.red_line_area_ha";
    public const string TargetProtectedAreaHectares = "target.protected_area_ha";
    public const string TargetRestoredShorelineKilometers = "target.restored_shoreline_km";
    public const string TargetRestoredWetlandHectares = "target.restored_wetland_ha";

    /// <summary>A code set of this value counts every segment, whatever its class or zone (also none).</summary>
    public const string Everything = "*";

    /// <summary>The value of a target setting meaning "no target".</summary>
    public const string NoTarget = "none";

    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(ShorelineNaturalClasses, SettingKind.CodeSet, "bedrock,sandy,muddy,biological,restored",
            "自然岸线保有率分子岸线类型", "Shoreline classes counted as natural (numerator)",
            "《海岸线保护与利用管理办法》(2017) art. 2; DOMAIN.md §3", KindCatalog.Shoreline, "class"),
        new(ShorelineDenominatorClasses, SettingKind.CodeSet, Everything,
            "自然岸线保有率分母岸线类型（* 为全部大陆岸线）", "Shoreline classes in the denominator (* = every mainland segment)",
            "DOMAIN.md §3: denominator is all mainland segments", KindCatalog.Shoreline, "class"),
        new(BankProtectedZones, SettingKind.CodeSet, "protection,reserve",
            "河湖岸线保护率分子功能区", "Bank zones counted as protected (numerator)",
            "水利部 2019 岸线保护与利用规划编制指南 (四区); DOMAIN.md §3", KindCatalog.RiverBank, "zone"),
        new(BankDenominatorZones, SettingKind.CodeSet, Everything,
            "河湖岸线保护率分母功能区（* 为全部岸线）", "Bank zones in the denominator (* = every bank segment)",
            "DOMAIN.md §3: denominator is all bank segments", KindCatalog.RiverBank, "zone"),
        new(BayCountedStatuses, SettingKind.CodeSet, "built",
            "计入美丽海湾岸线占比的海湾状态", "Bay statuses counted in the beautiful-bay share",
            "DOMAIN.md §3: bays with status built", KindCatalog.Bay, "status"),
        new(MeasureEllipsoid, SettingKind.Ellipsoid, "GRS80",
            "量算椭球", "Ellipsoid for lengths and areas",
            "DOMAIN.md §5: CGCS2000 = GRS80"),
        new(TargetNaturalShorelineRatio, SettingKind.RatioTarget, "0.35",
            "目标：自然岸线保有率（不低于）", "Target: natural shoreline retention ratio (at least)",
            "seeds/000:366 完成上级管控目标; national floor 35 % (DOMAIN.md §1 row 18)", Unit: "%"),
        new(TargetBankProtectionRatio, SettingKind.RatioTarget, "0.7463",
            "目标：河湖岸线保护率（不低于）", "Target: river/lake bank protection ratio (at least)",
            "seeds/000:383, 74.63 % by 2025", Unit: "%"),
        new(TargetBeautifulBayShare, SettingKind.RatioTarget, "0.447",
            "目标：美丽海湾岸线占比（不低于）", "Target: beautiful-bay shoreline share (at least)",
            "seeds/000:78 and 000:668, 44.7 % by 2025 (3 bays)", Unit: "%"),
        new(TargetRedLineAreaHectares, SettingKind.AmountTarget, "189320",
            "目标：生态保护红线面积（公顷，不减少）", "Target: red-line area, ha (not reduced)",
            "seeds/000:356, 2021 area 189 320 ha; 面积不减少", Unit: "ha"),
        new(TargetProtectedAreaHectares, SettingKind.AmountTarget, "71355.97",
            "目标：自然保护地面积（公顷，不减少）", "Target: protected-area area, ha (not reduced)",
            "seeds/000:357, 2021 area 71 355.97 ha; 面积不减少", Unit: "ha"),
        new(TargetRestoredShorelineKilometers, SettingKind.AmountTarget, NoTarget,
            "目标：整治修复自然岸线长度（公里）", "Target: natural shoreline restored, km",
            "seeds/000 row 13: 完成上级下达任务 (no number; 80 km in 2021)", Unit: "km"),
        new(TargetRestoredWetlandHectares, SettingKind.AmountTarget, NoTarget,
            "目标：修复滨海湿地面积（公顷）", "Target: coastal wetland restored, ha",
            "seeds/000 row 13: 完成上级下达任务 (no number; 120 ha in 2021)", Unit: "ha"),
    ];

    public static IReadOnlyList<string> Keys { get; } = All.Select(d => d.Key).ToArray();

    /// <summary>The definition of <paramref name="key"/>; throws <see cref="SettingException"/> listing the keys when unknown.</summary>
    public static SettingDefinition Get(string key) =>
        All.FirstOrDefault(d => d.Key == key)
        ?? throw new SettingException(key, $"unknown setting; settings are: {string.Join(", ", Keys)}");

    /// <summary>
    /// Reads <paramref name="text"/> as a value of <paramref name="key"/> and returns it in canonical
    /// form (codes trimmed, de-duplicated, in code-list order; ratios 0..1; ellipsoid upper case).
    /// Throws <see cref="SettingException"/> saying what is allowed.
    /// </summary>
    public static string Check(string key, string text)
    {
        var definition = Get(key);
        text = text.Trim();
        return definition.Kind switch
        {
            SettingKind.CodeSet => CheckCodes(definition, text),
            SettingKind.RatioTarget => CheckTarget(definition, text, ratio: true),
            SettingKind.AmountTarget => CheckTarget(definition, text, ratio: false),
            SettingKind.Ellipsoid => CheckEllipsoid(definition, text),
            _ => throw new InvalidOperationException(definition.Kind.ToString()),
        };
    }

    /// <summary>The allowed codes of a code-set setting, in code-list order.</summary>
    public static IReadOnlyList<string> AllowedCodes(SettingDefinition definition) =>
        definition.CodeKind is { } kind && definition.CodeProperty is { } property
            ? KindCatalog.Get(kind).Properties.First(p => p.Name == property).Codes.Select(c => c.Value).ToArray()
            : [];

    private static string CheckCodes(SettingDefinition definition, string text)
    {
        if (text == Everything)
            return Everything;
        var allowed = AllowedCodes(definition);
        var given = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (given.Length == 0)
            throw new SettingException(definition.Key, $"give at least one of {string.Join(", ", allowed)} (or {Everything})");
        var unknown = given.Where(code => !allowed.Contains(code)).ToArray();
        if (unknown.Length > 0)
        {
            throw new SettingException(definition.Key,
                $"unknown {definition.CodeProperty} {string.Join(", ", unknown.Select(u => $"'{u}'"))}; allowed: {string.Join(", ", allowed)}");
        }
        return string.Join(",", allowed.Where(given.Contains));
    }

    private static string CheckTarget(SettingDefinition definition, string text, bool ratio)
    {
        if (text.Equals(NoTarget, StringComparison.OrdinalIgnoreCase) || text.Length == 0)
            return NoTarget;
        bool percent = ratio && text.EndsWith('%');
        string number = percent ? text[..^1].Trim() : text;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value < 0)
        {
            string form = ratio ? "a ratio such as 0.35 or 35%" : $"a number of {definition.Unit} such as 120.5";
            throw new SettingException(definition.Key, $"'{text}' is not {form}, or '{NoTarget}'");
        }
        if (percent)
            value /= 100;
        if (ratio && value > 1)
            throw new SettingException(definition.Key, $"'{text}' is above 100 %; write 0.35 or 35%");
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static string CheckEllipsoid(SettingDefinition definition, string text) =>
        text.ToUpperInvariant() switch
        {
            "GRS80" or "CGCS2000" => "GRS80",
            "WGS84" => "WGS84",
            _ => throw new SettingException(definition.Key, $"'{text}' is not GRS80 (CGCS2000) or WGS84"),
        };
}
