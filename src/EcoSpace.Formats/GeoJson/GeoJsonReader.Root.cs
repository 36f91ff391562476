using System.Text.Json;
using EcoSpace.Core.Validation;
using EcoSpace.Formats.Crs;

namespace EcoSpace.Formats.GeoJson;

// A top-level object, read member by member. Its bytes stay held until a "features" array shows it
// is a FeatureCollection; from there on features are streamed one at a time. Any other object is
// one feature (a Feature or a bare geometry) and is read whole when its end is reached.
public sealed partial class GeoJsonReader
{
    [Flags]
    private enum RootMembers { None = 0, Type = 1, Crs = 2, Features = 4 }

    private int _rootCount;
    private long _rootStart;
    private string? _rootType;
    private RootMembers _rootSeen;
    private InputCrs? _declaredCrs;
    private int _featuresFrom;   // index of the first feature of this root's "features"
    private InputCrs _crs = InputCrs.LonLat;

    private void BeginRoot(long start)
    {
        _rootCount++;
        _rootStart = start;
        _pinnedFrom = start;
        _rootType = null;
        _rootSeen = RootMembers.None;
        _declaredCrs = null;
        _featuresFrom = -1;
        _crs = _options.DefaultCrs ?? InputCrs.LonLat;
    }

    private void ReadRootMember(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            FinishRoot(ref reader);
            return;
        }

        if (reader.ValueTextEquals("type"u8))
        {
            SeeRootMember(ref reader, RootMembers.Type, "type");
            Next(ref reader);
            if (reader.TokenType != JsonTokenType.String)
                throw FileError(ref reader, $"\"type\" must be a string, not {JsonTokens.Describe(ref reader)}");
            _rootType = reader.GetString();
            // Fail now: an object of unknown type would otherwise be held whole until its end.
            if (GeoJsonTypes.Parse(_rootType) == GeoJsonType.Unknown)
                throw FileError(ref reader, GeoJsonTypes.Unknown(_rootType!, "FeatureCollection, Feature or a geometry type"));
        }
        else if (reader.ValueTextEquals("crs"u8))
        {
            SeeRootMember(ref reader, RootMembers.Crs, "crs");
            ReadRootCrs(ref reader);
        }
        else if (reader.ValueTextEquals("features"u8) && (_rootType is null or nameof(GeoJsonType.FeatureCollection)))
        {
            SeeRootMember(ref reader, RootMembers.Features, "features");
            Next(ref reader);
            if (reader.TokenType != JsonTokenType.StartArray)
                throw FileError(ref reader, $"\"features\" must be an array of Feature objects, not {JsonTokens.Describe(ref reader)}");
            _crs = _declaredCrs ?? _crs;
            _featuresFrom = _nextIndex;
            _pinnedFrom = -1;
            _phase = Phase.Features;
        }
        else
        {
            var before = Next(ref reader);
            if (reader.TokenType.IsContainerStart())
                Frame(ref reader, before);
        }
        Commit(ref reader);
    }

    private void SeeRootMember(ref Utf8JsonReader reader, RootMembers member, string name)
    {
        if (_rootSeen.HasFlag(member))
            throw FileError(ref reader, $"the member \"{name}\" appears twice, which makes the object ambiguous");
        _rootSeen |= member;
    }

    private void ReadRootCrs(ref Utf8JsonReader reader)
    {
        var before = Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
            return;
        if (reader.TokenType != JsonTokenType.StartObject)
            throw FileError(ref reader, $"\"crs\" must be an object such as {CrsExample}, not {JsonTokens.Describe(ref reader)}");

        long line = LineOf(ref reader), column = _input.ColumnAt(_readerBase + reader.TokenStartIndex);
        var (start, end) = Frame(ref reader, before);
        var cursor = new JsonCursor(_input.Slice(start, end), line);
        cursor.Next();
        string name = ReadCrsName(ref cursor, out string? problem)
            ?? throw new GeoJsonException(problem!, line, column);
        if (!InputCrs.TryParse(name, out var crs))
            throw new GeoJsonException(new UnsupportedCrsException(name).Message, line, column);

        bool featuresRead = _featuresFrom >= 0 && _nextIndex > _featuresFrom;
        if (featuresRead && !crs.IsEquivalentTo(_crs))
        {
            throw new GeoJsonException(
                $"the \"crs\" member ({name}) comes after the features, which were already read as {_crs.Name}: " +
                "move \"crs\" before \"features\" (where GDAL and QGIS write it) so that the file can be read as a stream",
                line, column);
        }
        _declaredCrs = crs;
        if (_featuresFrom < 0)
            _crs = crs;
    }

    /// <summary>The end of a top-level object: a FeatureCollection is done; anything else is one feature, read now.</summary>
    private void FinishRoot(ref Utf8JsonReader reader)
    {
        long end = _readerBase + reader.BytesConsumed;
        var type = GeoJsonTypes.Parse(_rootType);
        if (_rootSeen.HasFlag(RootMembers.Features))
        {
            if (type != GeoJsonType.FeatureCollection)
            {
                throw RootError(_rootType is null
                    ? "the object has \"features\" but no \"type\": \"FeatureCollection\""
                    : $"the object has \"features\" but its type is \"{_rootType}\", not \"FeatureCollection\"");
            }
        }
        else if (type == GeoJsonType.FeatureCollection)
        {
            throw RootError("the FeatureCollection has no \"features\" member");
        }
        else if (_rootType is null)
        {
            throw RootError("the object has no \"type\" member: GeoJSON objects say what they are (\"type\": \"FeatureCollection\", \"Feature\", \"Polygon\", …)");
        }
        else
        {
            ReadFeature(_input.Slice(_rootStart, end), _valueLine, topLevel: true);
        }

        Commit(ref reader);
        _pinnedFrom = -1;
        _phase = Phase.BetweenValues;
    }

    private GeoJsonException RootError(string message) => new(message, _valueLine, _valueColumn);

    /// <summary>One element of "features": normally a Feature object, framed and read whole.</summary>
    private void ReadFeaturesElement(ref Utf8JsonReader reader)
    {
        var before = Next(ref reader);
        switch (reader.TokenType)
        {
            case JsonTokenType.EndArray:
                _phase = Phase.RootMembers;
                break;
            case JsonTokenType.StartObject:
            {
                long line = LineOf(ref reader);
                var (start, end) = Frame(ref reader, before);
                ReadFeature(_input.Slice(start, end), line, topLevel: false);
                break;
            }
            default:
            {
                long line = LineOf(ref reader);
                string what = JsonTokens.Describe(ref reader);
                if (reader.TokenType.IsContainerStart())
                    Frame(ref reader, before);
                int index = _nextIndex++;
                Enqueue(Failed(index, line, null, ValidationIssue.Error(GeoJsonIssueCodes.NotAFeature,
                    $"features[{index - _featuresFrom}] is {what}, not a Feature object (line {line})")));
                break;
            }
        }
        Commit(ref reader);
    }
}
