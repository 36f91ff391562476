using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Tests.Support;

/// <summary>
/// Plain SQLite access to a store file: to look at what is really in it, and to change it the way
/// another tool would (<see cref="Execute"/>), bypassing EcoSpace.
/// </summary>
public static class RawSql
{
    public static List<object?[]> Rows(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public static object? Scalar(string path, string sql) => Rows(path, sql).FirstOrDefault()?[0];

    /// <summary>Runs statements on the file as another SQLite tool would (no EcoSpace functions, no pooling).</summary>
    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
