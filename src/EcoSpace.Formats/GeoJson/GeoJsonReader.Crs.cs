using System.Text;
using System.Text.Json;
using EcoSpace.Formats.Crs;

namespace EcoSpace.Formats.GeoJson;

// The 2008 GeoJSON "crs" member: {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4490"}},
// or the older {"type": "EPSG", "properties": {"code": 4490}}. Links cannot be followed (no network).
public sealed partial class GeoJsonReader
{
    private const string CrsExample = "{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::4490\"}}";

    /// <summary>The cursor is on the crs object's start; returns the CRS name as written, or null and why not.</summary>
    private static string? ReadCrsName(ref JsonCursor c, out string? problem)
    {
        string? type = null, name = null, code = null, href = null;
        while (true)
        {
            c.Next();
            if (c.Reader.TokenType != JsonTokenType.PropertyName)
                break;
            if (c.Reader.ValueTextEquals("type"u8))
            {
                c.Next();
                type = c.Reader.TokenType == JsonTokenType.String ? c.Reader.GetString() : null;
            }
            else if (c.Reader.ValueTextEquals("properties"u8))
            {
                c.Next();
                if (c.Reader.TokenType != JsonTokenType.StartObject)
                {
                    c.Reader.Skip();
                    continue;
                }
                while (true)
                {
                    c.Next();
                    if (c.Reader.TokenType != JsonTokenType.PropertyName)
                        break;
                    bool isName = c.Reader.ValueTextEquals("name"u8);
                    bool isCode = c.Reader.ValueTextEquals("code"u8);
                    bool isHref = c.Reader.ValueTextEquals("href"u8);
                    c.Next();
                    string? text = c.Reader.TokenType switch
                    {
                        JsonTokenType.String => c.Reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(c.Reader.ValueSpan),
                        _ => null,
                    };
                    if (c.Reader.TokenType.IsContainerStart())
                        c.Reader.Skip();
                    if (isName) name = text;
                    else if (isCode) code = text;
                    else if (isHref) href = text;
                }
            }
            else
            {
                c.Next();
                if (c.Reader.TokenType.IsContainerStart())
                    c.Reader.Skip();
            }
        }

        problem = null;
        if (type == "name" && name is not null)
            return name;
        if (type == "EPSG" && code is not null)
            return "EPSG:" + code;
        problem = type == "link"
            ? $"a \"crs\" of type link ({href}) cannot be followed: name the CRS instead, e.g. {CrsExample}"
            : $"the \"crs\" member is not understood: expected {CrsExample}";
        return null;
    }

    /// <summary>
    /// A "crs" inside a feature or geometry (the 2008 spec allowed it): fine when it names the file's
    /// CRS; a different one is an error, since EcoSpace reads one CRS per file.
    /// </summary>
    private void ReadInnerCrs(ref JsonCursor c)
    {
        if (c.Reader.TokenType == JsonTokenType.Null)
            return;
        long line = c.Line;
        if (c.Reader.TokenType != JsonTokenType.StartObject)
        {
            Error(GeoJsonIssueCodes.WrongJsonType, $"\"crs\" must be an object such as {CrsExample}, not {JsonTokens.Describe(ref c.Reader)} (line {line})");
            c.Reader.Skip();
            return;
        }
        string? name = ReadCrsName(ref c, out string? problem);
        if (name is null)
            Error(GeoJsonIssueCodes.CrsConflict, $"{problem} (line {line})");
        else if (!InputCrs.TryParse(name, out var crs))
            Error(GeoJsonIssueCodes.CrsConflict, $"{new UnsupportedCrsException(name).Message} (line {line})");
        else if (!crs.IsEquivalentTo(_crs))
            Error(GeoJsonIssueCodes.CrsConflict, $"this feature's crs {crs.Name} differs from the file's {_crs.Name}; EcoSpace reads one CRS per file (line {line})");
    }
}
