using EcoSpace.Core.Validation;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Union;

namespace EcoSpace.Core.Overlay;

/// <summary>
/// An invalid polygonal geometry made valid as NTS <see cref="GeometryFixer"/> makes it (each polygon
/// fixed, then all of them unioned), but touching only what is broken: invalid polygons are fixed,
/// and only polygons that meet another are unioned, group by group. A province of 71 polygons with
/// one bad ring (DCW Guangxi) is repaired in milliseconds instead of the half-second GeometryFixer
/// spends buffering and unioning every valid island; the point set is the same.
/// </summary>
public static class PolygonRepair
{
    public static Geometry Repair(Geometry polygonal)
    {
        if (polygonal is not MultiPolygon multi)
            return polygonal is Polygon && GeometryChecks.IsValid(polygonal) ? polygonal : GeometryFixer.Fix(polygonal);

        var polygons = Enumerable.Range(0, multi.NumGeometries)
            .Select(i => (Polygon)multi.GetGeometryN(i))
            .SelectMany(FixedPolygons)
            .ToArray();
        var factory = polygonal.Factory;
        var parts = new List<Polygon>();
        foreach (var group in MeetingGroups(polygons))
        {
            if (group.Count == 1)
            {
                parts.Add(polygons[group[0]]);
                continue;
            }
            var union = UnaryUnionOp.Union(factory.BuildGeometry(group.Select(i => polygons[i]).ToArray()));
            parts.AddRange(PolygonsOf(union));
        }
        return factory.CreateMultiPolygon([.. parts]);
    }

    /// <summary>A polygon as it is when valid, else GeometryFixer's polygons for it (none when it collapses).</summary>
    private static IEnumerable<Polygon> FixedPolygons(Polygon polygon) =>
        polygon.IsEmpty ? [] : GeometryChecks.IsValid(polygon) ? [polygon] : PolygonsOf(GeometryFixer.Fix(polygon));

    private static IEnumerable<Polygon> PolygonsOf(Geometry geometry) =>
        Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>().Where(p => !p.IsEmpty);

    /// <summary>
    /// The polygons in groups that meet (intersect or touch, transitively): a valid multipolygon's
    /// parts may touch only at points, so each group of more than one must be unioned.
    /// </summary>
    private static List<List<int>> MeetingGroups(Polygon[] polygons)
    {
        var index = new STRtree<int>();
        for (int i = 0; i < polygons.Length; i++)
            index.Insert(polygons[i].EnvelopeInternal, i);
        index.Build();

        var parent = Enumerable.Range(0, polygons.Length).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (int i = 0; i < polygons.Length; i++)
        {
            IPreparedGeometry? prepared = null;
            foreach (int j in index.Query(polygons[i].EnvelopeInternal))
            {
                if (j <= i || Root(i) == Root(j))
                    continue;
                prepared ??= PreparedGeometryFactory.Prepare(polygons[i]);
                if (prepared.Intersects(polygons[j]))
                    parent[Root(j)] = Root(i);
            }
        }
        return Enumerable.Range(0, polygons.Length).GroupBy(Root).Select(g => g.ToList()).ToList();
    }
}
