using System.Text;

namespace EcoSpace.Cli.Tests.Report;

/// <summary>A strict RFC 4180 reader for the tests: CRLF record ends, quoted fields with doubled quotes; anything else throws.</summary>
internal static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        throw new FormatException("unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                        throw new FormatException($"quote inside an unquoted field at {i}");
                    field.Append(text[i++]);
                }
            }

            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
                throw new FormatException("the last record has no CRLF");
            if (text[i] == ',') { i++; continue; }
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                records.Add(record);
                record = [];
                i += 2;
                continue;
            }
            throw new FormatException($"bare line feed or carriage return at {i}");
        }
        return records;
    }
}
