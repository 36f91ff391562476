namespace EcoSpace.Core.Indicators.Report;

/// <summary>
/// One breakdown of an indicator along a dimension (<c>domain</c>, <c>function</c>, <c>pa_type</c>,
/// <c>level</c>, <c>zone</c>, <c>class</c>, <c>coast</c>, <c>bay</c>, <c>feature</c>), with the
/// dimension's labels. Where the items partition the indicator, their values add up to its value.
/// </summary>
public sealed record ReportBreakdown(string Dimension, string LabelZh, string LabelEn, IReadOnlyList<BreakdownItem> Items);

/// <summary>
/// One item of a breakdown: a code (or feature id; null for features without the property), its
/// labels (from <see cref="Schema.KindCatalog"/> for codes) and its value in SI, with numerator and
/// denominator in metres when it is a ratio.
/// </summary>
public sealed record BreakdownItem(
    string? Code,
    string LabelZh,
    string LabelEn,
    ReportQuantity Quantity,
    double? ValueSi,
    double? NumeratorMeters = null,
    double? DenominatorMeters = null);
