using System.Text;

namespace EcoSpace.Cli.Output;

/// <summary>
/// A plain, aligned text table that reads the same in a terminal, a pipe and a log file. Chinese
/// characters take two columns in a terminal, so widths are counted in display columns.
/// </summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];
    private readonly HashSet<int> rightAligned = [];

    public TextTable AlignRight(int column)
    {
        rightAligned.Add(column);
        return this;
    }

    public void Add(params string[] cells) => rows.Add(cells);

    public override string ToString()
    {
        var all = rows.Prepend(headers).ToList();
        var widths = headers.Select((_, c) => all.Max(r => DisplayWidth(r[c]))).ToArray();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            var cells = row.Select((cell, c) => Pad(cell, widths[c], rightAligned.Contains(c)));
            text.AppendLine(string.Join("  ", cells).TrimEnd());
            if (ReferenceEquals(row, headers))
                text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        }
        return text.ToString();
    }

    private static string Pad(string cell, int width, bool right)
    {
        var padding = new string(' ', width - DisplayWidth(cell));
        return right ? padding + cell : cell + padding;
    }

    private static int DisplayWidth(string text) => text.Sum(c => IsWide(c) ? 2 : 1);

    // CJK ideographs, CJK punctuation and full-width forms occupy two terminal columns.
    private static bool IsWide(char c) => c is >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFF60';
}
