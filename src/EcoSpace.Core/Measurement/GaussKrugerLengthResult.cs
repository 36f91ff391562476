namespace EcoSpace.Core.Measurement;

/// <summary>The result of <see cref="GaussKrugerLength"/>: a plane length and the zone it was measured in.</summary>
/// <param name="LengthMeters">The sum of the straight (Euclidean) distances between consecutive projected vertices, metres.</param>
/// <param name="Epsg">The Gauss-Krüger CRS the vertices were projected to, e.g. 4549.</param>
/// <param name="CentralMeridianDegrees">Its central meridian, degrees east, e.g. 120.</param>
public readonly record struct GaussKrugerLengthResult(double LengthMeters, int Epsg, double CentralMeridianDegrees);
