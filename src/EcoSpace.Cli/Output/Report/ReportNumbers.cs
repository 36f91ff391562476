using System.Globalization;
using EcoSpace.Core.Indicators.Report;

namespace EcoSpace.Cli.Output.Report;

/// <summary>
/// Display rounding of the human-readable forms: hectares to 2 decimals, kilometres to 3, per cent
/// to 2; invariant digits, no thousands separators (so spreadsheets read CSV cells as numbers).
/// JSON keeps full precision.
/// </summary>
public static class ReportNumbers
{
    public const string None = "–";

    /// <summary>An SI value in the display unit, rounded, without the unit; <see cref="None"/> for null.</summary>
    public static string Number(ReportQuantity quantity, double? si) =>
        si is { } v ? Rounded(quantity, quantity.ToDisplay(v)) : None;

    /// <summary>An SI value in the display unit with the unit: <c>187634.22 ha</c>, <c>35.40 %</c>.</summary>
    public static string WithUnit(ReportQuantity quantity, double? si) =>
        si is null ? None : $"{Number(quantity, si)} {quantity.DisplayUnit()}";

    /// <summary>
    /// A row's value in the display unit, rounded, but with as many more decimals as it takes (up to
    /// six more) to tell it from its target when ordinary rounding would print both alike: 34.996 %
    /// against a target of 35 % must not read "35.00 %, not met".
    /// </summary>
    public static string RowNumber(ReportRow row)
    {
        if (row.ValueSi is not { } si)
            return None;
        double display = row.Quantity.ToDisplay(si);
        int decimals = Decimals(row.Quantity);
        if (row.Target is { } target)
        {
            double goal = row.Quantity.TargetToDisplay(target.ValueInSettingUnit);
            while (decimals < Decimals(row.Quantity) + 6 && display != goal && Fixed(display, decimals) == Fixed(goal, decimals))
                decimals++;
        }
        return Fixed(display, decimals);
    }

    /// <summary><see cref="RowNumber"/> with the unit.</summary>
    public static string RowWithUnit(ReportRow row) =>
        row.ValueSi is null ? None : $"{RowNumber(row)} {row.Quantity.DisplayUnit()}";

    /// <summary>A target as a number in the display unit, rounded like values.</summary>
    public static string TargetNumber(ReportQuantity quantity, ReportTarget target) =>
        Rounded(quantity, quantity.TargetToDisplay(target.ValueInSettingUnit));

    /// <summary><c>≥ 189320.00 ha</c>; <see cref="None"/> without a target.</summary>
    public static string Target(ReportQuantity quantity, ReportTarget? target) =>
        target is null ? None : $"≥ {TargetNumber(quantity, target)} {quantity.DisplayUnit()}";

    /// <summary>Metres as kilometres to 3 decimals, without the unit.</summary>
    public static string Kilometers(double meters) => Rounded(ReportQuantity.Length, ReportQuantity.Length.ToDisplay(meters));

    /// <summary><c>65.946 / 186.288 km</c> for a ratio with its numerator and denominator; empty otherwise.</summary>
    public static string Parts(double? numeratorMeters, double? denominatorMeters) =>
        numeratorMeters is { } n && denominatorMeters is { } d ? $"{Kilometers(n)} / {Kilometers(d)} km" : "";

    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Rounded(ReportQuantity quantity, double display) => Fixed(display, Decimals(quantity));

    private static int Decimals(ReportQuantity quantity) => quantity == ReportQuantity.Length ? 3 : 2;

    private static string Fixed(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
