using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Core.Validation;
using NetTopologySuite.Geometries;

namespace EcoSpace.Formats.GeoJson;

// One framed Feature (or, at the top level, a bare geometry), held whole in memory: its members may
// come in any order. Problems are collected as issues; any error leaves the candidate without a feature.
public sealed partial class GeoJsonReader
{
    [Flags]
    private enum FeatureMembers { None = 0, Type = 1, Id = 2, Geometry = 4, Properties = 8 }

    private struct FeatureParts
    {
        public string? Type;
        public string? Id;
        public bool HasGeometry;
        public Geometry? Geometry;
        public bool HasProperties;
        public JsonObject? Properties;
    }

    private readonly List<ValidationIssue> _issues = [];

    private void Error(string code, string message, Coordinate? location = null) =>
        _issues.Add(ValidationIssue.Error(code, message, location: location));

    private void Warn(string code, string message, Coordinate? location = null) =>
        _issues.Add(ValidationIssue.Warning(code, message, location: location));

    private void BeginFeature()
    {
        _issues.Clear();
        _zDropped = false;
        _reversedRings = 0;
        _firstReversed = null;
    }

    private void ReadFeature(ReadOnlySpan<byte> json, long line, bool topLevel)
    {
        int index = _nextIndex++;
        BeginFeature();
        FeatureParts parts = default;
        try
        {
            var cursor = new JsonCursor(json, line);
            cursor.Next();
            parts = ReadFeatureMembers(ref cursor);
            var type = GeoJsonTypes.Parse(parts.Type);
            if (parts.Type is null)
            {
                Error(GeoJsonIssueCodes.MissingMember, "the feature has no \"type\" member (expected \"type\": \"Feature\")");
            }
            else if (type.IsGeometry() && topLevel)
            {
                BeginFeature();
                parts = ReadBareGeometry(json, line);
            }
            else if (type.IsGeometry())
            {
                Error(GeoJsonIssueCodes.NotAFeature, $"a {parts.Type} geometry stands where a Feature was expected: " +
                    "wrap it as {\"type\": \"Feature\", \"geometry\": …, \"properties\": {}}");
            }
            else if (type != GeoJsonType.Feature)
            {
                Error(GeoJsonIssueCodes.UnknownType, GeoJsonTypes.Unknown(parts.Type, "\"Feature\""));
            }
            else
            {
                if (!parts.HasGeometry)
                    Error(GeoJsonIssueCodes.MissingMember, "the feature has no \"geometry\" member: a feature without geometry cannot be stored");
                if (!parts.HasProperties)
                    Warn(GeoJsonIssueCodes.PropertiesNull, "the feature has no \"properties\" member: read as no properties");
            }
        }
        catch (InvalidOperationException e) when (e.InnerException is DecoderFallbackException || e.Message.Contains("UTF-8", StringComparison.Ordinal))
        {
            Error(GeoJsonIssueCodes.NotUtf8, "the feature holds text that is not UTF-8 (is the file GBK/GB18030? GeoJSON must be UTF-8: " +
                "convert it, e.g. iconv -f GB18030 -t UTF-8)");
        }
        Complete(index, line, parts);
    }

    private FeatureParts ReadFeatureMembers(ref JsonCursor c)
    {
        var parts = new FeatureParts();
        var seen = FeatureMembers.None;
        while (true)
        {
            c.Next();
            if (c.Reader.TokenType != JsonTokenType.PropertyName)
                return parts;

            if (c.Reader.ValueTextEquals("type"u8))
            {
                if (!SeeMember(ref c, ref seen, FeatureMembers.Type, "type"))
                    continue;
                c.Next();
                if (c.Reader.TokenType == JsonTokenType.String)
                    parts.Type = c.Reader.GetString();
                else
                    WrongType(ref c, "\"type\"", "a string");
            }
            else if (c.Reader.ValueTextEquals("id"u8))
            {
                if (SeeMember(ref c, ref seen, FeatureMembers.Id, "id"))
                    parts.Id = ReadId(ref c);
            }
            else if (c.Reader.ValueTextEquals("geometry"u8))
            {
                if (SeeMember(ref c, ref seen, FeatureMembers.Geometry, "geometry"))
                    ReadGeometryMember(ref c, ref parts);
            }
            else if (c.Reader.ValueTextEquals("properties"u8))
            {
                if (SeeMember(ref c, ref seen, FeatureMembers.Properties, "properties"))
                    ReadPropertiesMember(ref c, ref parts);
            }
            else if (c.Reader.ValueTextEquals("crs"u8))
            {
                c.Next();
                ReadInnerCrs(ref c);
            }
            else
            {
                c.Next();
                if (c.Reader.TokenType.IsContainerStart())
                    c.Reader.Skip();
            }
        }
    }

    /// <summary>False (with an error, the value skipped) when the member was seen before.</summary>
    private bool SeeMember(ref JsonCursor c, ref FeatureMembers seen, FeatureMembers member, string name)
    {
        if (!seen.HasFlag(member))
        {
            seen |= member;
            return true;
        }
        Error(GeoJsonIssueCodes.DuplicateMember, $"the member \"{name}\" appears twice, which makes the feature ambiguous (line {c.Line})");
        c.Next();
        if (c.Reader.TokenType.IsContainerStart())
            c.Reader.Skip();
        return false;
    }

    private void WrongType(ref JsonCursor c, string what, string expected)
    {
        Error(GeoJsonIssueCodes.WrongJsonType, $"{what} must be {expected}, not {JsonTokens.Describe(ref c.Reader)} (line {c.Line})");
        if (c.Reader.TokenType.IsContainerStart())
            c.Reader.Skip();
    }

    private string? ReadId(ref JsonCursor c)
    {
        c.Next();
        switch (c.Reader.TokenType)
        {
            case JsonTokenType.String:
                return c.Reader.GetString();
            case JsonTokenType.Number:
                string text = Encoding.UTF8.GetString(c.Reader.ValueSpan);
                Warn(GeoJsonIssueCodes.IdConverted, $"the numeric id {text} is read as the text \"{text}\"");
                return text;
            case JsonTokenType.Null:
                return null;
            default:
                WrongType(ref c, "\"id\"", "a string or a number");
                return null;
        }
    }

    private void ReadGeometryMember(ref JsonCursor c, ref FeatureParts parts)
    {
        c.Next();
        int depth = c.Reader.CurrentDepth;
        switch (c.Reader.TokenType)
        {
            case JsonTokenType.Null:
                parts.HasGeometry = true;
                Error(GeoJsonIssueCodes.GeometryNull, "\"geometry\" is null: a feature without geometry cannot be stored");
                break;
            case JsonTokenType.StartObject:
                parts.HasGeometry = true;
                parts.Geometry = ReadGeometryObject(ref c);
                if (parts.Geometry is null)
                    c.SkipRestOfValue(depth);
                break;
            default:
                WrongType(ref c, "\"geometry\"", "a geometry object or null");
                break;
        }
    }

    private void ReadPropertiesMember(ref JsonCursor c, ref FeatureParts parts)
    {
        c.Next();
        parts.HasProperties = true;
        int depth = c.Reader.CurrentDepth;
        switch (c.Reader.TokenType)
        {
            case JsonTokenType.Null:
                parts.Properties = [];
                Warn(GeoJsonIssueCodes.PropertiesNull, "\"properties\" is null: read as no properties");
                break;
            case JsonTokenType.StartObject:
                parts.Properties = ReadProperties(ref c);
                if (parts.Properties is null)
                    c.SkipRestOfValue(depth);
                break;
            default:
                WrongType(ref c, "\"properties\"", "an object or null");
                break;
        }
    }

    private FeatureParts ReadBareGeometry(ReadOnlySpan<byte> json, long line)
    {
        var cursor = new JsonCursor(json, line);
        cursor.Next();
        return new FeatureParts
        {
            Type = nameof(GeoJsonType.Feature),
            HasGeometry = true,
            Geometry = ReadGeometryObject(ref cursor),
            HasProperties = true,
            Properties = [],
        };
    }

    /// <summary>Turns what was read into candidates: one, or one per part of an exploded GeometryCollection.</summary>
    private void Complete(int index, long line, FeatureParts parts)
    {
        string? id = parts.Id ?? IdFromProperties(parts.Properties);
        var geometry = parts.Geometry;
        if (geometry is not null)
            AddGeometryWarnings();

        IReadOnlyList<Geometry>? pieces = null;
        if (geometry is not null && !_issues.Any(i => i.IsError))
            pieces = geometry.OgcGeometryType == OgcGeometryType.GeometryCollection
                ? FitCollection((GeometryCollection)geometry)
                : [geometry];

        if (pieces is null || _issues.Any(i => i.IsError))
        {
            Enqueue(new FeatureCandidate(index, line, id, null, _issues.ToArray()));
            return;
        }

        var properties = parts.Properties ?? [];
        if (pieces.Count == 1)
        {
            Enqueue(new FeatureCandidate(index, line, id, Feature(id, pieces[0], properties), IssuesOrEmpty()));
            return;
        }
        for (int k = 0; k < pieces.Count; k++)
        {
            string? partId = id is null ? null : $"{id}-{k + 1}";
            var partProperties = k == 0 ? properties : properties.DeepClone().AsObject();
            Enqueue(new FeatureCandidate(index, line, partId, Feature(partId, pieces[k], partProperties), IssuesOrEmpty()));
        }
    }

    private EcoFeature Feature(string? id, Geometry geometry, JsonObject properties) =>
        new(id ?? "", _kind.Name, geometry, properties);

    private ValidationIssue[] IssuesOrEmpty() => _issues.Count == 0 ? [] : _issues.ToArray();

    /// <summary>
    /// Without a top-level id, a string or integer "id" property identifies the feature: files exported
    /// from tables often carry their key only there (the GSHHG extracts in data/ do). The property stays.
    /// </summary>
    private static string? IdFromProperties(JsonObject? properties)
    {
        if (properties?["id"] is not JsonValue value)
            return null;
        if (value.GetValueKind() == JsonValueKind.String)
            return value.GetValue<string>();
        return value.TryGetValue(out long number) ? number.ToString(CultureInfo.InvariantCulture) : null;
    }
}
