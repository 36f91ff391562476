using EcoSpace.Core.Schema;

namespace EcoSpace.Data.GeoPackage;

/// <summary>
/// The feature table of one kind: named exactly as the kind, with <c>fid</c>, <c>geom</c>,
/// <c>id</c>, the kind's schema properties as typed columns in schema order, <c>extra_props</c>
/// (unknown properties as a JSON object) and <c>version</c>. The one source of column names for
/// the DDL, the EF Core model and the write commands.
/// </summary>
internal sealed class KindTable
{
    public const string Fid = "fid";
    public const string Geom = "geom";
    public const string Id = "id";
    public const string ExtraProps = "extra_props";
    public const string Version = "version";

    private static readonly Dictionary<string, KindTable> ByKind =
        KindCatalog.All.ToDictionary(k => k.Name, k => new KindTable(k));

    private readonly HashSet<string> propertyNames;

    private KindTable(KindDefinition kind)
    {
        Kind = kind;
        propertyNames = kind.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    public static IEnumerable<KindTable> All => KindCatalog.All.Select(k => ByKind[k.Name]);

    /// <summary>The table of <paramref name="kind"/>; throws UnknownKindException naming the kinds.</summary>
    public static KindTable For(string kind) => ByKind.TryGetValue(kind, out var table) ? table : ByKind[KindCatalog.Get(kind).Name];

    public KindDefinition Kind { get; }

    public string Name => Kind.Name;

    public IReadOnlyList<PropertyDefinition> Properties => Kind.Properties;

    public bool IsSchemaProperty(string name) => propertyNames.Contains(name);

    public string RtreeName => RtreeDdl.RtreeName(Name, Geom);

    public static string SqlType(PropertyType type) => type switch
    {
        PropertyType.Boolean => "BOOLEAN",
        PropertyType.Date => "DATE",
        PropertyType.Integer => "INTEGER",
        _ => "TEXT",
    };

    /// <summary>The CLR type EF Core maps a property column to.</summary>
    public static Type ClrType(PropertyType type) => type switch
    {
        PropertyType.Boolean => typeof(bool?),
        PropertyType.Integer => typeof(long?),
        _ => typeof(string),
    };
}
