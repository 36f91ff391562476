using System.Collections.Concurrent;
using System.Globalization;
using EcoSpace.Data;

namespace EcoSpace.Web.Hosting;

/// <summary>
/// Answers computed from the whole project (<c>/api/indicators</c>, <c>/api/conflicts</c>), kept until
/// the project changes, so that every page load (the map asks for both at start) and every reload
/// does not compute them again: on the 1.9 M-vertex Asia coast they cost about 0.8 s of CPU, on the
/// sample about 80 ms. The state an answer belongs to is the project's data version (every EcoSpace
/// write), its stored settings (class sets, ellipsoid: changing them writes no feature), and the size
/// and time of the GeoPackage and its WAL, so that a write by another program, which leaves the data
/// version alone, is noticed too. The file stamp is taken before the read snapshot opens: a write
/// between the two is then answered fresh and stored under the older stamp, which the next request
/// no longer matches. One computation per name and state at a time; a failed one is not kept.
/// </summary>
public sealed class ProjectAnswers
{
    private readonly ConcurrentDictionary<string, (string State, Lazy<byte[]> Body)> answers = new(StringComparer.Ordinal);

    /// <summary>How many answers were computed (not served from memory): for tests.</summary>
    public int Computed => computed;

    private int computed;

    /// <summary>
    /// The file part of the state: size and last write of the GeoPackage, and of its WAL when that
    /// holds anything (opening the project makes an empty WAL, closing the last connection removes it:
    /// neither is a change). Take it before the snapshot.
    /// </summary>
    public static string FileStamp(string path)
    {
        var file = new FileInfo(path);
        var wal = new FileInfo(path + "-wal");
        string main = file.Exists ? string.Create(CultureInfo.InvariantCulture, $"{file.Length}@{file.LastWriteTimeUtc.Ticks}") : "-";
        return wal.Exists && wal.Length > 0 ? string.Create(CultureInfo.InvariantCulture, $"{main}/{wal.Length}@{wal.LastWriteTimeUtc.Ticks}") : main;
    }

    /// <summary>The whole state key; call inside the read snapshot the answer is computed in, with the stamp taken before it.</summary>
    public static string State(FeatureStore store, string fileStamp)
    {
        var settings = store.StoredSettings().OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}");
        return string.Create(CultureInfo.InvariantCulture, $"{store.DataVersion}|{fileStamp}|{string.Join(";", settings)}");
    }

    /// <summary>The answer called <paramref name="name"/> for <paramref name="state"/>: from memory, or computed now (and kept).</summary>
    public byte[] Get(string name, string state, Func<byte[]> compute)
    {
        var entry = answers.AddOrUpdate(name,
            _ => (state, NewBody(compute)),
            (_, old) => old.State == state ? old : (state, NewBody(compute)));
        try
        {
            return entry.Body.Value;
        }
        catch
        {
            answers.TryRemove(new KeyValuePair<string, (string, Lazy<byte[]>)>(name, entry));
            throw;
        }
    }

    private Lazy<byte[]> NewBody(Func<byte[]> compute) => new(() =>
    {
        Interlocked.Increment(ref computed);
        return compute();
    }, LazyThreadSafetyMode.ExecutionAndPublication);
}
