namespace EcoSpace.Cli.Output.Audit;

/// <summary>Lists of ids in warnings: the first ten, then how many more.</summary>
public static class WarningText
{
    private const int Shown = 10;

    public static string Ids(IReadOnlyList<string> ids) =>
        string.Join(", ", ids.Take(Shown)) + (ids.Count > Shown ? $", … and {ids.Count - Shown} more" : "");
}
