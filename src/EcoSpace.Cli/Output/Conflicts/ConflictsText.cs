using System.Globalization;
using EcoSpace.Core.Conflicts;
using EcoSpace.Core.Indicators.Settings;

namespace EcoSpace.Cli.Output.Conflicts;

/// <summary>
/// The conflicts as text: a summary row per rule and severity checked (zero rows too, so a reader
/// sees what was checked), then one row per conflict, then the slivers dropped, the code sets and
/// the data version.
/// </summary>
public static class ConflictsText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(ConflictResult result, ConflictOptions options, string? writtenTo)
    {
        var output = Console.Out;
        output.WriteLine($"冲突检查 conflict check: {result.Conflicts.Count} conflict(s)");
        output.WriteLine();

        var summary = new TextTable("rule", "规则", "severity", "conflicts", "total").AlignRight(3).AlignRight(4);
        foreach (var count in result.Summary)
        {
            summary.Add(count.Rule, ConflictCatalog.Find(count.Rule)!.Zh, Severity(count.Severity),
                count.Count.ToString(Invariant), ConflictFigures.Size(count));
        }
        output.Write(summary);

        if (result.Conflicts.Count > 0)
        {
            output.WriteLine();
            var table = new TextTable("rule", "severity", "a", "b", "area m² (ha) / length m").AlignRight(4);
            foreach (var conflict in result.Conflicts)
                table.Add(conflict.Rule, Severity(conflict.Severity), conflict.AId, conflict.BId, ConflictFigures.Size(conflict));
            output.Write(table);
        }

        output.WriteLine();
        var dropped = result.SliversDropped.Where(s => s.Count > 0).Select(s => $"{s.Rule} {s.Count}").ToArray();
        output.WriteLine($"slivers dropped (overlaps under {ConflictFigures.Meters(options.SliverAreaSquareMeters)} m² or {ConflictFigures.Meters(options.SliverLengthMeters)} m): " +
            (dropped.Length == 0 ? "none" : string.Join(", ", dropped)));
        output.WriteLine($"natural shoreline classes: {Codes(options.ShorelineNaturalClasses)}; protected bank zones: {Codes(options.BankProtectedZones)}");
        output.WriteLine(string.Create(Invariant,
            $"geodesic on {options.Ellipsoid.Name}{(options.Ellipsoid.Name == "GRS80" ? " (CGCS2000)" : "")}, data version {result.Provenance.DataVersion}, " +
            $"computed {result.Provenance.ComputedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}"));
        if (writtenTo is not null)
            output.WriteLine($"wrote {result.Conflicts.Count} conflict(s) as GeoJSON to {writtenTo}");
    }

    private static string Severity(ConflictSeverity severity) =>
        $"{ConflictCatalog.Name(severity)} {ConflictCatalog.Label(severity).Zh}";

    private static string Codes(CodeSet set) => set.IsAll ? "* (all)" : string.Join(", ", set.Codes);
}
