using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Geodesy;

/// <summary>
/// Geodesic lengths and areas of lon/lat geometries (x = longitude, degrees) on an ellipsoid,
/// GRS 80 (CGCS2000) unless given. Edges are geodesics, as in PROJ's geod, PostGIS geography and
/// QGIS: never a sphere, never planar degrees. Z is ignored; empty geometries measure 0.
/// Thread-safe.
/// </summary>
public static partial class GeodesicMeasure
{
    /// <summary>
    /// Length in metres: lines sum their parts; polygons give the perimeter of all their rings;
    /// points give 0; collections sum their members.
    /// </summary>
    public static double LengthMeters(Geometry geometry, Ellipsoid? ellipsoid = null)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        Geodesic earth = Geodesic.For(ellipsoid ?? Ellipsoid.Grs80);
        double sum = 0;
        foreach (Geometry part in Parts(geometry))
        {
            if (part is LineString line)
                sum += PathLengthMeters(line.CoordinateSequence, earth);
            else if (part is Polygon polygon)
                sum += RingsLengthMeters(polygon, earth);
        }
        return sum;
    }

    /// <summary>The perimeter in metres of polygons (all rings, holes included); 0 for lines and points.</summary>
    public static double PerimeterMeters(Geometry geometry, Ellipsoid? ellipsoid = null)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        Geodesic earth = Geodesic.For(ellipsoid ?? Ellipsoid.Grs80);
        double sum = 0;
        foreach (Polygon polygon in Parts(geometry).OfType<Polygon>())
            sum += RingsLengthMeters(polygon, earth);
        return sum;
    }

    /// <summary>
    /// Area in square metres: for each polygon |shell| − Σ|holes| whatever the ring orientation;
    /// multi-polygons and collections sum their members; lines and points give 0.
    /// </summary>
    public static double AreaSquareMeters(Geometry geometry, Ellipsoid? ellipsoid = null) =>
        Measure(geometry, ellipsoid, linesToo: false).AreaSquareMeters;

    /// <summary>
    /// Length, area and perimeter together, in one pass over the vertices (each as the methods
    /// above define it: polygons count their rings in the length too).
    /// </summary>
    public static GeodesicMeasures Measure(Geometry geometry, Ellipsoid? ellipsoid = null) =>
        Measure(geometry, ellipsoid, linesToo: true);

    /// <summary>
    /// The area in square metres enclosed by one ring (closed or not): positive when
    /// counter-clockwise if <paramref name="signed"/>, else its absolute value.
    /// </summary>
    public static double RingAreaSquareMeters(CoordinateSequence ring, bool signed = false, Ellipsoid? ellipsoid = null)
    {
        ArgumentNullException.ThrowIfNull(ring);
        double area = Measure(Geodesic.For(ellipsoid ?? Ellipsoid.Grs80).Polygon(), ring).AreaSquareMeters;
        return signed ? area : Math.Abs(area);
    }

    /// <summary>The length in metres of the path through the points in order.</summary>
    public static double PathLengthMeters(CoordinateSequence points, Ellipsoid? ellipsoid = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        return PathLengthMeters(points, Geodesic.For(ellipsoid ?? Ellipsoid.Grs80));
    }

    /// <summary>The length in metres of each edge of the path: element i is the distance from point i to point i + 1.</summary>
    public static double[] EdgeLengthsMeters(CoordinateSequence points, Ellipsoid? ellipsoid = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        var lengths = new double[Math.Max(0, points.Count - 1)];
        var writer = new EdgeWriter(lengths);
        ForEachEdge(points, 0, points.Count, Geodesic.For(ellipsoid ?? Ellipsoid.Grs80), ref writer);
        return lengths;
    }

    private static GeodesicMeasures Measure(Geometry geometry, Ellipsoid? ellipsoid, bool linesToo)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        Geodesic earth = Geodesic.For(ellipsoid ?? Ellipsoid.Grs80);
        GeodesicPolygon ring = earth.Polygon();
        double length = 0, area = 0, perimeter = 0;
        foreach (Geometry part in Parts(geometry))
        {
            if (part is LineString line && linesToo)
            {
                length += PathLengthMeters(line.CoordinateSequence, earth);
            }
            else if (part is Polygon polygon)
            {
                GeodesicPolygonResult shell = Measure(ring, polygon.ExteriorRing.CoordinateSequence);
                area += Math.Abs(shell.AreaSquareMeters);
                perimeter += shell.PerimeterMeters;
                foreach (LineString hole in polygon.InteriorRings)
                {
                    GeodesicPolygonResult inner = Measure(ring, hole.CoordinateSequence);
                    area -= Math.Abs(inner.AreaSquareMeters);
                    perimeter += inner.PerimeterMeters;
                }
            }
        }
        return new GeodesicMeasures(length + perimeter, area, perimeter);
    }

    private static double RingsLengthMeters(Polygon polygon, Geodesic earth)
    {
        double sum = PathLengthMeters(polygon.ExteriorRing.CoordinateSequence, earth);
        foreach (LineString hole in polygon.InteriorRings)
            sum += PathLengthMeters(hole.CoordinateSequence, earth);
        return sum;
    }

    private static double PathLengthMeters(CoordinateSequence points, Geodesic earth) =>
        PathLengthMeters(points, 0, points.Count, earth);

    /// <summary>The length of the path through <paramref name="count"/> points from <paramref name="first"/> on.</summary>
    private static double PathLengthMeters(CoordinateSequence points, int first, int count, Geodesic earth)
    {
        var sum = new CompensatedSum();
        ForEachEdge(points, first, count, earth, ref sum);
        return sum.Value;
    }

    /// <summary>
    /// Hands the length of each edge between <paramref name="count"/> points from <paramref name="first"/>
    /// on, in order, to <paramref name="sink"/> (edge numbers count from 0 at <paramref name="first"/>).
    /// </summary>
    private static void ForEachEdge<TSink>(CoordinateSequence points, int first, int count, Geodesic earth, ref TSink sink)
        where TSink : struct, IEdgeSink
    {
        if (count < 2) return;
        double lon1 = points.GetX(first);
        LatitudeTerms end1 = earth.Latitude(points.GetY(first)); // each vertex's terms serve two edges
        int i = 1; // the next edge ends at vertex first + i
        if (count > EdgeBatch.Edges)
        {
            EdgeBatch batch = default;
            Span<double> distances = stackalloc double[EdgeBatch.Edges];
            batch.Set(0, lon1, end1);
            for (; i + EdgeBatch.Edges <= count; i += EdgeBatch.Edges)
            {
                for (int k = 0; k < EdgeBatch.Edges; k++)
                    batch.Set(k + 1, points.GetX(first + i + k), earth.Latitude(points.GetY(first + i + k)));
                earth.Distances(ref batch, distances);
                for (int k = 0; k < EdgeBatch.Edges; k++)
                    sink.Add(i - 1 + k, distances[k]);
                batch.ShiftLastToFirst();
            }
            lon1 = batch.Lon[0];
            end1 = batch.Vertex(0);
        }
        for (; i < count; i++)
        {
            double lon2 = points.GetX(first + i);
            LatitudeTerms end2 = earth.Latitude(points.GetY(first + i));
            sink.Add(i - 1, earth.DistanceMeters(end1, lon1, end2, lon2));
            lon1 = lon2;
            end1 = end2;
        }
    }

    private interface IEdgeSink
    {
        void Add(int edge, double meters);
    }

    private struct EdgeWriter(double[] lengths) : IEdgeSink
    {
        public readonly void Add(int edge, double meters) => lengths[edge] = meters;
    }

    /// <summary>Kahan summation: long coastlines add up hundreds of thousands of short edges.</summary>
    private struct CompensatedSum : IEdgeSink
    {
        private double _compensation;

        public double Value { get; private set; }

        public void Add(int edge, double x)
        {
            double y = x - _compensation;
            double t = Value + y;
            _compensation = (t - Value) - y;
            Value = t;
        }
    }

    private static GeodesicPolygonResult Measure(GeodesicPolygon polygon, CoordinateSequence ring)
    {
        polygon.Clear();
        int count = ring.Count;
        // A closing vertex equal to the first would only add a zero-length edge.
        if (count > 1 && ring.GetX(0) == ring.GetX(count - 1) && ring.GetY(0) == ring.GetY(count - 1))
            count--;
        for (int i = 0; i < count; i++)
            polygon.AddPoint(ring.GetY(i), ring.GetX(i));
        return polygon.Compute(reverse: false, signed: true);
    }

    /// <summary>The lines, polygons and points of a geometry, collections (multi-geometries too) flattened.</summary>
    private static IEnumerable<Geometry> Parts(Geometry geometry)
    {
        if (geometry is GeometryCollection collection)
        {
            foreach (Geometry member in collection.Geometries)
                foreach (Geometry part in Parts(member))
                    yield return part;
        }
        else
        {
            yield return geometry;
        }
    }
}

/// <summary>The result of <see cref="GeodesicMeasure.Measure(Geometry, Ellipsoid?)"/>.</summary>
public readonly record struct GeodesicMeasures(double LengthMeters, double AreaSquareMeters, double PerimeterMeters);
