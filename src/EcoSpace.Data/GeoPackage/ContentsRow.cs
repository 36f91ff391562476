namespace EcoSpace.Data.GeoPackage;

/// <summary>A row of gpkg_contents: one layer, its label and its extent (null when empty).</summary>
internal sealed class ContentsRow
{
    public const string Table = "gpkg_contents";

    public required string TableName { get; set; }

    public required string DataType { get; set; }

    public string? Identifier { get; set; }

    public string? Description { get; set; }

    public required string LastChange { get; set; }

    public double? MinX { get; set; }

    public double? MinY { get; set; }

    public double? MaxX { get; set; }

    public double? MaxY { get; set; }

    public int? SrsId { get; set; }
}
