using System.Diagnostics.CodeAnalysis;
using EcoSpace.Core.Projection;
using ProjNet.CoordinateSystems.Transformations;

namespace EcoSpace.Formats.Crs;

/// <summary>
/// The CRS of input coordinates, and how to bring them to stored lon/lat (CGCS2000, EPSG:4490).
/// Lon/lat input (EPSG:4490, EPSG:4326, OGC CRS84) passes through unchanged: WGS 84 and CGCS2000
/// differ by centimetres. Projected input (CGCS2000 Gauss-Krüger EPSG:4491-4554, EPSG:3857) is
/// inversely projected; its coordinates are easting, northing, as GDAL and QGIS write them.
/// An instance is not thread-safe (ProjNet transforms are not); parse one per reader.
/// </summary>
public sealed class InputCrs
{
    public const string SupportedDescription =
        "lon/lat (EPSG:4490, 4326, CRS84), CGCS2000 Gauss-Krüger EPSG:4491-4554 and EPSG:3857";

    private readonly MathTransform? _toLonLat;

    private InputCrs(string name, MathTransform? toLonLat)
    {
        Name = name;
        _toLonLat = toLonLat;
    }

    /// <summary>RFC 7946 lon/lat: what a file without a <c>crs</c> member holds.</summary>
    public static InputCrs LonLat { get; } = new("EPSG:4490", null);

    /// <summary>The canonical name: <c>EPSG:4549</c>, or <c>OGC:CRS84</c>.</summary>
    public string Name { get; }

    public bool IsLonLat => _toLonLat is null;

    /// <summary>The CRS named <paramref name="name"/> in any of the forms files use; throws <see cref="UnsupportedCrsException"/>.</summary>
    public static InputCrs Parse(string name) =>
        TryParse(name, out var crs) ? crs : throw new UnsupportedCrsException(name);

    public static bool TryParse(string name, [NotNullWhen(true)] out InputCrs? crs)
    {
        crs = null;
        if (!CrsNames.TryGetCode(name, out int code))
            return false;
        crs = code switch
        {
            CrsNames.Crs84 => new InputCrs("OGC:CRS84", null),
            4490 or 4326 => new InputCrs($"EPSG:{code}", null),
            3857 => new InputCrs("EPSG:3857", WebMercatorToLonLat.Create()),
            _ when GaussKrugerZones.TryGet(code, out var zone) => new InputCrs($"EPSG:{code}", GaussKrugerTransforms.ToLonLat(zone)),
            _ => null,
        };
        return crs is not null;
    }

    /// <summary>Whether both name the same coordinates (4490, 4326 and CRS84 are all lon/lat).</summary>
    public bool IsEquivalentTo(InputCrs other) => IsLonLat ? other.IsLonLat : Name == other.Name;

    /// <summary>Converts interleaved x, y pairs in place to longitude, latitude in degrees.</summary>
    public void ToLonLat(Span<double> xy)
    {
        if (_toLonLat is null || xy.Length < 2)
            return;
        _toLonLat.Transform(xy, xy[1..], 2, 2);
    }

    public override string ToString() => Name;
}
