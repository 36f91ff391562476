using System.Globalization;
using EcoSpace.Core.Audit;

namespace EcoSpace.Cli.Output.Audit;

/// <summary>
/// <c>check redline</c> for a person: what was compared, a table per layer (counts, hectares, change),
/// a table of the checks per layer (met / violated, what offends), the violations, the features that
/// changed, the warnings, and one closing line.
/// </summary>
public static class RedlineReportText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(RedlineReport report)
    {
        var result = report.Result;
        var output = Console.Out;
        output.WriteLine($"red-line audit: {Baseline(report)} → now (data version {report.DataVersion})");
        output.WriteLine(string.Create(Invariant,
            $"geodesic areas on {result.Options.Ellipsoid.Name}{(result.Options.Ellipsoid.Name == "GRS80" ? " (CGCS2000)" : "")}; " +
            $"a loss counts when above both {result.Options.ToleranceSquareMeters:0.###} m² and {result.Options.ToleranceRelative:0e0} of the area"));
        output.WriteLine();

        var layers = new TextTable("layer", "features", "baseline ha", "now ha", "change m²", "change ha", "removed", "added");
        for (int c = 1; c < 8; c++)
            layers.AlignRight(c);
        foreach (var l in result.Layers)
        {
            layers.Add(l.Kind, $"{l.BaselineCount} → {l.NowCount}", Hectares(l.BaselineAreaSquareMeters), Hectares(l.NowAreaSquareMeters),
                Signed(l.ChangeSquareMeters, "N1"), Signed(l.ChangeSquareMeters / 10_000, "N4"),
                l.RemovedIds.Count.ToString(Invariant), l.AddedIds.Count.ToString(Invariant));
        }
        output.Write(layers);
        output.WriteLine();

        var checks = new TextTable("layer", "check", "verdict", "offending");
        foreach (var l in result.Layers)
        {
            foreach (var v in l.Verdicts)
                checks.Add(l.Kind, v.Rule, v.Passed ? "met" : "violated", Offending(v));
        }
        output.Write(checks);

        if (result.Violations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"violations (rule {AuditRules.RedLineReduced}, severity {AuditRules.Severity}):");
            foreach (var v in result.Violations)
                output.WriteLine($"  [{v.Check}] {v.Message}");
        }

        var changed = result.Layers.SelectMany(l => l.Features.Where(f => f.Changed).Select(f => (l.Kind, Feature: f))).ToArray();
        if (changed.Length > 0)
        {
            output.WriteLine();
            output.WriteLine("changed features:");
            var features = new TextTable("layer", "id", "status", "baseline ha", "now ha", "change m²", "what changed");
            for (int c = 3; c < 6; c++)
                features.AlignRight(c);
            foreach (var (kind, f) in changed)
            {
                features.Add(kind, f.Id, Status(f), Hectares(f.BaselineAreaSquareMeters), Hectares(f.NowAreaSquareMeters),
                    Signed(f.ChangeSquareMeters, "N1"), What(f));
            }
            output.Write(features);
        }

        foreach (var warning in report.Warnings)
        {
            output.WriteLine();
            output.WriteLine($"warning: {warning}");
        }
        output.WriteLine();
        int failed = result.Verdicts.Count(v => !v.Passed);
        output.WriteLine(failed == 0
            ? "result: every check met (area not reduced, nature unchanged)"
            : $"result: {failed} of {result.Verdicts.Count} checks violated, {result.Violations.Count} violation(s)");
    }

    private static string Baseline(RedlineReport report) => report.Baseline.Snapshot is { } s
        ? $"snapshot '{s.Tag}' (data version {s.DataVersion}, {s.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", Invariant)}Z, {s.User}" +
          (s.Note is null ? ")" : $": {s.Note})")
        : $"file {report.Baseline.File}";

    private static string Offending(RuleVerdict verdict)
    {
        var items = (verdict.TotalReduced ? ["total"] : Array.Empty<string>()).Concat(verdict.OffendingIds).ToArray();
        return WarningText.Ids(items);
    }

    private static string Status(FeatureChange f) => f.Status switch
    {
        FeatureChangeStatus.Removed => "removed",
        FeatureChangeStatus.Added => "added",
        _ => f.AreaReduced ? "reduced" : "kept",
    };

    private static string What(FeatureChange f)
    {
        var parts = f.PropertyChanges.Select(c => $"{c.Property} {c.Before ?? "(none)"} → {c.After ?? "(none)"}").ToList();
        if (f.Status == FeatureChangeStatus.Kept && f.GeometryChanged)
            parts.Insert(0, "geometry");
        return string.Join("; ", parts);
    }

    private static string Hectares(double? squareMeters) => squareMeters is { } m ? (m / 10_000).ToString("N4", Invariant) : "–";

    private static string Signed(double value, string format) =>
        (value > 0 ? "+" : "") + value.ToString(format, Invariant);
}
