namespace EcoSpace.Formats.GeoJson;

/// <summary>
/// The file as a whole cannot be read: it is not a GeoJSON object, its root is malformed
/// (e.g. <c>"features"</c> not an array, a case-mistaken type) or its CRS is not supported.
/// Problems of single features are not thrown: they come back as candidates with issues.
/// </summary>
public class GeoJsonException(string message, long line, long column, Exception? inner = null)
    : Exception($"{message} (line {line}, byte {column})", inner)
{
    /// <summary>The 1-based line where the problem is.</summary>
    public long Line { get; } = line;

    /// <summary>The 1-based byte position in that line.</summary>
    public long Column { get; } = column;
}

/// <summary>The file is not valid JSON (RFC 8259): nothing after the broken place can be read.</summary>
public sealed class GeoJsonSyntaxException(string message, long line, long column, Exception? inner = null)
    : GeoJsonException(message, line, column, inner);
