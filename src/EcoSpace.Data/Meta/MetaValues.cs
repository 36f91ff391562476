using System.Globalization;
using EcoSpace.Data.Database;

namespace EcoSpace.Data.Meta;

/// <summary>Reads the numbers kept in ecospace_meta (the write path sets them with SQL).</summary>
internal static class MetaValues
{
    public static long DataVersion(EcoSpaceDbContext db) => long.Parse(Read(db, MetaEntry.DataVersionKey) ?? "0", CultureInfo.InvariantCulture);

    public static string? Read(EcoSpaceDbContext db, string key) =>
        db.Meta.Where(m => m.Key == key).Select(m => m.Value).FirstOrDefault();
}
