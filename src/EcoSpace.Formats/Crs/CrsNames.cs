using System.Globalization;

namespace EcoSpace.Formats.Crs;

/// <summary>
/// Reads the ways files name a CRS: <c>EPSG:4490</c>, <c>urn:ogc:def:crs:EPSG::4490</c> (with or
/// without a version), <c>http://www.opengis.net/def/crs/EPSG/0/4490</c>, and CRS84 in its URN, URL
/// and short forms. Case-insensitive, as GDAL is.
/// </summary>
internal static class CrsNames
{
    /// <summary>CRS84 (OGC lon/lat on WGS 84) has no EPSG code; this stands for it.</summary>
    public const int Crs84 = -84;

    public static bool TryGetCode(string name, out int code)
    {
        code = 0;
        var text = name.Trim();
        if (IsCrs84(text))
        {
            code = Crs84;
            return true;
        }

        string? digits = null;
        if (StartsWith(text, "EPSG:") && !StartsWith(text, "EPSG::"))
            digits = text["EPSG:".Length..];
        else if (StartsWith(text, "urn:ogc:def:crs:EPSG:"))
            digits = text[(text.LastIndexOf(':') + 1)..];
        else if (StartsWith(text, "http://www.opengis.net/def/crs/EPSG/") || StartsWith(text, "https://www.opengis.net/def/crs/EPSG/"))
            digits = text[(text.LastIndexOf('/') + 1)..];

        return digits is not null
            && digits.Length > 0
            && digits.All(char.IsAsciiDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out code);
    }

    private static bool IsCrs84(string text) =>
        text.Equals("CRS84", StringComparison.OrdinalIgnoreCase)
        || text.Equals("OGC:CRS84", StringComparison.OrdinalIgnoreCase)
        || (StartsWith(text, "urn:ogc:def:crs:OGC:") && text.EndsWith(":CRS84", StringComparison.OrdinalIgnoreCase))
        || (StartsWith(text, "http://www.opengis.net/def/crs/OGC/") && text.EndsWith("/CRS84", StringComparison.OrdinalIgnoreCase));

    private static bool StartsWith(string text, string prefix) => text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
