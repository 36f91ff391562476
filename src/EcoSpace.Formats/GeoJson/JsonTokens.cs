using System.Text;
using System.Text.Json;

namespace EcoSpace.Formats.GeoJson;

internal static class JsonTokens
{
    /// <summary>"an object", "the string "x"", "the number 3", "null", … for messages.</summary>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => $"the string \"{Truncate(reader.GetString() ?? "")}\"",
        JsonTokenType.Number => $"the number {Encoding.UTF8.GetString(reader.ValueSpan)}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => reader.TokenType.ToString(),
    };

    public static bool IsContainerStart(this JsonTokenType type) =>
        type is JsonTokenType.StartObject or JsonTokenType.StartArray;

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
