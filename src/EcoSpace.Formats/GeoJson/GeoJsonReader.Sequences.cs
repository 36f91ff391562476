using System.Text.Json;

namespace EcoSpace.Formats.GeoJson;

// The file as a sequence of top-level GeoJSON objects: one for an ordinary file, one per line for
// newline-delimited GeoJSON, one per record for RFC 8142 (RS 0x1E before each). Whitespace and RS
// separate them, so the same loop reads all three forms and no file extension is needed.
public sealed partial class GeoJsonReader
{
    private const byte RecordSeparator = 0x1E;

    private enum Phase { BetweenValues, RootMembers, Features, Done }

    private Phase _phase = Phase.BetweenValues;
    private bool _started;

    // Where the current top-level value starts, for messages (the reader counts lines from there).
    private long _valueLine = 1, _valueColumn = 1;

    /// <summary>Moves to the next top-level object; false at the end of the file.</summary>
    private bool StartNextValue()
    {
        if (!SkipSeparators())
        {
            _phase = Phase.Done;
            // An empty file is a wrong file (a failed export, a truncated copy), not an empty layer.
            if (_rootCount == 0)
                throw new GeoJsonException("the file is empty: it holds no GeoJSON object", _input.LineAt(_position), _input.ColumnAt(_position));
            return false;
        }

        bool first = _nextIndex == 0 && _rootCount == 0;
        BeginRoot(_position);
        _valueLine = _input.LineAt(_position);
        _valueColumn = _input.ColumnAt(_position);
        _state = new JsonReaderState(JsonOptions);

        var reader = ResumeReader();
        try
        {
            Next(ref reader);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw FileError(ref reader, first
                    ? $"the file must hold a GeoJSON object (a FeatureCollection, a Feature or a geometry), not {JsonTokens.Describe(ref reader)}"
                    : $"expected the next GeoJSON object of the sequence, found {JsonTokens.Describe(ref reader)}");
            }
            Commit(ref reader);
        }
        catch (JsonException e)
        {
            throw Syntax(e);
        }
        _phase = Phase.RootMembers;
        return true;
    }

    /// <summary>Skips whitespace, RS and a leading BOM; false when nothing but those is left.</summary>
    private bool SkipSeparators()
    {
        while (true)
        {
            if (_position == _input.End)
            {
                if (_input.IsFinal)
                    return false;
                _input.Refill(_position);
                continue;
            }

            if (!_started)
            {
                _started = true;
                CheckEncoding();
                continue;
            }

            switch (_input[_position])
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or RecordSeparator:
                    _position++;
                    break;
                default:
                    return true;
            }
        }
    }

    private void CheckEncoding()
    {
        var head = _input.From(_position);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _position += 3;
            return;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new GeoJsonException("the file is UTF-16 text; GeoJSON must be UTF-8 (RFC 7946 §11): save it as UTF-8", 1, 1);
    }
}
