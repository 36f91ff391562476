namespace EcoSpace.Core.Indicators.Report;

/// <summary>The stable keys of the report's rows; each names its target setting (<c>target.…</c>).</summary>
public static class ReportKeys
{
    public const string RestoredShoreline = "restored_shoreline";
    public const string RestoredWetland = "restored_wetland";
    public const string RedLineArea = "red_line_area";
    public const string ProtectedArea = "protected_area";
    public const string NaturalShorelineRatio = "natural_shoreline_ratio";
    public const string BankProtectionRatio = "bank_protection_ratio";
    public const string BeautifulBayShare = "beautiful_bay_share";
}
