using EcoSpace.Cli.Tests.Support;
using System.Text;
using System.Text.Json.Nodes;

namespace EcoSpace.Cli.Tests.Report;

/// <summary>The report's forms: text table, CSV, Markdown, HTML and JSON files.</summary>
public class ReportFormatTests
{
    [Fact]
    public void TheTableIsInChineseByDefaultAndInEnglishWithLangEn()
    {
        using var project = new SampleProject();

        var zh = project.Report();
        Assert.True(zh.ExitCode == 0, zh.ToString());
        Assert.Contains("生态保护红线面积", zh.Stdout);
        Assert.Contains("187634.22 ha", zh.Stdout);
        Assert.Contains("≥ 189320.00 ha", zh.Stdout);
        Assert.Contains("35.40 %", zh.Stdout);
        Assert.Contains("65.946 / 186.288 km", zh.Stdout);
        Assert.Contains("未达标", zh.Stdout);
        Assert.Contains("无目标", zh.Stdout);

        var en = project.Report("--lang", "en");
        Assert.True(en.ExitCode == 0, en.ToString());
        Assert.Contains("Natural shoreline retention ratio", en.Stdout);
        Assert.Contains("not met", en.Stdout);
        Assert.Contains("no target", en.Stdout);
        Assert.DoesNotContain("达标", en.Stdout);
    }

    [Fact]
    public void CsvStartsWithABomAndEveryRecordHasTheSameColumns()
    {
        using var project = new SampleProject();
        var result = project.Report("-o", "report.csv");
        Assert.True(result.ExitCode == 0, result.ToString());

        byte[] bytes = File.ReadAllBytes(project.File("report.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var records = Rfc4180.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));

        int columns = records[0].Count;
        Assert.Equal(12, columns);
        Assert.All(records, r => Assert.Equal(columns, r.Count));
        var indicators = records.Skip(1).Where(r => r[2] == "").ToArray();
        Assert.Equal(["restored_shoreline", "restored_wetland", "red_line_area", "protected_area", "natural_shoreline_ratio",
            "bank_protection_ratio", "beautiful_bay_share"], indicators.Select(r => r[1]));
        var redLine = indicators.Single(r => r[1] == "red_line_area");
        Assert.Equal(["187634.22", "ha", "189320.00", "未达标"], redLine[6..10]);
        Assert.Contains(records, r => r[1] == "red_line_area" && r[2] == "domain" && r[3] == "marine" && r[4] == "海洋");
    }

    [Fact]
    public void CsvQuotesFieldsWithCommasAndQuotes()
    {
        using var project = new SampleProject();
        Import(project, """
            {"type":"Feature","id":"rs-quoted","properties":{"name":"修复, \"一期\"","target":"wetland","completed":"2020-01-01"},
             "geometry":{"type":"Polygon","coordinates":[[[119.2,34.9],[119.21,34.9],[119.21,34.91],[119.2,34.91],[119.2,34.9]]]}}
            """);

        Assert.Equal(0, project.Report("-o", "r.csv").ExitCode);
        var text = File.ReadAllText(project.File("r.csv"), Encoding.UTF8);
        Assert.Contains("\"修复, \"\"一期\"\" (2020-01-01)\"", text);
        var records = Rfc4180.Parse(text.TrimStart('\uFEFF'));
        Assert.All(records, r => Assert.Equal(12, r.Count));
        Assert.Contains(records, r => r[3] == "rs-quoted" && r[4] == "修复, \"一期\" (2020-01-01)");
    }

    [Fact]
    public void HtmlIsOneSelfContainedFileWithEveryTextEscaped()
    {
        using var project = new SampleProject();
        // A restoration without a completed date is named (with its name) in the warnings.
        Import(project, """
            {"type":"Feature","id":"rs-evil","properties":{"name":"<script>alert('x')</script> & <img src=x>","target":"shoreline"},
             "geometry":{"type":"LineString","coordinates":[[119.2,34.9],[119.21,34.91]]}}
            """);

        var result = project.Report("-o", "report.html");
        Assert.True(result.ExitCode == 0, result.ToString());
        string html = File.ReadAllText(project.File("report.html"), Encoding.UTF8);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("<style>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        foreach (var external in new[] { "http://", "https://", "//", "href=", "src=\"", "url(", "@import", "<link" })
            Assert.DoesNotContain(external, html);
        Assert.Contains("class=\"not_met\"", html);
        Assert.Contains("class=\"met\"", html);

        var en = project.Report("-o", "en.html", "--lang", "en");
        Assert.Equal(0, en.ExitCode);
        Assert.Contains("<html lang=\"en\">", File.ReadAllText(project.File("en.html")));
    }

    [Fact]
    public void OutputToAMarkdownFileWritesTheFileAndSaysWhere()
    {
        using var project = new SampleProject();
        var result = project.Report("-o", "report.md");
        Assert.True(result.ExitCode == 0, result.ToString());

        string path = project.File("report.md");
        Assert.Equal($"wrote the indicator report (md) to {path}", result.Stdout.Trim());
        string markdown = File.ReadAllText(path);
        Assert.StartsWith("# 生态空间指标报告", markdown);
        Assert.Contains("| 17 | 生态保护红线面积（含陆域和海洋） | 187634.22 ha | ≥ 189320.00 ha | ***未达标*** |", markdown);
        Assert.Contains("## 41 美丽海湾岸线占比", markdown);
        // Written whole: nothing but the project, its report and no temporary file.
        Assert.Empty(Directory.GetFiles(project.Folder, "*partial*"));
    }

    [Fact]
    public void AJsonFileHasNoBomAndParses()
    {
        using var project = new SampleProject();
        Assert.Equal(0, project.Report("-o", "report.json").ExitCode);

        byte[] bytes = File.ReadAllBytes(project.File("report.json"));
        Assert.Equal((byte)'{', bytes[0]);
        Assert.Equal(7, JsonNode.Parse(bytes)!["rows"]!.AsArray().Count);
    }

    private static void Import(SampleProject project, string feature)
    {
        var file = project.Write("extra.geojson", feature);
        var result = Support.Ecospace.Run("--db", project.Database, "import", file, "--kind", "restoration");
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
