namespace EcoSpace.Formats.GeoJson;

/// <summary>Stable codes of the problems the GeoJSON reader reports (next to Core's IssueCodes).</summary>
public static class GeoJsonIssueCodes
{
    // Errors: the feature cannot be made.
    public const string NotAFeature = "geojson_not_a_feature";
    public const string UnknownType = "geojson_unknown_type";
    public const string WrongJsonType = "geojson_wrong_json_type";
    public const string MissingMember = "geojson_missing_member";
    public const string DuplicateMember = "geojson_duplicate_member";
    public const string GeometryNull = "geojson_geometry_null";
    public const string BadPosition = "geojson_bad_position";
    public const string TooFewPositions = "geojson_too_few_positions";
    public const string RingNotClosed = "geojson_ring_not_closed";
    public const string CollectionDoesNotFit = "geojson_collection_does_not_fit";
    public const string CrsConflict = "geojson_crs_conflict";
    public const string NotUtf8 = "geojson_not_utf8";

    // Warnings: the feature is read, changed or completed as said.
    public const string ZDropped = "geojson_z_dropped";
    public const string RingReversed = "geojson_ring_reversed";
    public const string PropertiesNull = "geojson_properties_null";
    public const string IdConverted = "geojson_id_converted";
    public const string CollectionExploded = "geojson_collection_exploded";
}
