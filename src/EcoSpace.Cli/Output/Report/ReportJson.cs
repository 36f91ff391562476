using System.Text.Json;
using System.Text.Json.Nodes;
using EcoSpace.Core.Indicators.Report;

namespace EcoSpace.Cli.Output.Report;

/// <summary>
/// The report as one JSON document (snake_case, <see cref="Json.Options"/>), full precision, both
/// languages. Every value is given in its display unit (<c>value</c>, with <c>unit</c>) and in SI
/// under a name that says the unit: <c>value_m</c>, <c>value_m2</c> or <c>ratio</c> (0..1); ratio rows
/// add <c>numerator_m</c> and <c>denominator_m</c>. Targets are written the same way. <c>status</c> is
/// <c>met</c>, <c>not_met</c> or <c>no_target</c>.
/// </summary>
public static class ReportJson
{
    public static string Render(IndicatorReport report)
    {
        var document = new JsonObject
        {
            ["data_version"] = report.Provenance.DataVersion,
            ["computed_at"] = ReportNumbers.Timestamp(report.Provenance.ComputedAt),
            ["ellipsoid"] = report.Ellipsoid,
            ["as_of"] = ReportNumbers.Date(report.AsOf),
            ["rows"] = new JsonArray(report.Rows.Select(Row).ToArray<JsonNode?>()),
            ["warnings"] = Notes(report.Warnings),
        };
        return document.ToJsonString(Json.Options);
    }

    private static JsonObject Row(ReportRow row)
    {
        var json = new JsonObject
        {
            ["row"] = row.Row,
            ["key"] = row.Key,
            ["label_zh"] = row.LabelZh,
            ["label_en"] = row.LabelEn,
        };
        AddValue(json, row.Quantity, row.ValueSi, row.NumeratorMeters, row.DenominatorMeters);
        json["target"] = row.Target is { } target ? Target(row.Quantity, target) : null;
        json["status"] = ReportWords.StatusCode(row.Status);
        if (row.Classes is { } classes)
        {
            json["classes"] = new JsonObject
            {
                ["property"] = classes.Property,
                ["numerator"] = new JsonArray(classes.Numerator.Select(c => (JsonNode?)c).ToArray()),
                ["denominator"] = new JsonArray(classes.Denominator.Select(c => (JsonNode?)c).ToArray()),
            };
        }
        json["breakdowns"] = new JsonArray(row.Breakdowns.Select(b => (JsonNode?)new JsonObject
        {
            ["dimension"] = b.Dimension,
            ["label_zh"] = b.LabelZh,
            ["label_en"] = b.LabelEn,
            ["items"] = new JsonArray(b.Items.Select(Item).ToArray<JsonNode?>()),
        }).ToArray());
        json["notes"] = Notes(row.Notes);
        return json;
    }

    private static JsonNode Item(BreakdownItem item)
    {
        var json = new JsonObject { ["code"] = item.Code, ["label_zh"] = item.LabelZh, ["label_en"] = item.LabelEn };
        AddValue(json, item.Quantity, item.ValueSi, item.NumeratorMeters, item.DenominatorMeters);
        return json;
    }

    private static void AddValue(JsonObject json, ReportQuantity quantity, double? si, double? numeratorMeters, double? denominatorMeters)
    {
        json["value"] = si is { } v ? quantity.ToDisplay(v) : null;
        json["unit"] = quantity.DisplayUnit();
        json[SiName(quantity)] = si;
        if (numeratorMeters is not null || denominatorMeters is not null)
        {
            json["numerator_m"] = numeratorMeters;
            json["denominator_m"] = denominatorMeters;
        }
    }

    private static JsonObject Target(ReportQuantity quantity, ReportTarget target) => new()
    {
        ["setting"] = target.SettingKey,
        ["comparison"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(target.Comparison.ToString()),
        ["value"] = quantity.TargetToDisplay(target.ValueInSettingUnit),
        ["unit"] = quantity.DisplayUnit(),
        [SiName(quantity)] = quantity.TargetToSi(target.ValueInSettingUnit),
        ["source"] = target.Source,
    };

    /// <summary><c>value_m</c>, <c>value_m2</c> or <c>ratio</c>.</summary>
    private static string SiName(ReportQuantity quantity) =>
        quantity == ReportQuantity.Ratio ? "ratio" : $"value_{quantity.SiUnit()}";

    private static JsonArray Notes(IReadOnlyList<ReportNote> notes) =>
        new(notes.Select(n => (JsonNode?)new JsonObject { ["zh"] = n.Zh, ["en"] = n.En }).ToArray());
}
