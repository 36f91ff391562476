using System.Text.Json;
using EcoSpace.Core.Features;

namespace EcoSpace.Formats.GeoJson;

/// <summary>
/// Writes features as an RFC 7946 FeatureCollection (DOMAIN.md §6): lon/lat, exterior rings
/// counter-clockwise and holes clockwise, coordinates rounded to <see cref="GeoJsonWriteOptions.Precision"/>
/// decimals, a string id on every feature that has one, properties exactly as held. UTF-8 without BOM,
/// \n line ends, one feature per line (as GDAL writes it: easy to diff and to grep). Features are
/// written as they are enumerated, so any number can be exported.
/// </summary>
public static class GeoJsonWriter
{
    /// <summary>Compact output that keeps Chinese (and all non-ASCII) text as UTF-8.</summary>
    public static JsonWriterOptions JsonOptions { get; } = new()
    {
        Encoder = MinimalJsonEscaping.Instance,
        Indented = false,
        NewLine = "\n",
    };

    public static void Write(Stream stream, IEnumerable<EcoFeature> features, GeoJsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(features);
        options ??= new GeoJsonWriteOptions();

        using var writer = new Utf8JsonWriter(stream, JsonOptions);
        stream.Write("{\n\"type\": \"FeatureCollection\",\n"u8);
        if (options.Name is not null)
        {
            stream.Write("\"name\": "u8);
            writer.WriteStringValue(options.Name);
            EndValue(writer, stream, ",\n"u8);
        }
        if (options.Legacy)
            stream.Write("\"crs\": { \"type\": \"name\", \"properties\": { \"name\": \"urn:ogc:def:crs:EPSG::4490\" } },\n"u8);
        stream.Write("\"features\": [\n"u8);

        bool first = true;
        foreach (var feature in features)
        {
            if (!first)
                stream.Write(",\n"u8);
            first = false;
            WriteFeature(writer, feature, options);
            EndValue(writer, stream, ""u8);
        }
        stream.Write("\n]\n}\n"u8);
        stream.Flush();
    }

    /// <summary>
    /// One Feature object (type, id, properties, geometry) to <paramref name="writer"/>, which should use
    /// <see cref="JsonOptions"/> so that text stays UTF-8. <paramref name="moreProperties"/>, when given,
    /// writes members after the feature's own properties (the web API adds the read-only <c>version</c>).
    /// </summary>
    public static void WriteFeature(Utf8JsonWriter writer, EcoFeature feature, GeoJsonWriteOptions? options = null,
        Action<Utf8JsonWriter>? moreProperties = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(feature);
        options ??= new GeoJsonWriteOptions();

        writer.WriteStartObject();
        writer.WriteString("type"u8, "Feature"u8);
        if (feature.HasId)
            writer.WriteString("id"u8, feature.Id);
        writer.WritePropertyName("properties"u8);
        if (moreProperties is null)
        {
            feature.Properties.WriteTo(writer);
        }
        else
        {
            writer.WriteStartObject();
            foreach (var (name, value) in feature.Properties)
            {
                writer.WritePropertyName(name);
                if (value is null)
                    writer.WriteNullValue();
                else
                    value.WriteTo(writer);
            }
            moreProperties(writer);
            writer.WriteEndObject();
        }
        writer.WritePropertyName("geometry"u8);
        new GeometryWriter(writer, options.Precision).Write(feature.Geometry);
        writer.WriteEndObject();
    }

    /// <summary>Ends one root value: flushes it and resets the writer for the next.</summary>
    private static void EndValue(Utf8JsonWriter writer, Stream stream, ReadOnlySpan<byte> separator)
    {
        writer.Flush();
        writer.Reset();
        stream.Write(separator);
    }
}
