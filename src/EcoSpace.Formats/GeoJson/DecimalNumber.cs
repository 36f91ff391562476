namespace EcoSpace.Formats.GeoJson;

/// <summary>
/// Fast exact parsing of the plain decimals coordinates are written as ("119.930281529"): when the
/// digits form an integer below 2^53 and there are at most 22 decimals, integer / 10^decimals is one
/// correctly rounded IEEE division of two exact values, so the result equals double.Parse's
/// (Clinger's fast path). Anything else (exponents, more digits) is left to the framework.
/// </summary>
internal static class DecimalNumber
{
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    private const long ExactLimit = 1L << 53;

    /// <summary>Parses a JSON number token (already checked by the reader); false when the fast path does not apply.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = text.Length > 0 && text[0] == (byte)'-';
        if (negative)
            i++;

        long digits = 0;
        int decimals = -1;
        for (; i < text.Length; i++)
        {
            uint d = (uint)(text[i] - '0');
            if (d <= 9)
            {
                digits = digits * 10 + d;
                if (digits >= ExactLimit)
                    return false;
                if (decimals >= 0)
                    decimals++;
            }
            else if (text[i] == (byte)'.' && decimals < 0)
            {
                decimals = 0;
            }
            else
            {
                return false; // exponent
            }
        }

        if (decimals > 22)
            return false;
        double magnitude = decimals > 0 ? digits / PowersOfTen[decimals] : digits;
        value = negative ? -magnitude : magnitude;
        return true;
    }
}
