using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;

namespace EcoSpace.Core.Overlay;

/// <summary>
/// A polygonal geometry ready to be cut down to a rectangle quickly, many times: its polygons'
/// envelopes and ring coordinates are extracted once. The intersection of two large neighbouring
/// polygons lies inside their common envelope, which holds a small part of their vertices (12 % for
/// the DCW provinces); clipping both to it with NTS's RingClipper (what OverlayNG does inside, but
/// here without building an overlay of the whole inputs) made the province overlaps 2.5x faster
/// with the same areas to 1e-10.
/// </summary>
internal sealed class ClippedPolygons
{
    private readonly GeometryFactory _factory;
    private readonly (Envelope Envelope, Polygon Polygon, Coordinate[] Shell, (Envelope Envelope, Coordinate[] Ring)[] Holes)[] _parts;

    public ClippedPolygons(Geometry polygonal)
    {
        _factory = polygonal.Factory;
        _parts = Enumerable.Range(0, polygonal.NumGeometries)
            .Select(polygonal.GetGeometryN)
            .OfType<Polygon>()
            .Where(p => !p.IsEmpty)
            .Select(p => (p.EnvelopeInternal, p, p.Shell.Coordinates,
                p.Holes.Select(h => (h.EnvelopeInternal, h.Coordinates)).ToArray()))
            .ToArray();
    }

    /// <summary>The polygons cut to <paramref name="box"/> (rings clipped, parts outside dropped); may touch the box edges.</summary>
    public Geometry To(Envelope box)
    {
        var clipper = new RingClipper(box);
        var polygons = new List<Polygon>();
        foreach (var (envelope, polygon, shell, holes) in _parts)
        {
            if (!envelope.Intersects(box))
                continue;
            if (box.Contains(envelope))
            {
                polygons.Add(polygon);
                continue;
            }
            var clippedShell = clipper.Clip(shell);
            if (clippedShell.Length < 4)
                continue;
            var clippedHoles = holes
                .Where(h => h.Envelope.Intersects(box))
                .Select(h => box.Contains(h.Envelope) ? h.Ring : clipper.Clip(h.Ring))
                .Where(ring => ring.Length >= 4)
                .Select(ring => _factory.CreateLinearRing(ring))
                .ToArray();
            polygons.Add(_factory.CreatePolygon(_factory.CreateLinearRing(clippedShell), clippedHoles));
        }
        return _factory.CreateMultiPolygon([.. polygons]);
    }
}
