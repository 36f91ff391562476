using EcoSpace.Core.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>
/// Keyed polygons (regions, bays), empty ones left out, that cut lines into the piece inside each (DOMAIN.md §3: "segments
/// are cut at admin_region boundaries and each piece is assigned to the region it lies in"). A piece
/// goes to the first zone, in the order given, that holds it, so overlapping zones never count a metre
/// twice; what lies in no zone is the rest. Cutting is planar in lon/lat (OverlayNG, robust); the
/// pieces are then measured geodesically by the caller.
/// </summary>
public sealed class PolygonZones
{
    private readonly IReadOnlyList<Zone> _zones;
    private readonly STRtree<int> _index = new();

    public PolygonZones(IEnumerable<(string Key, string? Label, Geometry Polygon)> zones)
    {
        _zones = zones
            .Where(z => !z.Polygon.IsEmpty)
            .Select(z => new Zone(z.Key, z.Label, z.Polygon, PreparedGeometryFactory.Prepare(z.Polygon)))
            .ToArray();
        for (int i = 0; i < _zones.Count; i++)
            _index.Insert(_zones[i].Polygon.EnvelopeInternal, i);
        _index.Build();
    }

    public int Count => _zones.Count;

    public string Key(int zone) => _zones[zone].Key;

    public string? Label(int zone) => _zones[zone].Label;

    /// <summary>
    /// The pieces of <paramref name="line"/> inside each zone (zone index, piece), in zone order, and
    /// last the rest outside every zone (index −1), when there is any.
    /// </summary>
    public IReadOnlyList<(int Zone, Geometry Piece)> Cut(Geometry line)
    {
        if (line.IsEmpty)
            return [(-1, line)];
        var candidates = _index.Query(line.EnvelopeInternal).Order().ToArray();
        var pieces = new List<(int, Geometry)>();
        Geometry rest = line;
        foreach (int z in candidates)
        {
            var zone = _zones[z];
            if (zone.Prepared.Covers(rest))
            {
                pieces.Add((z, rest));
                return pieces;
            }
            if (!zone.Prepared.Intersects(rest))
                continue;
            var inside = OverlayNGRobust.Overlay(rest, zone.Polygon, SpatialFunction.Intersection);
            if (inside.IsEmpty || inside.Dimension == Dimension.Point)
                continue;
            pieces.Add((z, inside));
            rest = OverlayNGRobust.Overlay(rest, zone.Polygon, SpatialFunction.Difference);
            if (rest.IsEmpty)
                return pieces;
        }
        pieces.Add((-1, rest));
        return pieces;
    }

    /// <summary>
    /// The segment's length shared out among the zones it runs through: (zone index, metres), the
    /// rest outside every zone with index −1. Each piece is measured geodesically, and the shares are
    /// scaled so that they add up to exactly <paramref name="lengthMeters"/>: a cut point lies on the
    /// straight lon/lat chord, not on the geodesic, so measured pieces of a long edge come out a few
    /// centimetres longer than the whole, and groups must add up to the total.
    /// </summary>
    public IReadOnlyList<(int Zone, double Meters)> Apportion(Geometry line, double lengthMeters, Ellipsoid ellipsoid)
    {
        var pieces = Cut(line);
        if (pieces.Count == 1)
            return [(pieces[0].Zone, lengthMeters)];
        var meters = pieces.Select(p => GeodesicMeasure.LengthMeters(p.Piece, ellipsoid)).ToArray();
        double sum = meters.Sum();
        double scale = sum > 0 ? lengthMeters / sum : 0;
        return pieces.Select((p, i) => (p.Zone, meters[i] * scale)).ToArray();
    }

    private sealed record Zone(string Key, string? Label, Geometry Polygon, IPreparedGeometry Prepared);
}
