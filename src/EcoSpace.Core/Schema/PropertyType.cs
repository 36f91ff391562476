namespace EcoSpace.Core.Schema;

/// <summary>How a schema property is typed in the store and in GeoJSON.</summary>
public enum PropertyType
{
    /// <summary>Free text (JSON string, SQLite TEXT).</summary>
    Text,
    /// <summary>A value from a code list (JSON string, SQLite TEXT).</summary>
    Code,
    /// <summary>true/false (JSON boolean, SQLite BOOLEAN = INTEGER 0/1).</summary>
    Boolean,
    /// <summary>An ISO 8601 calendar date, YYYY-MM-DD (JSON string, SQLite DATE = TEXT).</summary>
    Date,
    /// <summary>A whole number (JSON number, SQLite INTEGER).</summary>
    Integer,
    /// <summary>A 6-digit administrative division code such as 320703 (JSON string, SQLite TEXT).</summary>
    RegionCode,
}
