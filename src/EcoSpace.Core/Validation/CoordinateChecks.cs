using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Validation;

/// <summary>
/// Checks that coordinates are finite longitude/latitude and not apparently swapped
/// (DOMAIN.md §5: |y| > 90, or x within China's latitudes while y is within its longitudes).
/// </summary>
public static class CoordinateChecks
{
    // China's extent, generously rounded: latitudes 3..54 N, longitudes 73..136 E.
    private const double ChinaMinLatitude = 3, ChinaMaxLatitude = 54;
    private const double ChinaMinLongitude = 73, ChinaMaxLongitude = 136;

    public static IEnumerable<ValidationIssue> Check(Geometry geometry)
    {
        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y))
            {
                yield return ValidationIssue.Error(IssueCodes.CoordinateNotFinite, "coordinate is not a finite number", location: c);
                yield break;
            }
        }

        var env = geometry.EnvelopeInternal;
        if (env.IsNull)
            yield break;

        if (Math.Abs(env.MinY) > 90 || Math.Abs(env.MaxY) > 90)
        {
            var bad = geometry.Coordinates.First(c => Math.Abs(c.Y) > 90);
            var hint = Math.Abs(bad.X) <= 90 && Math.Abs(bad.Y) <= 180
                ? "; it looks like latitude/longitude swapped: GeoJSON positions are [longitude, latitude]"
                : "";
            yield return ValidationIssue.Error(IssueCodes.CoordinateRange, $"latitude {bad.Y} is outside -90..90{hint}", location: bad);
            yield break;
        }

        if (Math.Abs(env.MinX) > 180 || Math.Abs(env.MaxX) > 180)
        {
            var bad = geometry.Coordinates.First(c => Math.Abs(c.X) > 180);
            yield return ValidationIssue.Error(IssueCodes.CoordinateRange,
                $"longitude {bad.X} is outside -180..180 (projected coordinates need a 'crs' member naming their CRS)", location: bad);
            yield break;
        }

        bool xLooksLikeChineseLatitude = env.MinX >= ChinaMinLatitude && env.MaxX <= ChinaMaxLatitude;
        bool yLooksLikeChineseLongitude = env.MinY >= ChinaMinLongitude && env.MaxY <= ChinaMaxLongitude;
        if (xLooksLikeChineseLatitude && yLooksLikeChineseLongitude)
        {
            var first = geometry.Coordinates[0];
            yield return ValidationIssue.Error(IssueCodes.CoordinateSwapped,
                $"coordinates look like latitude/longitude swapped ({first.X}, {first.Y} reads as {first.Y} E, {first.X} N " +
                "only the other way round): GeoJSON positions are [longitude, latitude]", location: first);
        }
    }
}
