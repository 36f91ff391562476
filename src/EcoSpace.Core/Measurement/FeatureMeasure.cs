namespace EcoSpace.Core.Measurement;

/// <summary>
/// One feature's figures: lines have <see cref="LengthMeters"/>; polygons have
/// <see cref="AreaSquareMeters"/> and <see cref="PerimeterMeters"/> (all rings). All geodesic.
/// <see cref="Plane"/> is the Gauss-Krüger 3° plane length (line length or perimeter) in the
/// feature's zone, null outside the CGCS2000 zones.
/// </summary>
public sealed record FeatureMeasure(
    string Id,
    string? Name,
    string GeometryType,
    int Vertices,
    double? LengthMeters,
    double? AreaSquareMeters,
    double? PerimeterMeters,
    GaussKrugerLengthResult? Plane);

/// <summary>The figures of every feature of a layer, and what they were computed on.</summary>
public sealed record LayerMeasures(string Kind, string Ellipsoid, long DataVersion, DateTimeOffset ComputedAt, IReadOnlyList<FeatureMeasure> Features)
{
    public double LengthMeters => Features.Sum(f => f.LengthMeters ?? 0);

    public double AreaSquareMeters => Features.Sum(f => f.AreaSquareMeters ?? 0);

    public double PerimeterMeters => Features.Sum(f => f.PerimeterMeters ?? 0);
}
