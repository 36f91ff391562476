using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcoSpace.Formats.GeoJson;

// Properties as a JsonObject in file order, built node by node: integers as long, other numbers keep
// their exact text (so 1.10 or 1e5 are exported back as written), duplicate keys are an error.
public sealed partial class GeoJsonReader
{
    /// <summary>The cursor is on the start of the properties object; null on a duplicate key.</summary>
    private JsonObject? ReadProperties(ref JsonCursor c) =>
        ReadNode(ref c, out var node) ? node!.AsObject() : null;

    private bool ReadNode(ref JsonCursor c, out JsonNode? node)
    {
        ref var reader = ref c.Reader;
        node = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                node = JsonValue.Create(reader.GetString());
                return true;
            case JsonTokenType.Number:
                node = reader.TryGetInt64(out long integer)
                    ? JsonValue.Create(integer)
                    : JsonValue.Create(JsonElement.ParseValue(ref reader));
                return true;
            case JsonTokenType.True or JsonTokenType.False:
                node = JsonValue.Create(reader.GetBoolean());
                return true;
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.StartArray:
            {
                var array = new JsonArray();
                while (true)
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.EndArray)
                        break;
                    if (!ReadNode(ref c, out var item))
                        return false;
                    array.Add(item);
                }
                node = array;
                return true;
            }
            case JsonTokenType.StartObject:
            {
                var obj = new JsonObject();
                while (true)
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.EndObject)
                        break;
                    string name = reader.GetString()!;
                    long line = c.Line;
                    reader.Read();
                    if (!ReadNode(ref c, out var value))
                        return false;
                    if (!obj.TryAdd(name, value))
                    {
                        Error(GeoJsonIssueCodes.DuplicateMember, $"the property \"{name}\" appears twice, so its value is ambiguous (line {line})");
                        return false;
                    }
                }
                node = obj;
                return true;
            }
            default:
                throw new InvalidOperationException($"unexpected {reader.TokenType} in a property value");
        }
    }
}
