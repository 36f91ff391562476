namespace EcoSpace.Core.Indicators.Report;

/// <summary>The units of each <see cref="ReportQuantity"/> and the conversions between them.</summary>
public static class ReportUnits
{
    public const double SquareMetersPerHectare = 10_000;
    public const double MetersPerKilometer = 1_000;

    /// <summary>The SI unit's name as used in JSON field names: <c>m</c>, <c>m2</c>, <c>ratio</c>.</summary>
    public static string SiUnit(this ReportQuantity quantity) => quantity switch
    {
        ReportQuantity.Length => "m",
        ReportQuantity.Area => "m2",
        _ => "ratio",
    };

    /// <summary>The display unit: <c>km</c>, <c>ha</c>, <c>%</c>.</summary>
    public static string DisplayUnit(this ReportQuantity quantity) => quantity switch
    {
        ReportQuantity.Length => "km",
        ReportQuantity.Area => "ha",
        _ => "%",
    };

    /// <summary>An SI value in the display unit (km, ha, %), unrounded.</summary>
    public static double ToDisplay(this ReportQuantity quantity, double si) => quantity switch
    {
        ReportQuantity.Length => si / MetersPerKilometer,
        ReportQuantity.Area => si / SquareMetersPerHectare,
        _ => si * 100,
    };

    /// <summary>An SI value in the unit targets are written in (km, ha, ratio 0..1), unrounded.</summary>
    public static double ToTargetUnit(this ReportQuantity quantity, double si) =>
        quantity == ReportQuantity.Ratio ? si : quantity.ToDisplay(si);

    /// <summary>A target (km, ha, ratio 0..1) in the display unit.</summary>
    public static double TargetToDisplay(this ReportQuantity quantity, double target) =>
        quantity == ReportQuantity.Ratio ? target * 100 : target;

    /// <summary>A target (km, ha, ratio 0..1) in SI.</summary>
    public static double TargetToSi(this ReportQuantity quantity, double target) => quantity switch
    {
        ReportQuantity.Length => target * MetersPerKilometer,
        ReportQuantity.Area => target * SquareMetersPerHectare,
        _ => target,
    };
}
