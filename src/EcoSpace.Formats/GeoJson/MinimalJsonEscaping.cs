using System.Text.Encodings.Web;

namespace EcoSpace.Formats.GeoJson;

/// <summary>
/// Escapes only what JSON requires (quote, backslash, control characters), so that Chinese text,
/// including CJK extension characters outside the BMP (e.g. 𬇙), is written as UTF-8. The built-in
/// UnsafeRelaxedJsonEscaping still writes those as \uXXXX surrogate pairs.
/// </summary>
internal sealed class MinimalJsonEscaping : JavaScriptEncoder
{
    public static MinimalJsonEscaping Instance { get; } = new();

    private MinimalJsonEscaping() { }

    public override int MaxOutputCharactersPerInputCharacter => 6; // \uXXXX

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (c < 0x20 || c == '"' || c == '\\')
                return i;
            if (char.IsSurrogate(c))
            {
                // A well-formed pair is written as UTF-8; a lone surrogate cannot be, so it is escaped.
                if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                    i++;
                else
                    return i;
            }
        }
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        string escaped = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            < 0x20 => $"\\u{unicodeScalar:X4}",
            _ => char.ConvertFromUtf32(unicodeScalar),
        };
        if (escaped.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }
        escaped.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = escaped.Length;
        return true;
    }
}
