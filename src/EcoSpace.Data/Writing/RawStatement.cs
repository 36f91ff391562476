using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace EcoSpace.Data.Writing;

/// <summary>
/// One prepared statement on the store's connection, driven through SQLitePCL's raw API with
/// parameters bound by position. The write path runs five or six statements per feature; through
/// SqliteCommand each execution also looks every parameter up by name, walks its statement list
/// and builds a data reader, which cost more than SQLite's own work for small rows. Statements run
/// inside the session's transaction (begun by Microsoft.Data.Sqlite, BEGIN IMMEDIATE, so SQLite
/// cannot answer BUSY here); errors surface as <see cref="SqliteException"/> as before.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        int rc = raw.sqlite3_prepare_v2(db, sql, out var prepared);
        if (rc != raw.SQLITE_OK)
        {
            prepared?.Dispose();
            SqliteException.ThrowExceptionForRC(rc, db);
        }
        statement = prepared!;
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(statement, index, value));

    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(statement, index, value));

    public void Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, value));

    /// <summary>A BLOB (SQLite copies it); null binds NULL.</summary>
    public void Bind(int index, byte[]? value) =>
        Check(value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_blob(statement, index, value));

    /// <summary>A column value as Microsoft.Data.Sqlite binds it: bool and long as INTEGER, string as TEXT, null as NULL.</summary>
    public void BindValue(int index, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                Check(raw.sqlite3_bind_null(statement, index));
                break;
            case bool flag:
                Bind(index, flag ? 1L : 0L);
                break;
            case long integer:
                Bind(index, integer);
                break;
            case int integer:
                Bind(index, (long)integer);
                break;
            case double real:
                Bind(index, real);
                break;
            case string text:
                Bind(index, text);
                break;
            case byte[] blob:
                Bind(index, blob);
                break;
            default:
                throw new ArgumentException($"cannot bind a {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public void Execute()
    {
        int rc = raw.sqlite3_step(statement);
        if (rc is raw.SQLITE_DONE or raw.SQLITE_ROW)
        {
            raw.sqlite3_reset(statement);
            return;
        }
        Fail(rc);
    }

    /// <summary>Steps a query: true with a row to read, false at its end. Call <see cref="Reset"/> when done.</summary>
    public bool Read()
    {
        int rc = raw.sqlite3_step(statement);
        if (rc == raw.SQLITE_ROW)
            return true;
        if (rc == raw.SQLITE_DONE)
            return false;
        Fail(rc);
        return false;
    }

    public void Reset() => raw.sqlite3_reset(statement);

    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    public double Double(int column) => raw.sqlite3_column_double(statement, column);

    public void Dispose() => statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, db);
    }

    private void Fail(int rc)
    {
        try
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }
}
