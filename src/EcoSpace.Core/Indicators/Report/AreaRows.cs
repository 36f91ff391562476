using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Indicators.Report;

/// <summary>
/// Row 17, natural ecological space: red-line area by domain and function, protected-area area by
/// type, level and zone. Each feature's geodesic area is summed; overlaps between features of one
/// layer are not removed (they are topology errors, found by the topology check).
/// </summary>
internal static class AreaRows
{
    private static readonly ReportNote OverlapNote = new(
        "逐要素累加椭球面积；同一图层要素之间的重叠未扣除（重叠属拓扑错误，由拓扑检查发现）",
        "the geodesic areas of the features are summed; overlaps between features of the layer are not removed (they are topology errors, which the topology check finds)");

    public static ReportRow RedLine(IReadOnlyList<EcoFeature> features, IndicatorSettings settings) =>
        Build(ReportKeys.RedLineArea, "生态保护红线面积（含陆域和海洋）", "Area of ecological protection red lines (land and sea)",
            KindCatalog.RedLine, ["domain", "function"], features, settings,
            ReportTargets.From(SettingCatalog.TargetRedLineAreaHectares, settings.TargetRedLineAreaHectares));

    public static ReportRow ProtectedArea(IReadOnlyList<EcoFeature> features, IndicatorSettings settings) =>
        Build(ReportKeys.ProtectedArea, "自然保护地面积", "Area of natural protected areas",
            KindCatalog.ProtectedArea, ["pa_type", "level", "zone"], features, settings,
            ReportTargets.From(SettingCatalog.TargetProtectedAreaHectares, settings.TargetProtectedAreaHectares));

    private static ReportRow Build(string key, string zh, string en, string kind, string[] dimensions,
        IReadOnlyList<EcoFeature> features, IndicatorSettings settings, ReportTarget? target)
    {
        double[] areas = features.Select(f => GeodesicMeasure.AreaSquareMeters(f.Geometry, settings.Ellipsoid)).ToArray();
        double total = areas.Sum();
        var breakdowns = dimensions.Select(d => ByCode(kind, d, features, areas)).ToArray();
        var notes = new List<ReportNote>
        {
            OverlapNote,
            new($"{features.Count} 个图斑", $"{features.Count} feature(s)"),
        };
        return new ReportRow("17", key, zh, en, ReportQuantity.Area, total, target,
            TargetCheck.Status(ReportQuantity.Area, total, target), breakdowns, notes);
    }

    /// <summary>Area per code of <paramref name="property"/>, in code-list order, then features without it.</summary>
    private static ReportBreakdown ByCode(string kind, string property, IReadOnlyList<EcoFeature> features, double[] areas)
    {
        var sums = new Dictionary<string, double>();
        double none = 0;
        bool anyNone = false;
        for (int i = 0; i < features.Count; i++)
        {
            if (features[i].Text(property) is { } code)
                sums[code] = sums.GetValueOrDefault(code) + areas[i];
            else
            {
                none += areas[i];
                anyNone = true;
            }
        }

        var listed = CodeLabels.Codes(kind, property);
        var order = listed.Where(sums.ContainsKey).Concat(sums.Keys.Where(k => !listed.Contains(k)).Order(StringComparer.Ordinal));
        var items = order.Select(code => Item(kind, property, code, sums[code])).ToList();
        if (anyNone)
            items.Add(Item(kind, property, null, none));
        var definition = CodeLabels.Property(kind, property);
        return new ReportBreakdown(property, definition.Zh, definition.En, items);
    }

    private static BreakdownItem Item(string kind, string property, string? code, double areaSquareMeters)
    {
        var (zh, en) = CodeLabels.Of(kind, property, code);
        return new BreakdownItem(code, zh, en, ReportQuantity.Area, areaSquareMeters);
    }
}
