using Microsoft.Data.Sqlite;

namespace EcoSpace.Data;

/// <summary>
/// Another writer held the store longer than the wait allows (SQLite BUSY/LOCKED). The write that
/// met it was rolled back: nothing of it is in the file.
/// </summary>
public sealed class StoreBusyException(string path, Exception inner)
    : StoreFileException(path, "is busy: another import or edit has been writing for longer than the 30 s wait; " +
        "nothing was changed, try again", inner)
{
    private const int SQLiteBusy = 5, SQLiteLocked = 6;

    /// <summary>Runs a write, turning SQLite's busy answers into this exception.</summary>
    internal static T Translate<T>(string path, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLiteBusy or SQLiteLocked)
        {
            throw new StoreBusyException(path, e);
        }
    }
}
