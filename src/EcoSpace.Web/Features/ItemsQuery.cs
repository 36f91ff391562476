using System.Globalization;
using NetTopologySuite.Geometries;

namespace EcoSpace.Web.Features;

/// <summary>
/// The query of <c>GET /collections/{kind}/items</c>: <c>limit</c> (default 1000, at most 10 000; more
/// is cut to 10 000, as OGC API allows), <c>offset</c> (0-based), <c>bbox</c> (lon/lat
/// minx,miny,maxx,maxy, or with heights minx,miny,minz,maxx,maxy,maxz; minx &gt; maxx crosses the
/// antimeridian), <c>simplify</c> (degrees), <c>f</c> (json or geojson). Other parameters are ignored.
/// </summary>
public sealed record ItemsQuery(int Limit, long Offset, IReadOnlyList<Envelope>? Boxes, double? SimplifyDegrees)
{
    public const int DefaultLimit = 1000;
    public const int MaxLimit = 10_000;

    /// <summary>The query, or a message saying which parameter is wrong and how.</summary>
    public static (ItemsQuery? Query, string? Problem) Parse(IQueryCollection query)
    {
        int limit = DefaultLimit;
        if (query.TryGetValue("limit", out var limitText))
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1)
                return (null, $"limit '{limitText}' must be a whole number from 1 to {MaxLimit}");
            limit = Math.Min(limit, MaxLimit);
        }

        long offset = 0;
        if (query.TryGetValue("offset", out var offsetText)
            && !long.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            return (null, $"offset '{offsetText}' must be a whole number ≥ 0");

        IReadOnlyList<Envelope>? boxes = null;
        if (query.TryGetValue("bbox", out var bboxText))
        {
            var (parsed, problem) = ParseBbox(bboxText.ToString());
            if (problem is not null)
                return (null, problem);
            boxes = parsed;
        }

        double? simplify = null;
        if (query.TryGetValue("simplify", out var simplifyText))
        {
            if (!double.TryParse(simplifyText, NumberStyles.Float, CultureInfo.InvariantCulture, out double degrees)
                || !double.IsFinite(degrees) || degrees < 0 || degrees > 1)
                return (null, $"simplify '{simplifyText}' must be a tolerance in degrees from 0 to 1");
            simplify = degrees > 0 ? degrees : null;
        }

        if (query.TryGetValue("f", out var format) && format.ToString() is not ("json" or "geojson"))
            return (null, $"f '{format}' is not served: items are GeoJSON (f=json)");
        if (query.TryGetValue("crs", out var crs) && !Crs.IsLonLat(crs.ToString()))
            return (null, $"crs '{crs}' is not served: coordinates are lon/lat ({Crs.Crs84})");
        if (query.TryGetValue("bbox-crs", out var bboxCrs) && !Crs.IsLonLat(bboxCrs.ToString()))
            return (null, $"bbox-crs '{bboxCrs}' is not supported: give bbox in lon/lat ({Crs.Crs84})");

        return (new ItemsQuery(limit, offset, boxes, simplify), null);
    }

    private static (IReadOnlyList<Envelope>? Boxes, string? Problem) ParseBbox(string text)
    {
        var parts = text.Split(',');
        var numbers = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
                return (null, $"bbox '{text}': '{parts[i]}' is not a number");
        }
        (double minX, double minY, double maxX, double maxY) = numbers.Length switch
        {
            4 => (numbers[0], numbers[1], numbers[2], numbers[3]),
            6 => (numbers[0], numbers[1], numbers[3], numbers[4]),
            _ => (double.NaN, 0, 0, 0),
        };
        if (double.IsNaN(minX))
            return (null, $"bbox '{text}' must be 4 numbers minx,miny,maxx,maxy (lon/lat degrees), or 6 with heights");
        if (minY > maxY || minY < -90 || maxY > 90 || minX < -180 || maxX > 180)
            return (null, $"bbox '{text}' is not a lon/lat box: longitudes -180..180, latitudes -90..90, miny ≤ maxy");
        return minX <= maxX
            ? ([new Envelope(minX, maxX, minY, maxY)], null)
            : ([new Envelope(minX, 180, minY, maxY), new Envelope(-180, maxX, minY, maxY)], null); // across the antimeridian
    }
}
