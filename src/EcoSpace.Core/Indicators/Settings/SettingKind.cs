namespace EcoSpace.Core.Indicators.Settings;

/// <summary>What a setting's value is, which decides how its text is read and checked.</summary>
public enum SettingKind
{
    /// <summary>Comma-separated codes of one property's code list, or <c>*</c> for every segment.</summary>
    CodeSet,

    /// <summary>A ratio 0..1, written <c>0.35</c> or <c>35%</c>; <c>none</c> for no target.</summary>
    RatioTarget,

    /// <summary>A non-negative number in the unit the setting names; <c>none</c> for no target.</summary>
    AmountTarget,

    /// <summary><c>GRS80</c> (CGCS2000) or <c>WGS84</c>.</summary>
    Ellipsoid,
}
