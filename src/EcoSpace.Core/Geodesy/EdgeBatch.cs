using System.Runtime.CompilerServices;

namespace EcoSpace.Core.Geodesy;

/// <summary>Five consecutive vertices of a path (longitude and latitude terms), that is four edges, for <see cref="Geodesic.Distances"/>.</summary>
internal struct EdgeBatch
{
    public const int Edges = 4;
    public BatchColumn Lon, Lat, Sbet, Cbet, Dn;

    public void Set(int vertex, double lon, in LatitudeTerms lat)
    {
        Lon[vertex] = lon;
        Lat[vertex] = lat.Lat;
        Sbet[vertex] = lat.Sbet;
        Cbet[vertex] = lat.Cbet;
        Dn[vertex] = lat.Dn;
    }

    public readonly LatitudeTerms Vertex(int vertex) => new(Lat[vertex], Sbet[vertex], Cbet[vertex], Dn[vertex]);

    /// <summary>Makes the last vertex the first, to continue along the path.</summary>
    public void ShiftLastToFirst() => Set(0, Lon[Edges], Vertex(Edges));
}

[InlineArray(EdgeBatch.Edges + 1)]
internal struct BatchColumn
{
    private double _element;
}
