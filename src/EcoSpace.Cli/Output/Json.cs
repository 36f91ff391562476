using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace EcoSpace.Cli.Output;

/// <summary>--json output: one UTF-8 document on stdout, Chinese text unescaped, snake_case names.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Print<T>(T document) =>
        Console.Out.WriteLine(JsonSerializer.Serialize(document, Options));
}
