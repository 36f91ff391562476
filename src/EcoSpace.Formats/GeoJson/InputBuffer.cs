namespace EcoSpace.Formats.GeoJson;

/// <summary>
/// A window on a stream for Utf8JsonReader: bytes are addressed by their absolute offset in the
/// stream, the window slides forward as the parser lets go of old bytes and grows only when one
/// value must be held whole (a feature larger than the window). Counts lines for messages.
/// </summary>
internal sealed class InputBuffer(Stream stream, int initialSizeBytes)
{
    private readonly int _initialSize = Math.Max(initialSizeBytes, 16);
    private byte[] _bytes = new byte[Math.Max(initialSizeBytes, 16)];
    private int _length;

    // Line counting: the 1-based line at _countedTo (an index into _bytes).
    private int _countedTo;
    private long _lineAtCounted = 1;

    /// <summary>Absolute stream offset of the first byte held.</summary>
    public long Offset { get; private set; }

    /// <summary>Absolute stream offset just past the last byte held.</summary>
    public long End => Offset + _length;

    /// <summary>True once the stream has no more bytes: what is held is all there is.</summary>
    public bool IsFinal { get; private set; }

    public ReadOnlySpan<byte> From(long position) => _bytes.AsSpan(Index(position), _length - Index(position));

    public ReadOnlySpan<byte> Slice(long start, long end) => _bytes.AsSpan(Index(start), (int)(end - start));

    public byte this[long position] => _bytes[Index(position)];

    /// <summary>
    /// Lets go of the bytes before <paramref name="keepFrom"/>, then reads until the window is full
    /// or the stream ends (growing the window when nothing could be let go of). Reading until full
    /// keeps re-scans of a large value from growing quadratically.
    /// </summary>
    public void Refill(long keepFrom)
    {
        int discard = Index(keepFrom);
        if (discard > 0)
        {
            LineAt(keepFrom);
            Buffer.BlockCopy(_bytes, discard, _bytes, 0, _length - discard);
            _length -= discard;
            _countedTo -= discard;
            Offset += discard;
        }

        if (_length == _bytes.Length)
        {
            // 1.5x: a huge feature is held whole, and the old window is garbage until the next full GC.
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, _bytes.Length + Math.Max(_bytes.Length / 2, 16L)));
        }
        else if (_bytes.Length > 4 * _initialSize && _length <= _initialSize / 2)
        {
            // Past a huge feature: go back to the initial window rather than keep the largest one.
            var smaller = new byte[_initialSize];
            _bytes.AsSpan(0, _length).CopyTo(smaller);
            _bytes = smaller;
        }

        while (_length < _bytes.Length && !IsFinal)
        {
            int read = stream.Read(_bytes, _length, _bytes.Length - _length);
            if (read == 0)
                IsFinal = true;
            _length += read;
        }
    }

    /// <summary>The 1-based line of a held byte (cheap when asked in increasing order).</summary>
    public long LineAt(long position)
    {
        int index = Index(position);
        if (index >= _countedTo)
            _lineAtCounted += _bytes.AsSpan(_countedTo, index - _countedTo).Count((byte)'\n');
        else
            _lineAtCounted -= _bytes.AsSpan(index, _countedTo - index).Count((byte)'\n');
        _countedTo = index;
        return _lineAtCounted;
    }

    /// <summary>The 1-based byte column of a held byte (counted from the window's start if its line began before).</summary>
    public long ColumnAt(long position)
    {
        int index = Index(position);
        int lineStart = _bytes.AsSpan(0, index).LastIndexOf((byte)'\n') + 1;
        return index - lineStart + 1;
    }

    private int Index(long position)
    {
        long index = position - Offset;
        if (index < 0 || index > _length)
            throw new InvalidOperationException($"byte {position} is not held (window {Offset}..{End})");
        return (int)index;
    }
}
