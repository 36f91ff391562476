namespace EcoSpace.Core.Validation;

/// <summary>Stable identifiers of the checks, for scripts reading --json output.</summary>
public static class IssueCodes
{
    public const string GeometryType = "geometry_type";
    public const string GeometryEmpty = "geometry_empty";
    public const string GeometryInvalid = "geometry_invalid";
    public const string CoordinateNotFinite = "coordinate_not_finite";
    public const string CoordinateRange = "coordinate_out_of_range";
    public const string CoordinateSwapped = "coordinate_swapped";
    public const string PropertyType = "property_type";
    public const string PropertyCode = "property_code";
    public const string PropertyDate = "property_date";
    public const string PropertyRegion = "property_region";
    public const string PropertyMissing = "property_missing";
}
