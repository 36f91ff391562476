using NetTopologySuite.Geometries;

namespace EcoSpace.Web.Tiles;

/// <summary>
/// The WebMercatorQuad tiling (XYZ, y from the top, as OpenLayers and OSM count) in "world units":
/// the projected world is the unit square, x east from 180° W, y south from 85.05° N. A tile of zoom z
/// is 1/2^z world units wide; a pixel of a 256-pixel tile 1/(256·2^z).
/// </summary>
public static class WebMercator
{
    public const double MaxLatitude = 85.0511287798066;

    public static double X(double longitude) => (longitude + 180.0) / 360.0;

    public static double Y(double latitude)
    {
        double phi = Math.Clamp(latitude, -MaxLatitude, MaxLatitude) * Math.PI / 180.0;
        return 0.5 - Math.Log(Math.Tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
    }

    public static double Longitude(double x) => x * 360.0 - 180.0;

    public static double Latitude(double y) => Math.Atan(Math.Sinh(Math.PI * (1 - 2 * y))) * 180.0 / Math.PI;

    /// <summary>The lon/lat box of tile (z, x, y), widened on each side by <paramref name="bufferTiles"/> of a tile.</summary>
    public static Envelope TileBounds(int z, int x, int y, double bufferTiles = 0)
    {
        double size = 1.0 / (1L << z);
        double left = (x - bufferTiles) * size, right = (x + 1 + bufferTiles) * size;
        double top = (y - bufferTiles) * size, bottom = (y + 1 + bufferTiles) * size;
        return new Envelope(
            Longitude(Math.Max(0, left)), Longitude(Math.Min(1, right)),
            Latitude(Math.Min(1, bottom)), Latitude(Math.Max(0, top)));
    }

    /// <summary>Half a pixel of a 256-pixel tile at zoom z, in world units: the simplification tolerance.</summary>
    public static double HalfPixel(int z) => 1.0 / (512.0 * (1L << z));

    /// <summary>One pixel of a 256-pixel tile at zoom z, in world units.</summary>
    public static double Pixel(int z) => 1.0 / (256.0 * (1L << z));
}
