using System.Globalization;
using EcoSpace.Core.Geodesy;

namespace EcoSpace.Core.Indicators.Settings;

/// <summary>
/// The settings the ratios and the report run with: the defaults of <see cref="SettingCatalog"/>
/// overlaid with what the project stores. Code sets hold codes; <see cref="CodeSet.All"/> means
/// every segment (also those without a class or zone). Targets are null when there is none.
/// </summary>
public sealed record IndicatorSettings(
    CodeSet ShorelineNaturalClasses,
    CodeSet ShorelineDenominatorClasses,
    CodeSet BankProtectedZones,
    CodeSet BankDenominatorZones,
    CodeSet BayCountedStatuses,
    Ellipsoid Ellipsoid,
    double? TargetNaturalShorelineRatio,
    double? TargetBankProtectionRatio,
    double? TargetBeautifulBayShare,
    double? TargetRedLineAreaHectares,
    double? TargetProtectedAreaHectares,
    double? TargetRestoredShorelineKilometers,
    double? TargetRestoredWetlandHectares)
{
    public static IndicatorSettings Defaults { get; } = From(new Dictionary<string, string>());

    /// <summary>
    /// The defaults overlaid with <paramref name="stored"/> (key → text). Keys this build does not
    /// know are left aside (a newer EcoSpace may have written them); a bad value of a known key throws
    /// <see cref="SettingException"/>: the store was edited by hand.
    /// </summary>
    public static IndicatorSettings From(IReadOnlyDictionary<string, string> stored)
    {
        string Text(string key) =>
            SettingCatalog.Check(key, stored.TryGetValue(key, out var value) ? value : SettingCatalog.Get(key).DefaultText);

        return new IndicatorSettings(
            CodeSet.Parse(Text(SettingCatalog.ShorelineNaturalClasses)),
            CodeSet.Parse(Text(SettingCatalog.ShorelineDenominatorClasses)),
            CodeSet.Parse(Text(SettingCatalog.BankProtectedZones)),
            CodeSet.Parse(Text(SettingCatalog.BankDenominatorZones)),
            CodeSet.Parse(Text(SettingCatalog.BayCountedStatuses)),
            ParseEllipsoid(Text(SettingCatalog.MeasureEllipsoid)),
            Target(Text(SettingCatalog.TargetNaturalShorelineRatio)),
            Target(Text(SettingCatalog.TargetBankProtectionRatio)),
            Target(Text(SettingCatalog.TargetBeautifulBayShare)),
            Target(Text(SettingCatalog.TargetRedLineAreaHectares)),
            Target(Text(SettingCatalog.TargetProtectedAreaHectares)),
            Target(Text(SettingCatalog.TargetRestoredShorelineKilometers)),
            Target(Text(SettingCatalog.TargetRestoredWetlandHectares)));
    }

    /// <summary>GRS80 (also written CGCS2000) or WGS84; throws <see cref="SettingException"/> otherwise.</summary>
    public static Ellipsoid ParseEllipsoid(string text) =>
        SettingCatalog.Check(SettingCatalog.MeasureEllipsoid, text) == "WGS84" ? Ellipsoid.Wgs84 : Ellipsoid.Grs80;

    private static double? Target(string text) =>
        text == SettingCatalog.NoTarget ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
