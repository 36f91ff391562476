using System.Text.Json;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Formats.Documents;

/// <summary>
/// How EcoSpace's JSON documents (the CLI's --json output, the web API's answers) are written:
/// snake_case names, nulls written out (an auditor reads "before": null as "did not exist"), and text
/// escaped only where JSON requires it, as in GeoJSON exports. Indented, for people reading them.
/// </summary>
public static class DocumentJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = GeoJsonWriter.JsonOptions.Encoder,
    };

    /// <summary>The same, compact: for the web API, where nobody reads the bytes.</summary>
    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };
}
