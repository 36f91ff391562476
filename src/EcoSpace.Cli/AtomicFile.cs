namespace EcoSpace.Cli;

/// <summary>
/// Writes an output file whole or not at all: into a temporary file in the same folder, flushed to
/// disk, then moved over the destination. Never over the project database or its WAL files: one
/// mistyped <c>-o</c> must not destroy a project.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes what <paramref name="write"/> puts in the stream to <paramref name="path"/>; returns the full path.</summary>
    /// <exception cref="UsageException">The path is the project database, the folder does not exist, or the file cannot be written there.</exception>
    public static string Write(CliContext context, string path, Action<Stream> write)
    {
        var destination = Path.GetFullPath(path);
        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
        {
            if (string.Equals(destination, context.DatabasePath + suffix, StringComparison.Ordinal))
                throw new UsageException($"'{destination}' is the project database{(suffix.Length > 0 ? " (its " + suffix[1..] + " file)" : "")}; name another output file");
        }
        var folder = Path.GetDirectoryName(destination)!;
        if (!Directory.Exists(folder))
            throw new UsageException($"cannot write '{destination}': the folder '{folder}' does not exist");
        var partial = Path.Combine(folder, $".{Path.GetFileName(destination)}.partial-{Environment.ProcessId}");
        try
        {
            using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }
            File.Move(partial, destination, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{destination}': {e.Message}");
        }
        finally
        {
            File.Delete(partial);
        }
        return destination;
    }
}
