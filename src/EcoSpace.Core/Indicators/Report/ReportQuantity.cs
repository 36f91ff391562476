namespace EcoSpace.Core.Indicators.Report;

/// <summary>
/// What a report value measures. Values are kept in SI (metres, square metres, ratio 0..1); the
/// display units are kilometres, hectares and per cent; targets are written in the unit of their
/// setting (km, ha, ratio 0..1). <see cref="ReportUnits"/> converts between them.
/// </summary>
public enum ReportQuantity
{
    /// <summary>A length: metres in SI, kilometres for display and targets.</summary>
    Length,

    /// <summary>An area: square metres in SI, hectares for display and targets.</summary>
    Area,

    /// <summary>A ratio 0..1 in SI and targets, per cent for display.</summary>
    Ratio,
}
