using System.Globalization;
using System.Text.Json;
using EcoSpace.Core.Audit;

namespace EcoSpace.Cli.Output.Audit;

/// <summary>
/// <c>check redline --json</c>: the baseline, every layer with every feature (areas in m² and ha, full
/// precision), the verdicts, every violation filed as a conflict (rule red_line_reduced, severity
/// high), and the warnings.
/// </summary>
public static class RedlineReportJson
{
    public static void Print(RedlineReport report)
    {
        var result = report.Result;
        Json.Print(new
        {
            baseline = Baseline(report),
            data_version = report.DataVersion,
            computed_at = report.ComputedAt,
            ellipsoid = result.Options.Ellipsoid.Name,
            tolerance = new { area_m2 = result.Options.ToleranceSquareMeters, relative = result.Options.ToleranceRelative },
            passed = result.Passed,
            verdicts = result.Verdicts.Select(v => new { rule = v.Rule, passed = v.Passed, violations = v.Violations.Count }),
            layers = result.Layers.Select(Layer),
            violations = result.Violations.Select(Violation),
            warnings = report.Warnings,
        });
    }

    private static object Baseline(RedlineReport report) => report.Baseline.Snapshot is { } s
        ? (object)new
        {
            source = "snapshot",
            tag = s.Tag,
            note = s.Note,
            user = s.User,
            at = s.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            data_version = s.DataVersion,
        }
        : new
        {
            source = "file",
            path = report.Baseline.File,
        };

    private static object Layer(LayerAudit layer) => new
    {
        kind = layer.Kind,
        baseline = new { features = layer.BaselineCount, area_m2 = layer.BaselineAreaSquareMeters, area_ha = layer.BaselineAreaSquareMeters / 10_000 },
        now = new { features = layer.NowCount, area_m2 = layer.NowAreaSquareMeters, area_ha = layer.NowAreaSquareMeters / 10_000 },
        change_m2 = layer.ChangeSquareMeters,
        change_ha = layer.ChangeSquareMeters / 10_000,
        passed = layer.Passed,
        verdicts = layer.Verdicts.Select(v => new { rule = v.Rule, passed = v.Passed, total_reduced = v.TotalReduced, offending_ids = v.OffendingIds }),
        removed = layer.RemovedIds,
        added = layer.AddedIds,
        features = layer.Features.Select(f => new
        {
            id = f.Id,
            name = f.Name,
            status = Name(f.Status),
            baseline_area_m2 = f.BaselineAreaSquareMeters,
            now_area_m2 = f.NowAreaSquareMeters,
            change_m2 = f.ChangeSquareMeters,
            change_ha = f.ChangeSquareMeters / 10_000,
            area_reduced = f.AreaReduced,
            geometry_changed = f.GeometryChanged,
            property_changes = f.PropertyChanges.Select(c => new { property = c.Property, before = c.Before, after = c.After }),
        }),
    };

    private static object Violation(RedLineViolation v) => new
    {
        rule = v.Rule,
        severity = v.Severity,
        check = v.Check,
        kind = v.Kind,
        feature_id = v.FeatureId,
        finding = Name(v.Finding),
        baseline_area_m2 = v.BaselineAreaSquareMeters,
        now_area_m2 = v.NowAreaSquareMeters,
        change_m2 = v.BaselineAreaSquareMeters is null && v.NowAreaSquareMeters is null ? (double?)null : (v.NowAreaSquareMeters ?? 0) - (v.BaselineAreaSquareMeters ?? 0),
        property = v.Property,
        before = v.Before,
        after = v.After,
        message = v.Message,
    };

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
