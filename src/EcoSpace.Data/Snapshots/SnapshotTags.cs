using System.Text.RegularExpressions;

namespace EcoSpace.Data.Snapshots;

/// <summary>
/// What a tag may be: 1 to 64 letters (Chinese too), digits, '.', '_' or '-', beginning with a letter
/// or digit, and not ending like a GeoJSON file name (.json, .geojson, .geojsonl, .geojsons), so that
/// <c>check redline --baseline</c> can tell a tag from a file. Tags are unique regardless of ASCII case.
/// </summary>
public static partial class SnapshotTags
{
    public const int MaxLength = 64;

    private static readonly string[] FileExtensions = [".json", ".geojson", ".geojsonl", ".geojsons"];

    /// <summary>Whether <paramref name="text"/> ends like a GeoJSON file name (a tag never does).</summary>
    public static bool LooksLikeFileName(string text) =>
        FileExtensions.Any(e => text.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <exception cref="SnapshotTagException">The tag breaks a rule; the message says which.</exception>
    public static void Check(string tag)
    {
        if (tag.Length is 0 or > MaxLength)
            throw new SnapshotTagException($"snapshot tag '{tag}' must have 1 to {MaxLength} characters");
        if (!Pattern().IsMatch(tag))
            throw new SnapshotTagException(
                $"snapshot tag '{tag}' may hold only letters, digits, '.', '_' and '-', and must begin with a letter or digit (e.g. 2021-approved)");
        if (LooksLikeFileName(tag))
            throw new SnapshotTagException($"snapshot tag '{tag}' ends like a file name ({string.Join(", ", FileExtensions)}); choose another");
    }

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}._-]*$")]
    private static partial Regex Pattern();
}
