using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Overlay;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace EcoSpace.Core.Tests.Overlay;

/// <summary>
/// Overlaps cuts polygon pairs to their common envelope before the overlay, for speed. A review found
/// pairs where a cut ring's zero-width spike made OverlayNG read the ring inside out (area 57 % low)
/// or throw. These are those pairs, with areas from shapely + pyproj (/usr/bin/python3:
/// <c>Geod(a=6378137, f=1/298.257222101).polygon_area_perimeter</c> over <c>a.intersection(b)</c>,
/// |shell| − |holes|), and random pairs against the overlay of the whole geometries.
/// </summary>
public class ClippedOverlapTests
{
    private static readonly WKTReader Wkt = new(Cgcs2000.Factory.GeometryServices);

    private static EcoFeature Feature(string id, string kind, Geometry geometry) => new(id, kind, geometry, new JsonObject());

    [Fact]
    public void ASpikeAtTheCutRingsHighestPointDoesNotTurnThePolygonInsideOut()
    {
        var development = Wkt.Read("POLYGON((119.30640992243234 34.503966867124646,119.30522367278054 34.505647531063595,119.30574705827875 34.50991538921637,119.30231267744783 34.51040361910425,119.29846853337737 34.51062511996628,119.29676090409279 34.507172184965654,119.298755080392 34.503966867124646,119.29902410619933 34.50206820962907,119.30085624275303 34.50144424823535,119.30231267744783 34.49845571572355,119.30487900918018 34.49952185017514,119.30436443012687 34.50278228716309,119.30640992243234 34.503966867124646))");
        var redLine = Wkt.Read("POLYGON((119.31519654169175 34.509109443844814,119.31364867076415 34.51206268995817,119.31044089276644 34.512413147713424,119.30853349844857 34.51125107904582,119.30623484555456 34.51309082744619,119.30659133308842 34.51023075353831,119.30222743726532 34.509109443844814,119.30295643694143 34.50588952588238,119.30705596921781 34.50655028814749,119.30853349844857 34.50188780415984,119.30953574574717 34.50737350060189,119.31262833488562 34.50674528892559,119.31519654169175 34.509109443844814))");

        var overlap = Assert.Single(Overlaps.Between([Feature("d", "development", development)], [Feature("r", "red_line", redLine)]).Overlaps);

        Assert.Equal(105038.62973280251, overlap.AreaSquareMeters!.Value, 105038.6 * 1e-6);
    }

    [Fact]
    public void APairThatMadeTheCutOverlayThrowIsStillMeasured()
    {
        var development = Wkt.Read("POLYGON((119.30683920462556 34.506090068938974,119.30663000782087 34.502792972863666,119.30227507314234 34.49920928911427,119.30033751604881 34.50453526758152,119.30187308100811 34.5072077944737,119.30281802792449 34.510894421719996,119.3042645445497 34.509177880962994,119.30444857677116 34.51199588637442,119.30901787792894 34.50900810111776,119.31222914906333 34.51243698733031,119.31543496329198 34.51013878314968,119.31152396155778 34.50626796343656,119.31286974260158 34.504045710958984,119.3125630516029 34.49936779496734,119.30903583197417 34.503652698882796,119.30680025551415 34.50325402244463,119.30745517331871 34.505693431251395,119.30683920462556 34.506090068938974))");
        var redLine = Wkt.Read("POLYGON((119.30890838788213 34.501705595414016,119.30564679434977 34.50359341911398,119.3037589706498 34.50560072964598,119.30117468831605 34.50428987774776,119.30056662145097 34.501705595414016,119.3004181431179 34.498364767882116,119.3037589706498 34.49471030473556,119.30535427001847 34.50011029604535,119.30890838788213 34.501705595414016),(119.30619988669692 34.50187463827776,119.30531792574425 34.5014787617748,119.3050396162297 34.5013158414467,119.30480256243266 34.50109719854951,119.3046177214241 34.50083293916794,119.30449363690207 34.50053527786615,119.30365115454404 34.49768352633831,119.3025221395973 34.498918532777694,119.30263681230358 34.5014987188986,119.30305301210333 34.503267566786214,119.3040137068386 34.503754869779726,119.30513201593527 34.502565779067595,119.30547328374593 34.50229519904284,119.30619988669692 34.50187463827776))");

        var result = Overlaps.Between([Feature("d", "development", development)], [Feature("r", "red_line", redLine)]);

        Assert.Empty(result.Warnings);
        Assert.Equal(131211.15460535698, Assert.Single(result.Overlaps).AreaSquareMeters!.Value, 131211.2 * 1e-6);
    }

    [Fact]
    public void RandomPairsMeasureAsTheOverlayOfTheWholeGeometries()
    {
        var random = new Random(20261123);
        var a = new List<EcoFeature>();
        var b = new List<EcoFeature>();
        for (int k = 0; k < 400; k++)
        {
            double x = 119 + random.NextDouble(), y = 34 + random.NextDouble();
            a.Add(Feature($"a{k}", "development", Star(random, x, y)));
            b.Add(Feature($"b{k}", "red_line", Star(random, x + (random.NextDouble() - 0.5) * 0.01, y + (random.NextDouble() - 0.5) * 0.01)));
        }

        var result = Overlaps.Between(a, b, new OverlapOptions { SliverAreaSquareMeters = 0 }, (p, q) => p.Id[1..] == q.Id[1..]);
        var found = result.Overlaps.ToDictionary(o => o.A.Id[1..], o => o.AreaSquareMeters!.Value);

        for (int k = 0; k < a.Count; k++)
        {
            double expected = GeodesicMeasure.AreaSquareMeters(OverlayNGRobust.Overlay(a[k].Geometry, b[k].Geometry, SpatialFunction.Intersection));
            double actual = found.GetValueOrDefault(k.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // A cut adds a vertex where an edge crosses the box: on the lon/lat chord, not on the geodesic,
            // which moves the area by about 1e-9 of it; the overlap rule asks for 1e-6.
            Assert.True(Math.Abs(actual - expected) <= Math.Max(1e-4, 1e-7 * expected), $"pair {k}: {actual} m², whole overlay {expected} m²");
        }
    }

    /// <summary>A random star-shaped polygon of 6-24 vertices about 500 m across, with a hole one time in three.</summary>
    private static Polygon Star(Random random, double x, double y)
    {
        int n = random.Next(6, 25);
        var shell = new Coordinate[n + 1];
        for (int i = 0; i < n; i++)
        {
            double angle = 2 * Math.PI * i / n, radius = 0.002 + random.NextDouble() * 0.004;
            shell[i] = new Coordinate(x + radius * Math.Cos(angle), y + radius * Math.Sin(angle));
        }
        shell[n] = shell[0];
        var factory = Cgcs2000.Factory;
        if (random.Next(3) != 0)
            return factory.CreatePolygon(shell);
        var hole = Enumerable.Range(0, 9).Select(i => new Coordinate(x + 0.001 * Math.Cos(-2 * Math.PI * i / 8), y + 0.001 * Math.Sin(-2 * Math.PI * i / 8))).ToArray();
        hole[8] = hole[0];
        return factory.CreatePolygon(factory.CreateLinearRing(shell), [factory.CreateLinearRing(hole)]);
    }
}
