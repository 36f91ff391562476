using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcoSpace.Core.Schema;
using EcoSpace.Data.GeoPackage;

namespace EcoSpace.Data.Features;

/// <summary>
/// Splits a feature's properties into the kind's typed columns and <c>extra_props</c>, and joins
/// them back. Order rule: read back, schema properties come first in schema order, then the
/// unknown ones in their original order. A schema property that is JSON null reads back as
/// absent (a column cannot tell the two apart); unknown properties keep their nulls.
/// </summary>
internal static class PropertyColumns
{
    /// <summary>Column values in schema order, extra_props (null when none) and the canonical JSON of all.</summary>
    public sealed record Split(object?[] Values, string? ExtraJson, string CanonicalJson);

    /// <summary>Expects validated properties: a schema value of the wrong JSON type throws.</summary>
    public static Split ToColumns(KindTable table, JsonObject properties) =>
        (writers ??= new Writers()).ToColumns(table, properties);

    // Per thread, reused feature after feature: a new Utf8JsonWriter asks its buffer for 4 KB at
    // its first write, which made two writers and buffers per feature the largest allocation of an import.
    [ThreadStatic]
    private static Writers? writers;

    private sealed class Writers
    {
        private readonly ArrayBufferWriter<byte> allBuffer = new(4096), extraBuffer = new(4096);
        private readonly Utf8JsonWriter all, extra;

        public Writers()
        {
            all = new Utf8JsonWriter(allBuffer, StoreJson.WriterOptions);
            extra = new Utf8JsonWriter(extraBuffer, StoreJson.WriterOptions);
        }

        public Split ToColumns(KindTable table, JsonObject properties)
        {
            allBuffer.ResetWrittenCount();
            extraBuffer.ResetWrittenCount();
            // Reset also clears a writer left mid-object by an exception in an earlier call.
            all.Reset(allBuffer);
            extra.Reset(extraBuffer);
            return Write(table, properties);
        }

        private Split Write(KindTable table, JsonObject properties)
        {
            var values = new object?[table.Properties.Count];
            all.WriteStartObject();
            for (int i = 0; i < values.Length; i++)
            {
                var definition = table.Properties[i];
                if (properties[definition.Name] is not JsonNode node)
                    continue;
                values[i] = ToColumnValue(definition, node);
                all.WritePropertyName(definition.Name);
                node.WriteTo(all);
            }

            bool anyExtra = false;
            foreach (var (name, node) in properties)
            {
                if (table.IsSchemaProperty(name))
                    continue;
                if (!anyExtra)
                {
                    extra.WriteStartObject();
                    anyExtra = true;
                }
                PropertyColumns.Write(extra, name, node);
                PropertyColumns.Write(all, name, node);
            }
            all.WriteEndObject();
            all.Flush();

            string? extraJson = null;
            if (anyExtra)
            {
                extra.WriteEndObject();
                extra.Flush();
                extraJson = Encoding.UTF8.GetString(extraBuffer.WrittenSpan);
            }
            return new Split(values, extraJson, Encoding.UTF8.GetString(allBuffer.WrittenSpan));
        }
    }

    /// <summary>Properties rebuilt from the row's column values (by column name) and extra_props.</summary>
    public static JsonObject FromColumns(KindTable table, IReadOnlyDictionary<string, object?> row, string? extraJson)
    {
        var properties = new JsonObject();
        foreach (var definition in table.Properties)
        {
            if (row.TryGetValue(definition.Name, out var value) && value is not null)
                properties[definition.Name] = ToJson(value);
        }

        if (!string.IsNullOrEmpty(extraJson) && JsonNode.Parse(extraJson) is JsonObject extra)
        {
            foreach (var name in extra.Select(p => p.Key).ToArray())
            {
                var node = extra[name];
                extra.Remove(name);
                properties[name] = node;
            }
        }
        return properties;
    }

    private static void Write(Utf8JsonWriter writer, string name, JsonNode? node)
    {
        writer.WritePropertyName(name);
        if (node is null)
            writer.WriteNullValue();
        else
            node.WriteTo(writer);
    }

    private static object ToColumnValue(PropertyDefinition definition, JsonNode node) => definition.Type switch
    {
        PropertyType.Boolean => node.GetValue<bool>(),
        PropertyType.Integer => node.GetValue<long>(),
        _ => node.GetValue<string>(),
    };

    private static JsonNode ToJson(object value) => value switch
    {
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        string s => JsonValue.Create(s),
        _ => JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))!,
    };
}
