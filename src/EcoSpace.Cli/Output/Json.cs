using System.Text.Json;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Cli.Output;

/// <summary>
/// --json output: one UTF-8 document on stdout, snake_case names, nulls written out (an auditor reads
/// "before": null as "did not exist"), and text escaped only where JSON requires it, as in exports.
/// </summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = GeoJsonWriter.JsonOptions.Encoder,
    };

    public static void Print<T>(T document) =>
        Console.Out.WriteLine(JsonSerializer.Serialize(document, Options));
}
