namespace EcoSpace.Data.GeoPackage;

/// <summary>Quoting for the few SQL texts built from names (kind, column) rather than parameters.</summary>
internal static class Sql
{
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    public static string Literal(string text) => "'" + text.Replace("'", "''") + "'";

}
