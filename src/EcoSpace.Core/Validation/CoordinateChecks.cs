using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Validation;

/// <summary>
/// Checks that coordinates are finite longitude/latitude and not apparently swapped
/// (DOMAIN.md §5: |y| > 90, or x within China's latitudes while y is within its longitudes).
/// </summary>
/// <remarks>
/// The vertices are read through coordinate sequence filters: <see cref="Geometry.Coordinates"/>
/// would copy every vertex of a large coastline into new Coordinate objects first.
/// </remarks>
public static class CoordinateChecks
{
    // China's extent, generously rounded: latitudes 3..54 N, longitudes 73..136 E.
    private const double ChinaMinLatitude = 3, ChinaMaxLatitude = 54;
    private const double ChinaMinLongitude = 73, ChinaMaxLongitude = 136;

    public static IEnumerable<ValidationIssue> Check(Geometry geometry)
    {
        if (FirstWhere(geometry, static (x, y) => !double.IsFinite(x) || !double.IsFinite(y)) is { } notFinite)
        {
            yield return ValidationIssue.Error(IssueCodes.CoordinateNotFinite, "coordinate is not a finite number", location: notFinite);
            yield break;
        }

        var env = geometry.EnvelopeInternal;
        if (env.IsNull)
            yield break;

        if (Math.Abs(env.MinY) > 90 || Math.Abs(env.MaxY) > 90)
        {
            var bad = FirstWhere(geometry, static (_, y) => Math.Abs(y) > 90)!;
            var hint = Math.Abs(bad.X) <= 90 && Math.Abs(bad.Y) <= 180
                ? "; it looks like latitude/longitude swapped: GeoJSON positions are [longitude, latitude]"
                : "";
            yield return ValidationIssue.Error(IssueCodes.CoordinateRange, $"latitude {bad.Y} is outside -90..90{hint}", location: bad);
            yield break;
        }

        if (Math.Abs(env.MinX) > 180 || Math.Abs(env.MaxX) > 180)
        {
            var bad = FirstWhere(geometry, static (x, _) => Math.Abs(x) > 180)!;
            yield return ValidationIssue.Error(IssueCodes.CoordinateRange,
                $"longitude {bad.X} is outside -180..180 (projected coordinates need a 'crs' member naming their CRS)", location: bad);
            yield break;
        }

        bool xLooksLikeChineseLatitude = env.MinX >= ChinaMinLatitude && env.MaxX <= ChinaMaxLatitude;
        bool yLooksLikeChineseLongitude = env.MinY >= ChinaMinLongitude && env.MaxY <= ChinaMaxLongitude;
        if (xLooksLikeChineseLatitude && yLooksLikeChineseLongitude)
        {
            var first = FirstWhere(geometry, static (_, _) => true)!;
            yield return ValidationIssue.Error(IssueCodes.CoordinateSwapped,
                $"coordinates look like latitude/longitude swapped ({first.X}, {first.Y} reads as {first.Y} E, {first.X} N " +
                "only the other way round): GeoJSON positions are [longitude, latitude]", location: first);
        }
    }

    /// <summary>The first vertex (in <see cref="Geometry.Coordinates"/> order) that matches, or null.</summary>
    private static Coordinate? FirstWhere(Geometry geometry, Func<double, double, bool> match)
    {
        var filter = new FirstMatchFilter(match);
        geometry.Apply(filter);
        return filter.Found;
    }

    private sealed class FirstMatchFilter(Func<double, double, bool> match) : IEntireCoordinateSequenceFilter
    {
        public Coordinate? Found { get; private set; }

        public bool Done => Found is not null;

        public bool GeometryChanged => false;

        public void Filter(CoordinateSequence seq)
        {
            for (int i = 0, n = seq.Count; i < n; i++)
            {
                if (match(seq.GetX(i), seq.GetY(i)))
                {
                    Found = seq.GetCoordinateCopy(i);
                    return;
                }
            }
        }
    }
}
