using EcoSpace.Formats.Crs;

namespace EcoSpace.Formats.GeoJson;

public sealed record GeoJsonReadOptions
{
    /// <summary>
    /// The CRS of files without a <c>crs</c> member; default RFC 7946 lon/lat. Set it for legacy
    /// projected files that do not say what they are (e.g. <c>InputCrs.Parse("EPSG:4549")</c>).
    /// </summary>
    public InputCrs? DefaultCrs { get; init; }

    /// <summary>Initial read window; small values let tests exercise every refill path.</summary>
    internal int BufferSizeBytes { get; init; } = 64 * 1024;
}
