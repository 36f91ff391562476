using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Indicators.Report;

/// <summary>Chinese and English labels of code-list values and properties, from <see cref="KindCatalog"/>.</summary>
internal static class CodeLabels
{
    public const string NotGivenZh = "未填";
    public const string NotGivenEn = "not given";

    /// <summary>The labels of <paramref name="code"/>; the code itself when the list lacks it; "not given" for null.</summary>
    public static (string Zh, string En) Of(string kind, string property, string? code)
    {
        if (code is null)
            return (NotGivenZh, NotGivenEn);
        var value = KindCatalog.FindCode(kind, property, code);
        return value is null ? (code, code) : (value.Zh, value.En);
    }

    /// <summary>The codes of the property's list, in list order.</summary>
    public static IReadOnlyList<string> Codes(string kind, string property) => KindCatalog.CodesOf(kind, property);

    public static PropertyDefinition Property(string kind, string property) =>
        KindCatalog.Get(kind).FindProperty(property) ?? throw new ArgumentException($"{kind} has no property '{property}'", nameof(property));

    /// <summary>A code set for a note: the labels joined (、 in Chinese), or <paramref name="all"/> for <c>*</c>.</summary>
    public static ReportNote Set(string kind, string property, CodeSet set, ReportNote all) =>
        set.IsAll
            ? all
            : new ReportNote(
                string.Join("、", set.Codes.Select(c => Of(kind, property, c).Zh)),
                string.Join(", ", set.Codes));
}
