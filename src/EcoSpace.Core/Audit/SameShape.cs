using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Audit;

/// <summary>
/// Whether two geometries have exactly the same coordinates, part by part, once a Polygon and a
/// one-part MultiPolygon count as the same (the store keeps polygons as MultiPolygon, a GeoJSON file
/// often has Polygon). No tolerance: any moved vertex is a change.
/// </summary>
internal static class SameShape
{
    public static bool Test(Geometry a, Geometry b)
    {
        if (a.IsEmpty || b.IsEmpty)
            return a.IsEmpty && b.IsEmpty;
        var partsA = Parts(a);
        var partsB = Parts(b);
        return partsA.Count == partsB.Count && partsA.Zip(partsB).All(p => p.First.EqualsExact(p.Second));
    }

    private static List<Geometry> Parts(Geometry geometry)
    {
        var parts = new List<Geometry>();
        Add(geometry, parts);
        return parts;
    }

    private static void Add(Geometry geometry, List<Geometry> parts)
    {
        if (geometry is GeometryCollection collection)
        {
            foreach (var member in collection.Geometries)
                Add(member, parts);
        }
        else
        {
            parts.Add(geometry);
        }
    }
}
