using System.Text.Json;

namespace EcoSpace.Formats.GeoJson;

/// <summary>
/// A reader over one complete JSON value held in memory (a framed feature), which knows where its
/// tokens are in the file: line numbers are only counted when a message needs one.
/// </summary>
internal ref struct JsonCursor
{
    public Utf8JsonReader Reader;
    private readonly ReadOnlySpan<byte> _value;
    private readonly int _readerOffset;
    private readonly long _firstLine;

    public JsonCursor(ReadOnlySpan<byte> value, long firstLine) : this(value, 0, value.Length, firstLine) { }

    private JsonCursor(ReadOnlySpan<byte> value, int start, int end, long firstLine)
    {
        _value = value;
        _readerOffset = start;
        _firstLine = firstLine;
        Reader = new Utf8JsonReader(value[start..end], isFinalBlock: true, state: default);
    }

    /// <summary>Offset of the current token in the value.</summary>
    public readonly int TokenOffset => _readerOffset + (int)Reader.TokenStartIndex;

    /// <summary>Offset just past the current token (past the whole value after a Skip).</summary>
    public readonly int ConsumedOffset => _readerOffset + (int)Reader.BytesConsumed;

    /// <summary>The 1-based file line of the current token.</summary>
    public readonly long Line => LineOf(TokenOffset);

    public readonly long LineOf(int offset) => _firstLine + _value[..offset].Count((byte)'\n');

    /// <summary>
    /// How many arrays start, at the outermost level, between <paramref name="offset"/> and the
    /// first unmatched <c>]</c>: from a position's <c>[</c> inside a list of positions, the number of
    /// positions left. Brackets are counted as bytes (no strings are expected there), so the
    /// answer is a capacity hint, not a fact.
    /// </summary>
    public readonly int CountArraysFrom(int offset)
    {
        var rest = _value[offset..];
        int depth = 0, count = 0;
        while (true)
        {
            int i = rest.IndexOfAny((byte)'[', (byte)']');
            if (i < 0)
                return count;
            if (rest[i] == (byte)'[')
            {
                if (depth++ == 0)
                    count++;
            }
            else if (depth-- == 0)
            {
                return count;
            }
            rest = rest[(i + 1)..];
        }
    }

    /// <summary>A cursor over the part [start, end) of the same value, e.g. a member read later.</summary>
    public readonly JsonCursor Part(int start, int end) => new(_value, start, end, _firstLine);

    /// <summary>Reads the next token; the value is complete and already checked, so this cannot run out.</summary>
    public void Next() => Reader.Read();

    /// <summary>
    /// After a problem inside a member value that began with a token at <paramref name="valueDepth"/>,
    /// moves to that value's last token so that the next member can be read.
    /// </summary>
    public void SkipRestOfValue(int valueDepth)
    {
        if (Reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
            Reader.Skip();
        while (Reader.CurrentDepth > valueDepth)
        {
            Reader.Read();
            if (Reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
                Reader.Skip();
        }
    }
}
