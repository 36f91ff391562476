using System.Globalization;
using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Indicators.Settings;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Indicators.Report;

/// <summary>
/// Row 13, coastal restoration 海岸生态修复: the length of natural shoreline restored (restoration
/// works with target <c>shoreline</c>, drawn as lines) and the area of coastal wetland restored
/// (target <c>wetland</c>, drawn as polygons), counting works whose <c>completed</c> date is on or
/// before the as-of date. A work without a completed date, or drawn with the wrong geometry, is not
/// counted and is named in a warning.
/// </summary>
internal static class RestorationRows
{
    private const string Shoreline = "shoreline";
    private const string Wetland = "wetland";

    public static IReadOnlyList<ReportRow> Build(IReadOnlyList<EcoFeature> restorations, IndicatorSettings settings, DateOnly asOf,
        List<ReportNote> warnings)
    {
        var counted = new Dictionary<string, List<(EcoFeature Feature, DateOnly Completed)>> { [Shoreline] = [], [Wetland] = [] };
        var later = new Dictionary<string, List<(EcoFeature Feature, DateOnly Completed)>> { [Shoreline] = [], [Wetland] = [] };
        foreach (var feature in restorations)
        {
            string? target = feature.Text("target");
            if (target is not (Shoreline or Wetland))
                continue;
            if (!TryCompleted(feature, out var completed))
            {
                warnings.Add(new ReportNote(
                    $"生态修复工程 {Name(feature)} 没有完成日期（completed），未计入第13行",
                    $"restoration {Name(feature)} has no completed date: not counted in row 13"));
                continue;
            }
            if (!HasGeometryFor(target, feature.Geometry))
            {
                warnings.Add(target == Shoreline
                    ? new ReportNote($"岸线修复工程 {Name(feature)} 不是线要素，未计入修复长度",
                        $"shoreline restoration {Name(feature)} is not drawn as a line: not counted in the restored length")
                    : new ReportNote($"湿地修复工程 {Name(feature)} 不是面要素，未计入修复面积",
                        $"wetland restoration {Name(feature)} is not drawn as a polygon: not counted in the restored area"));
                continue;
            }
            (completed <= asOf ? counted : later)[target].Add((feature, completed));
        }

        return
        [
            Row(ReportKeys.RestoredShoreline, "自然岸线修复长度", "Natural shoreline restored (length)", ReportQuantity.Length,
                counted[Shoreline], later[Shoreline], settings, asOf,
                ReportTargets.From(SettingCatalog.TargetRestoredShorelineKilometers, settings.TargetRestoredShorelineKilometers),
                new ReportNote("2021 年现状值 80 公里（表2.6-1 第13行，仅供参考）", "2021 value in the plan: 80 km (table 2.6-1 row 13; for reference)")),
            Row(ReportKeys.RestoredWetland, "滨海湿地修复面积", "Coastal wetland restored (area)", ReportQuantity.Area,
                counted[Wetland], later[Wetland], settings, asOf,
                ReportTargets.From(SettingCatalog.TargetRestoredWetlandHectares, settings.TargetRestoredWetlandHectares),
                new ReportNote("2021 年现状值 120 公顷（表2.6-1 第13行，仅供参考）", "2021 value in the plan: 120 ha (table 2.6-1 row 13; for reference)")),
        ];
    }

    private static ReportRow Row(string key, string zh, string en, ReportQuantity quantity,
        List<(EcoFeature Feature, DateOnly Completed)> counted, List<(EcoFeature Feature, DateOnly Completed)> later,
        IndicatorSettings settings, DateOnly asOf, ReportTarget? target, ReportNote reference)
    {
        var items = counted.Select(w =>
        {
            double si = quantity == ReportQuantity.Length
                ? GeodesicMeasure.LengthMeters(w.Feature.Geometry, settings.Ellipsoid)
                : GeodesicMeasure.AreaSquareMeters(w.Feature.Geometry, settings.Ellipsoid);
            string label = $"{w.Feature.Text("name") ?? w.Feature.Id} ({Iso(w.Completed)})";
            return new BreakdownItem(w.Feature.Id, label, label, quantity, si);
        }).ToArray();
        double total = items.Sum(i => i.ValueSi!.Value);

        var notes = new List<ReportNote>
        {
            new($"计入完成日期不晚于 {Iso(asOf)} 的工程：{counted.Count} 项", $"counts works completed on or before {Iso(asOf)}: {counted.Count}"),
        };
        if (later.Count > 0)
        {
            string list = string.Join(", ", later.Select(w => $"{Name(w.Feature)} {Iso(w.Completed)}"));
            notes.Add(new ReportNote($"完成日期晚于 {Iso(asOf)}、未计入：{list}", $"completed after {Iso(asOf)}, not counted: {list}"));
        }
        notes.Add(reference);

        var breakdowns = new[] { new ReportBreakdown("feature", "修复工程", "Restoration work", items) };
        return new ReportRow("13", key, zh, en, quantity, total, target, TargetCheck.Status(quantity, total, target), breakdowns, notes);
    }

    private static bool TryCompleted(EcoFeature feature, out DateOnly completed) =>
        DateOnly.TryParseExact(feature.Text("completed"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out completed);

    private static bool HasGeometryFor(string target, Geometry geometry) =>
        target == Shoreline ? geometry is LineString or MultiLineString : geometry is Polygon or MultiPolygon;

    /// <summary>"id (name)", or the id alone.</summary>
    private static string Name(EcoFeature feature) =>
        feature.Text("name") is { } name ? $"{feature.Id} ({name})" : feature.Id;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
