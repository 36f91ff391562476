using EcoSpace.Core.Indicators.Ratios;

namespace EcoSpace.Core.Indicators.Report;

/// <summary>
/// The indicator report (issue 3): rows 13, 17, 18, 19 and 41 of the plan's table, computed on one
/// data version with one ellipsoid. <see cref="AsOf"/> is the date restoration works must be
/// completed by to count (row 13). <see cref="Warnings"/> name what was left out and why.
/// </summary>
public sealed record IndicatorReport(
    Provenance Provenance,
    string Ellipsoid,
    DateOnly AsOf,
    IReadOnlyList<ReportRow> Rows,
    IReadOnlyList<ReportNote> Warnings)
{
    /// <summary>The row with <paramref name="key"/> (see <see cref="ReportKeys"/>).</summary>
    public ReportRow Row(string key) =>
        Rows.FirstOrDefault(r => r.Key == key) ?? throw new KeyNotFoundException($"the report has no row '{key}'");
}
