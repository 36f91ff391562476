namespace EcoSpace.Core.Indicators.Report;

/// <summary>
/// One indicator of the report. <see cref="Row"/> is its number in the plan's table 2.6-1
/// (seeds/000: "13", "17", "18", "19", "41"; rows 13 and 17 have two indicators each, told apart by
/// <see cref="Key"/>, which is stable and names the target setting <c>target.&lt;key&gt;…</c>).
/// <see cref="ValueSi"/> is in metres, square metres or a ratio 0..1 (null: a ratio with nothing to
/// divide by); ratio rows carry their numerator and denominator in metres.
/// </summary>
public sealed record ReportRow(
    string Row,
    string Key,
    string LabelZh,
    string LabelEn,
    ReportQuantity Quantity,
    double? ValueSi,
    ReportTarget? Target,
    TargetStatus Status,
    IReadOnlyList<ReportBreakdown> Breakdowns,
    IReadOnlyList<ReportNote> Notes)
{
    public double? NumeratorMeters { get; init; }
    public double? DenominatorMeters { get; init; }

    /// <summary>Ratio rows: the code sets of the numerator and the denominator, as the ratio result records them.</summary>
    public Ratios.RatioClasses? Classes { get; init; }

    /// <summary>The value in the display unit (km, ha, %), unrounded.</summary>
    public double? DisplayValue => ValueSi is { } si ? Quantity.ToDisplay(si) : null;

    public string Label(bool english) => english ? LabelEn : LabelZh;
}
