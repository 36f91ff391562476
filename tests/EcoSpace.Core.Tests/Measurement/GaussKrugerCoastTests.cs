using System.Text.Json;
using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Measurement;
using EcoSpace.Tests;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace EcoSpace.Core.Tests.Measurement;

/// <summary>
/// The GSHHG mainland coast of Lianyungang (feature 0 of
/// ../shared/data/coast/lianyungang-coast-gshhg-full.geojson, 1 232 vertices, so the projection runs
/// in several blocks) measured against PROJ.
/// </summary>
public class GaussKrugerCoastTests
{
    private static LineString MainlandCoast()
    {
        string path = Path.Combine(TestRepository.SharedData, "coast", "lianyungang-coast-gshhg-full.geojson");
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        JsonElement coordinates = doc.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates");
        var lonLat = new List<double>();
        foreach (JsonElement position in coordinates.EnumerateArray())
        {
            lonLat.Add(position[0].GetDouble());
            lonLat.Add(position[1].GetDouble());
        }
        GeometryFactory factory = Cgcs2000.Factory;
        return factory.CreateLineString(PackedCoordinateSequenceFactory.DoubleFactory.Create(lonLat.ToArray(), 2, 0));
    }

    [Fact]
    public void TheMainlandCoastMeasuresAsProjDoesInZoneCm120()
    {
        // /usr/bin/python3 (Debian python3-pyproj):
        //   import json, math
        //   from pyproj import Transformer, Geod
        //   c = json.load(open('lianyungang-coast-gshhg-full.geojson'))['features'][0]['geometry']['coordinates']
        //   xs, ys = Transformer.from_crs(4490, 4549, always_xy=True).transform([p[0] for p in c], [p[1] for p in c])
        //   print(repr(sum(math.hypot(xs[i + 1] - xs[i], ys[i + 1] - ys[i]) for i in range(len(xs) - 1))))
        //   print(repr(Geod(ellps='GRS80').line_length([p[0] for p in c], [p[1] for p in c])))
        LineString coast = MainlandCoast();
        Assert.Equal(1232, coast.NumPoints);

        GaussKrugerLengthResult? result = GaussKrugerLength.Measure(coast);

        Assert.Equal(4549, result?.Epsg); // envelope centre 119.56 E
        Assert.Equal(224296.74940155484, result!.Value.LengthMeters, 0.001);
        // Within 0.5-1.5° of CM 120E the plane reads 8.6 m (0.004 %) longer than the geodesic length.
        Assert.Equal(224288.184726179, GeodesicMeasure.LengthMeters(coast), 0.001);
    }
}
