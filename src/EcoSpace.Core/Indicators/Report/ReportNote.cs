namespace EcoSpace.Core.Indicators.Report;

/// <summary>A note or warning in Chinese and English (messages passed on from the ratio code are English in both).</summary>
public sealed record ReportNote(string Zh, string En)
{
    public string In(bool english) => english ? En : Zh;
}
