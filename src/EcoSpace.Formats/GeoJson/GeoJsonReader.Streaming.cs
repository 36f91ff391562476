using System.Text.Json;

namespace EcoSpace.Formats.GeoJson;

// Token reading over the sliding input window: a Utf8JsonReader is rebuilt from a saved state
// whenever more input is needed, and a value that must be held whole (a feature) is "framed":
// skipped with TrySkip, reading more and retrying from the checkpoint until all of it is held.
public sealed partial class GeoJsonReader
{
    private static readonly JsonReaderOptions JsonOptions = new() { AllowMultipleValues = true };

    private readonly record struct Checkpoint(long Position, JsonReaderState State);

    private long _position;          // where the next reader resumes (absolute offset in the stream)
    private JsonReaderState _state;  // the reader's state at _position
    private long _readerBase;        // where the current reader's span starts
    private long _pinnedFrom = -1;   // bytes from here on stay held (a root not yet known to be a FeatureCollection)

    private Utf8JsonReader ResumeReader()
    {
        _readerBase = _position;
        return new Utf8JsonReader(_input.From(_position), _input.IsFinal, _state);
    }

    /// <summary>Saves where the reader is, for the next step.</summary>
    private void Commit(ref Utf8JsonReader reader)
    {
        _position = _readerBase + reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>Reads the next token, reading more input as needed; returns the checkpoint before it.</summary>
    private Checkpoint Next(ref Utf8JsonReader reader)
    {
        var before = new Checkpoint(_readerBase + reader.BytesConsumed, reader.CurrentState);
        while (!reader.Read())
        {
            if (_input.IsFinal)
                throw new GeoJsonSyntaxException("the file ends too early", _input.LineAt(_input.End), _input.ColumnAt(_input.End));
            Resume(ref reader, before);
        }
        return before;
    }

    /// <summary>
    /// The current token starts an object or array: makes sure all of it is held and moves past it.
    /// Returns where it starts and ends.
    /// </summary>
    private (long Start, long End) Frame(ref Utf8JsonReader reader, Checkpoint before)
    {
        long start = _readerBase + reader.TokenStartIndex;
        while (!reader.TrySkip())
        {
            Resume(ref reader, before);
            reader.Read();
        }
        return (start, _readerBase + reader.BytesConsumed);
    }

    /// <summary>Reads more input and rebuilds the reader at <paramref name="at"/>.</summary>
    private void Resume(ref Utf8JsonReader reader, Checkpoint at)
    {
        _input.Refill(_pinnedFrom >= 0 ? Math.Min(_pinnedFrom, at.Position) : at.Position);
        _readerBase = at.Position;
        reader = new Utf8JsonReader(_input.From(at.Position), _input.IsFinal, at.State);
    }

    private long LineOf(ref Utf8JsonReader reader) => _input.LineAt(_readerBase + reader.TokenStartIndex);

    /// <summary>A problem of the file as a whole, at the reader's current token.</summary>
    private GeoJsonException FileError(ref Utf8JsonReader reader, string message)
    {
        long at = _readerBase + reader.TokenStartIndex;
        return new GeoJsonException(message, _input.LineAt(at), _input.ColumnAt(at));
    }

    /// <summary>Broken JSON: the reader counts lines from the start of the current top-level value.</summary>
    private GeoJsonSyntaxException Syntax(JsonException e)
    {
        long lineInValue = e.LineNumber ?? 0;
        long line = _valueLine + lineInValue;
        long column = (lineInValue == 0 ? _valueColumn - 1 : 0) + (e.BytePositionInLine ?? 0) + 1;
        string message = e.Message;
        int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (suffix >= 0)
            message = message[..suffix];
        if (message.StartsWith("'N'", StringComparison.Ordinal) || message.StartsWith("'I'", StringComparison.Ordinal))
            message += " (NaN and Infinity are not JSON numbers: every coordinate must be a finite number)";
        return new GeoJsonSyntaxException($"broken JSON: {message}", line, column, e);
    }
}
