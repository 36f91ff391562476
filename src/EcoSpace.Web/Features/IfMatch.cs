using System.Globalization;

namespace EcoSpace.Web.Features;

/// <summary>
/// The <c>If-Match</c> header of an edit: absent (last writer wins, as in QGIS), <c>*</c> (any stored
/// version), or the ETag of a version (<c>"3"</c>; a weak <c>W/"3"</c> is read the same). A tag that
/// is no version of ours matches nothing, so the edit is refused with 412.
/// </summary>
public readonly record struct IfMatch(bool Given, long? Version)
{
    /// <summary>A version no feature has: what a foreign tag is compared as.</summary>
    private const long NoVersion = -1;

    public static IfMatch From(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
            return new IfMatch(false, null);
        if (header == "*")
            return new IfMatch(true, null);
        var tags = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // Several tags: any may match; the store compares one version, so more than one is taken as the first.
        var tag = tags[0];
        if (tag.StartsWith("W/", StringComparison.Ordinal))
            tag = tag[2..];
        tag = tag.Trim('"');
        return long.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out long version)
            ? new IfMatch(true, version)
            : new IfMatch(true, NoVersion);
    }
}
