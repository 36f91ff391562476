using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Geodesy;

public static partial class GeodesicMeasure
{
    // Lines are cut into runs of this many edges so that one 340 000-vertex coastline keeps every
    // core busy. Runs overlap by one vertex, so every edge is measured exactly once; the cut points
    // do not depend on the core count, so results are the same on any machine.
    private const int EdgesPerRun = 16_384;

    /// <summary>
    /// <see cref="LengthMeters(Geometry, Ellipsoid?)"/> of every geometry, on all cores. Element i is
    /// the length of <paramref name="geometries"/>[i]; the figures are identical to measuring one by one
    /// up to the last bits of long lines, whose runs are summed separately, and do not depend on the
    /// number of cores.
    /// </summary>
    public static double[] LengthsMeters(IReadOnlyList<Geometry> geometries, Ellipsoid? ellipsoid = null)
    {
        ArgumentNullException.ThrowIfNull(geometries);
        Geodesic earth = Geodesic.For(ellipsoid ?? Ellipsoid.Grs80);
        var runs = new List<Run>();
        for (int g = 0; g < geometries.Count; g++)
        {
            foreach (Geometry part in Parts(geometries[g]))
            {
                if (part is LineString line)
                    AddRuns(runs, g, line.CoordinateSequence);
                else if (part is Polygon polygon)
                    foreach (LineString ring in polygon.InteriorRings.Prepend(polygon.ExteriorRing))
                        AddRuns(runs, g, ring.CoordinateSequence);
            }
        }

        var runLengths = new double[runs.Count];
        Parallel.For(0, runs.Count, r =>
        {
            Run run = runs[r];
            runLengths[r] = PathLengthMeters(run.Points, run.First, run.Count, earth);
        });

        var lengths = new double[geometries.Count];
        for (int r = 0; r < runs.Count; r++)
            lengths[runs[r].Geometry] += runLengths[r];
        return lengths;
    }

    private static void AddRuns(List<Run> runs, int geometry, CoordinateSequence points)
    {
        int edges = points.Count - 1;
        for (int first = 0; first < edges; first += EdgesPerRun)
            runs.Add(new Run(geometry, points, first, Math.Min(EdgesPerRun, edges - first) + 1));
    }

    private readonly record struct Run(int Geometry, CoordinateSequence Points, int First, int Count);
}
