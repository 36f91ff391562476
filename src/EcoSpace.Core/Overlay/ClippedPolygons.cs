using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;
using NetTopologySuite.Operation.OverlayNG;

namespace EcoSpace.Core.Overlay;

/// <summary>
/// A polygonal geometry ready to be cut down to a rectangle quickly, many times: its polygons'
/// envelopes and ring coordinates are extracted once. The intersection of two large neighbouring
/// polygons lies inside their common envelope, which holds a small part of their vertices (12 % for
/// the DCW provinces); clipping both to it with NTS's RingClipper (what OverlayNG does inside, but
/// here without building an overlay of the whole inputs) made the province overlaps 2.5x faster
/// with the same areas to 1e-10.
/// A clipped ring can run along the box edge and back (a zero-width spike); OverlayNG takes a ring's
/// orientation from its highest point, and when that is a spike tip it can read the ring inside out
/// and return a wrong area (a review found 1 in 2 000 random pairs 57 % low). OverlayNG's own
/// clipping keeps the original ring's orientation; here every clipped ring is checked the way
/// OverlayNG will read it, and <see cref="To"/> gives up (null) when any ring would be misread, so
/// the caller overlays the whole geometries instead.
/// </summary>
internal sealed class ClippedPolygons
{
    private readonly GeometryFactory _factory;
    private readonly (Envelope Envelope, Polygon Polygon, Ring Shell, (Envelope Envelope, Ring Ring)[] Holes)[] _parts;

    /// <summary>A ring's coordinates and its true orientation (by signed area).</summary>
    private readonly record struct Ring(Coordinate[] Points, bool IsCounterClockwise)
    {
        public static Ring Of(LineString ring)
        {
            var points = ring.Coordinates;
            return new Ring(points, Orientation.IsCCWArea(points));
        }
    }

    public ClippedPolygons(Geometry polygonal)
    {
        // The pieces hold Coordinate arrays, which OverlayNG reads without copying (stored
        // geometries are packed, and each read of those makes a Coordinate per vertex).
        _factory = new GeometryFactory(polygonal.PrecisionModel, polygonal.SRID, CoordinateArraySequenceFactory.Instance);
        _parts = Enumerable.Range(0, polygonal.NumGeometries)
            .Select(polygonal.GetGeometryN)
            .OfType<Polygon>()
            .Where(p => !p.IsEmpty)
            .Select(p =>
            {
                var shell = Ring.Of(p.Shell);
                var holes = p.Holes.Select(h => (h.EnvelopeInternal, Ring.Of(h))).ToArray();
                var whole = _factory.CreatePolygon(_factory.CreateLinearRing(shell.Points),
                    [.. holes.Select(h => _factory.CreateLinearRing(h.Item2.Points))]);
                return (p.EnvelopeInternal, whole, shell, holes);
            })
            .ToArray();
    }

    /// <summary>
    /// The polygons cut to <paramref name="box"/> (rings clipped, parts outside dropped; they may touch
    /// the box edges); null when a clipped ring would be read with the wrong orientation.
    /// </summary>
    public Geometry? To(Envelope box)
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
            var clippedShell = clipper.Clip(shell.Points);
            if (clippedShell.Length < 4)
                continue;
            if (!ReadsAs(clippedShell, shell.IsCounterClockwise))
                return null;
            var clippedHoles = new List<LinearRing>();
            foreach (var (holeEnvelope, hole) in holes)
            {
                if (!holeEnvelope.Intersects(box))
                    continue;
                var points = box.Contains(holeEnvelope) ? hole.Points : clipper.Clip(hole.Points);
                if (points.Length < 4)
                    continue;
                if (!ReadsAs(points, hole.IsCounterClockwise))
                    return null;
                clippedHoles.Add(_factory.CreateLinearRing(points));
            }
            polygons.Add(_factory.CreatePolygon(_factory.CreateLinearRing(clippedShell), [.. clippedHoles]));
        }
        return _factory.CreateMultiPolygon([.. polygons]);
    }

    /// <summary>Whether OverlayNG (Orientation.IsCCW, from the highest point) reads the ring with its true orientation.</summary>
    private static bool ReadsAs(Coordinate[] ring, bool counterClockwise) =>
        Orientation.IsCCWArea(ring) == counterClockwise && Orientation.IsCCW(ring) == counterClockwise;
}
