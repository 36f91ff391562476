using EcoSpace.Core.Indicators.Settings;

namespace EcoSpace.Core.Indicators.Report;

/// <summary>
/// Builds the indicator report: rows 13, 17, 18, 19 and 41 of table 2.6-1 (DOMAIN.md §1), each with
/// its target from the settings and its status. Lengths and areas are geodesic on the settings'
/// ellipsoid (<see cref="Geodesy.GeodesicMeasure"/>); the ratios are those of
/// <see cref="Ratios.ShorelineRatio"/> and <see cref="Ratios.BankRatio"/>.
/// </summary>
public static class IndicatorReportBuilder
{
    /// <param name="asOf">Restoration works completed after this date are not counted (row 13); default: the UTC date of <see cref="ReportInputs.Provenance"/>'s computed-at time.</param>
    public static IndicatorReport Build(ReportInputs inputs, IndicatorSettings settings, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        var date = asOf ?? DateOnly.FromDateTime(inputs.Provenance.ComputedAt.UtcDateTime);
        var warnings = new List<ReportNote>();

        var rows = new List<ReportRow>();
        rows.AddRange(RestorationRows.Build(inputs.Restorations, settings, date, warnings));
        rows.Add(AreaRows.RedLine(inputs.RedLines, settings));
        rows.Add(AreaRows.ProtectedArea(inputs.ProtectedAreas, settings));
        var shoreline = ShorelineRows.Build(inputs, settings, warnings);
        rows.Add(shoreline[0]);
        rows.Add(BankRow.Build(inputs, settings, warnings));
        rows.Add(shoreline[1]);

        return new IndicatorReport(inputs.Provenance, settings.Ellipsoid.Name, date, rows, warnings);
    }
}
