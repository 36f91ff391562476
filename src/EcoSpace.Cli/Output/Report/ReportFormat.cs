namespace EcoSpace.Cli.Output.Report;

/// <summary>The forms the indicator report is written in.</summary>
public enum ReportFormat
{
    Table,
    Json,
    Csv,
    Markdown,
    Html,
}

/// <summary>Reads <c>--format</c> and tells the format from an output file's extension.</summary>
public static class ReportFormats
{
    public const string Names = "table, json, csv, md, html";

    /// <summary>The format named <paramref name="name"/> (also <c>markdown</c>, <c>htm</c>), or null.</summary>
    public static ReportFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "table" or "text" => ReportFormat.Table,
        "json" => ReportFormat.Json,
        "csv" => ReportFormat.Csv,
        "md" or "markdown" => ReportFormat.Markdown,
        "html" or "htm" => ReportFormat.Html,
        _ => null,
    };

    /// <summary>The format of a file named <paramref name="path"/>: .json .csv .md .html; .txt or no extension is the text table; else null.</summary>
    public static ReportFormat? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => ReportFormat.Json,
        ".csv" => ReportFormat.Csv,
        ".md" or ".markdown" => ReportFormat.Markdown,
        ".html" or ".htm" => ReportFormat.Html,
        ".txt" or "" => ReportFormat.Table,
        _ => null,
    };

    public static string Name(this ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "md",
        _ => format.ToString().ToLowerInvariant(),
    };
}
