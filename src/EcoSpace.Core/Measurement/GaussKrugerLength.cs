using EcoSpace.Core.Projection;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Measurement;

/// <summary>
/// The Gauss-Krüger plane length of a lon/lat geometry (CGCS2000, x = longitude, degrees): the
/// second figure auditors get beside the geodesic length (<see cref="EcoSpace.Core.Geodesy.GeodesicMeasure"/>),
/// because older tables measured in a 3° zone. Vertices are projected to the zone (Transverse
/// Mercator, scale 1 on the central meridian) and the straight distances between consecutive ones
/// summed: lines sum their parts, polygons give the perimeter of all their rings, points give 0,
/// collections sum their members; Z is ignored and empty geometries measure 0. The scale grows away
/// from the central meridian, so the plane length reads long: about 0.023 % at a 3° zone's edge
/// (1.5° off the central meridian) at Lianyungang's latitudes, nothing on the central meridian.
/// Thread-safe.
/// </summary>
public static class GaussKrugerLength
{
    /// <summary>
    /// The length in metres in the geometry's own 3° zone (EPSG:4534-4554, see
    /// <see cref="ZoneOf"/>); null when the geometry is empty or its envelope's centre is outside
    /// 73.5..136.5 E, where CGCS2000 has no 3° zone (no plane figure is given rather than one from a
    /// zone the feature is not in).
    /// </summary>
    public static GaussKrugerLengthResult? Measure(Geometry lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        return ZoneOf(lonLat) is { } zone ? Measure(lonLat, zone) : null;
    }

    /// <summary>
    /// The length in metres in the Gauss-Krüger CRS <paramref name="epsg"/>, wherever the geometry
    /// lies, for tables measured in a fixed zone: normally a 3° zone 4534-4554; every CGCS2000
    /// Gauss-Krüger code 4491-4554 is taken (zone-prefixed codes give the same length as their
    /// central meridian's unprefixed one). Throws <see cref="ArgumentOutOfRangeException"/> for any other code.
    /// </summary>
    public static GaussKrugerLengthResult Measure(Geometry lonLat, int epsg)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        if (!GaussKrugerZones.TryGet(epsg, out GaussKrugerZone zone))
            throw new ArgumentOutOfRangeException(nameof(epsg), epsg,
                $"EPSG:{epsg} is not a CGCS2000 Gauss-Krüger CRS ({GaussKrugerZones.FirstEpsg}-{GaussKrugerZones.LastEpsg})");
        return Measure(lonLat, zone);
    }

    /// <summary>
    /// The 3° zone (EPSG:4534-4554) of a geometry: the one holding the longitude of its envelope's
    /// centre (<see cref="GaussKrugerZones.ThreeDegreeZoneAt"/>); null for an empty geometry or a
    /// centre outside 73.5..136.5 E.
    /// </summary>
    public static GaussKrugerZone? ZoneOf(Geometry lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        return lonLat.IsEmpty ? null : GaussKrugerZones.ThreeDegreeZoneAt(lonLat.EnvelopeInternal.Centre.X);
    }

    private static GaussKrugerLengthResult Measure(Geometry lonLat, GaussKrugerZone zone)
    {
        var length = new PlanePathLength(PerThreadProjections.FromLonLat(zone));
        AddParts(lonLat, ref length);
        return new GaussKrugerLengthResult(length.LengthMeters, zone.Epsg, zone.CentralMeridianDegrees);
    }

    private static void AddParts(Geometry geometry, ref PlanePathLength length)
    {
        switch (geometry)
        {
            case GeometryCollection collection:
                foreach (Geometry member in collection.Geometries)
                    AddParts(member, ref length);
                break;
            case LineString line:
                length.Add(line.CoordinateSequence);
                break;
            case Polygon polygon:
                length.Add(polygon.ExteriorRing.CoordinateSequence);
                foreach (LineString hole in polygon.InteriorRings)
                    length.Add(hole.CoordinateSequence);
                break;
        }
    }
}
