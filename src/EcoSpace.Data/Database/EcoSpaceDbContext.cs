using EcoSpace.Data.Features;
using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.History;
using EcoSpace.Data.Meta;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EcoSpace.Data.Database;

/// <summary>
/// EF Core over the GeoPackage file. The schema is created by DDL (<see cref="StoreDdl"/>), never
/// by migrations; the connection is opened by <see cref="StoreConnection"/> so that the spatial SQL
/// functions are registered before EF Core touches it.
/// </summary>
internal sealed class EcoSpaceDbContext(SqliteConnection connection) : DbContext
{
    public DbSet<ContentsRow> Contents => Set<ContentsRow>();

    public DbSet<MetaEntry> Meta => Set<MetaEntry>();

    public DbSet<HistoryRow> History => Set<HistoryRow>();

    public DbSet<Dictionary<string, object?>> Features(string kind) =>
        Set<Dictionary<string, object?>>(KindTable.For(kind).Name);

    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.UseSqlite(connection).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfiguration(new ContentsConfiguration());
        model.ApplyConfiguration(new MetaConfiguration());
        model.ApplyConfiguration(new HistoryConfiguration());
        foreach (var table in KindTable.All)
            model.SharedTypeEntity<Dictionary<string, object?>>(table.Name, b => new KindTableConfiguration(table).Configure(b));
    }
}
