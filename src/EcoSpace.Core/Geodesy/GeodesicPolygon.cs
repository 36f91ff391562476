// Port of GeographicLib (C. F. F. Karney), MIT licence: polygonarea.py (GeographicLib::PolygonArea),
// polygon mode. Karney (2013) section 6.

namespace EcoSpace.Core.Geodesy;

/// <summary>
/// The area and perimeter of a geodesic polygon, built vertex by vertex (degrees, latitude first).
/// Edges are geodesics; the ring is closed implicitly (a repeated first vertex adds nothing).
/// Area sums S12 over the edges and counts crossings of the prime meridian, so polygons that
/// encircle a pole come out right. Not thread-safe; the <see cref="Geodesic"/> it uses is.
/// </summary>
public sealed class GeodesicPolygon
{
    private readonly Geodesic _earth;
    private readonly double _area0;
    private Accumulator _areasum;
    private Accumulator _perimetersum;
    private int _crossings;
    private double _lon0 = double.NaN, _lon1 = double.NaN;
    private LatitudeTerms _lat0, _lat1; // of the first and the last vertex

    public GeodesicPolygon(Geodesic earth)
    {
        ArgumentNullException.ThrowIfNull(earth);
        _earth = earth;
        _area0 = earth.EllipsoidAreaSquareMeters;
    }

    /// <summary>The number of vertices added so far.</summary>
    public int PointCount { get; private set; }

    public void Clear()
    {
        PointCount = 0;
        _crossings = 0;
        _areasum.Set(0);
        _perimetersum.Set(0);
        _lon0 = _lon1 = double.NaN;
        _lat0 = _lat1 = default;
    }

    /// <summary>Adds the next vertex, and with it the edge from the previous one.</summary>
    public void AddPoint(double latDegrees, double lonDegrees)
    {
        LatitudeTerms lat = _earth.Latitude(latDegrees);
        if (PointCount == 0)
        {
            _lat0 = _lat1 = lat;
            _lon0 = _lon1 = lonDegrees;
        }
        else
        {
            double s12 = _earth.DistanceAndArea(_lat1, _lon1, lat, lonDegrees, out double S12);
            _perimetersum.Add(s12);
            _areasum.Add(S12);
            _crossings += Transit(_lon1, lonDegrees);
            _lat1 = lat;
            _lon1 = lonDegrees;
        }
        PointCount++;
    }

    /// <summary>
    /// The perimeter and area so far, closing the ring. Counter-clockwise is positive unless
    /// <paramref name="reverse"/>. With <paramref name="signed"/> a ring traversed the "wrong" way
    /// gets a negative area; without it, the area of the rest of the ellipsoid.
    /// </summary>
    public GeodesicPolygonResult Compute(bool reverse = false, bool signed = true)
    {
        if (PointCount < 2)
            return new GeodesicPolygonResult(PointCount, 0.0, 0.0);

        double s12 = _earth.DistanceAndArea(_lat1, _lon1, _lat0, _lon0, out double S12);
        double perimeter = _perimetersum.Sum(s12);
        Accumulator tempsum = _areasum;
        tempsum.Add(S12);
        int crossings = _crossings + Transit(_lon1, _lon0);
        double area = ReduceArea(ref tempsum, _area0, crossings, reverse, signed);
        return new GeodesicPolygonResult(PointCount, perimeter, area);
    }

    /// <summary>+1 or −1 when the edge lon1 → lon2 crosses the prime meridian eastward or westward.</summary>
    private static int Transit(double lon1, double lon2)
    {
        double lon12 = GeoMath.AngDiff(lon1, lon2, out _);
        lon1 = GeoMath.AngNormalize(lon1);
        lon2 = GeoMath.AngNormalize(lon2);
        if (lon12 > 0 && ((lon1 < 0 && 0 <= lon2) || (lon1 > 0 && lon2 == 0))) return 1;
        if (lon12 < 0 && lon2 < 0 && 0 <= lon1) return -1;
        return 0;
    }

    /// <summary>Reduces the summed area to the allowed range, allowing for the meridian crossings.</summary>
    private static double ReduceArea(ref Accumulator area, double area0, int crossings, bool reverse, bool signed)
    {
        area.Remainder(area0);
        if ((crossings & 1) != 0)
            area.Add((area.Sum() < 0 ? 1 : -1) * area0 / 2);
        if (!reverse) area.Negate();
        if (signed)
        {
            if (area.Sum() > area0 / 2) area.Add(-area0);
            else if (area.Sum() <= -area0 / 2) area.Add(area0);
        }
        else
        {
            if (area.Sum() >= area0) area.Add(-area0);
            else if (area.Sum() < 0) area.Add(area0);
        }
        return 0.0 + area.Sum();
    }
}

/// <summary>The result of <see cref="GeodesicPolygon.Compute"/>.</summary>
public readonly record struct GeodesicPolygonResult(int PointCount, double PerimeterMeters, double AreaSquareMeters);
