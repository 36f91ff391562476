using System.Globalization;

namespace EcoSpace.Data.Writing;

/// <summary>UTC ISO 8601 with milliseconds, the form GeoPackage uses for last_change.</summary>
internal static class UtcTimestamp
{
    public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
