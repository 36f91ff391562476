namespace EcoSpace.Formats.GeoJson;

public sealed record GeoJsonWriteOptions
{
    private readonly int _precision = 7;

    /// <summary>Decimals of written coordinates (degrees), 0..15; 7 is about 1 cm.</summary>
    public int Precision
    {
        get => _precision;
        init => _precision = value is >= 0 and <= 15
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Precision), value, "precision must be 0..15 decimals");
    }

    /// <summary>GDAL/QGIS 2008 style: a <c>crs</c> member naming EPSG:4490.</summary>
    public bool Legacy { get; init; }

    /// <summary>The collection's <c>name</c> member (a foreign member GDAL and QGIS read as the layer name).</summary>
    public string? Name { get; init; }
}
