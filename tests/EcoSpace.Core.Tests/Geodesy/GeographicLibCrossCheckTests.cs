using EcoSpace.Core.Geodesy;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Tests.Geodesy;

/// <summary>
/// A few geodesics and polygons on GRS80 computed once with Karney's own Python package
/// (Debian python3-geographiclib 2.0) by this script, run as /usr/bin/python3 crosscheck.py:
/// <code>
/// from geographiclib.geodesic import Geodesic
/// g = Geodesic(6378137, 1/298.257222101)
/// for lat1, lon1, lat2, lon2 in [...the InlineData below...]:
///     r = g.Inverse(lat1, lon1, lat2, lon2)
///     print(r['s12'], r['azi1'], r['azi2'])
/// for pts in [...the polygons below...]:
///     p = g.Polygon()
///     for lat, lon in pts: p.AddPoint(lat, lon)
///     n, perim, area = p.Compute(False, True)
///     print(repr(perim), repr(area))
/// </code>
/// </summary>
public class GeographicLibCrossCheckTests
{
    [Theory]
    [InlineData(34.762, 119.47, 34.871, 119.279, 21250.67575388709, -55.26328237084362, -55.372333942144095)] // 连岛 to 秦山岛
    [InlineData(35.09, 119.3, 34.47, 119.79, 82111.5319125547, 146.7523327452793, 147.03184718320622)] // 绣针河口 to 灌河口
    [InlineData(31.2304, 121.4737, -33.8688, 151.2093, 7852844.419098061, 154.03337071957552, 153.20188801636903)] // Shanghai to Sydney
    [InlineData(-12.5, 45.25, 11.75, -135.5, 19899276.85081577, 149.38866981780285, 30.51678322313547)] // nearly antipodal
    [InlineData(22.3, 113.9, 22.3, -66.1, 15069891.120409125, -0.0, -180.0)] // over the pole
    [InlineData(0.0, -179.5, 0.0, 179.25, 139149.36349159197, -90.0, -90.0)] // equator, across the antimeridian
    [InlineData(10.0, 20.0, 55.5, 20.0, 5047039.542123851, 0.0, 0.0)] // meridian
    [InlineData(-70.0, 0.0, 89.999, 180.0, 17771058.150865544, 0.0, 180.0)] // meridian, near the pole
    [InlineData(39.9, 116.4, 40.71, -74.0, 11015426.935350558, 7.9486918653956895, 171.9551641391969)] // Beijing to New York
    public void InverseMatchesGeographicLibToTheNanometre(
        double lat1, double lon1, double lat2, double lon2, double s12, double azi1, double azi2)
    {
        GeodesicInverse r = Geodesic.Grs80.Inverse(lat1, lon1, lat2, lon2);
        Assert.Equal(s12, r.DistanceMeters, 1e-8);
        Assert.Equal(azi1, r.Azimuth1Degrees, 1e-11);
        Assert.Equal(azi2, r.Azimuth2Degrees, 1e-11);
        Assert.Equal(s12, Geodesic.Grs80.DistanceMeters(lat1, lon1, lat2, lon2), 1e-8);
    }

    public static TheoryData<double[], double, double> Polygons() => new()
    {
        // lat, lon pairs; perimeter (m); signed area (m², counter-clockwise positive)
        { [34.70, 119.20, 34.70, 119.40, 34.90, 119.40, 34.90, 119.20], 80978.59812270023, 406072107.65119934 },
        { [51.0, -1.0, 51.5, 0.5, 52.0, -0.5], 323809.827225253, 4826736894.678528 }, // across the prime meridian
        { [80.0, 0.0, 80.0, 120.0, 80.0, -120.0], 5795767.806858588, 1634782820912.9375 }, // around the pole
    };

    [Theory]
    [MemberData(nameof(Polygons))]
    public void PolygonAreaMatchesGeographicLib(double[] latLon, double perimeterMeters, double areaSquareMeters)
    {
        GeodesicPolygon polygon = Geodesic.Grs80.Polygon();
        for (int i = 0; i < latLon.Length; i += 2)
            polygon.AddPoint(latLon[i], latLon[i + 1]);
        GeodesicPolygonResult r = polygon.Compute();
        Assert.Equal(perimeterMeters, r.PerimeterMeters, 1e-8);
        Assert.Equal(areaSquareMeters, r.AreaSquareMeters, Math.Abs(areaSquareMeters) * 1e-12);

        // The same ring as NTS coordinates (x = lon), closed, either way round.
        var ring = new List<Coordinate>();
        for (int i = 0; i < latLon.Length; i += 2)
            ring.Add(new Coordinate(latLon[i + 1], latLon[i]));
        ring.Add(ring[0]);
        var sequence = new GeometryFactory().CreateLineString([.. ring]).CoordinateSequence;
        Assert.Equal(areaSquareMeters, GeodesicMeasure.RingAreaSquareMeters(sequence, signed: true), Math.Abs(areaSquareMeters) * 1e-12);
        ring.Reverse();
        sequence = new GeometryFactory().CreateLineString([.. ring]).CoordinateSequence;
        Assert.Equal(-areaSquareMeters, GeodesicMeasure.RingAreaSquareMeters(sequence, signed: true), Math.Abs(areaSquareMeters) * 1e-12);
        Assert.Equal(areaSquareMeters, GeodesicMeasure.RingAreaSquareMeters(sequence), Math.Abs(areaSquareMeters) * 1e-12);
    }
}
