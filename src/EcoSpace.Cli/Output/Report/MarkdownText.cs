using System.Text;

namespace EcoSpace.Cli.Output.Report;

/// <summary>Text for a Markdown table cell: ASCII punctuation that means something escaped with a backslash (CommonMark §2.4), line breaks as spaces.</summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\r' or '\n')
                escaped.Append(' ');
            else
            {
                if (c is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '&' or '#' or '!')
                    escaped.Append('\\');
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }
}
