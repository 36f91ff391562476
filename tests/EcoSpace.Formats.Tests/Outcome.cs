using EcoSpace.Core.Features;
using EcoSpace.Core.Validation;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Formats.Tests;

/// <summary>
/// What reading a file came to, in one line for [Theory] rows. Per candidate: the geometry type
/// (or "-" without a feature), then reader issues ("!code" errors, "~code" warnings), then the
/// errors Core's FeatureValidator finds in the feature (">code"); candidates are joined by " | ".
/// A file that cannot be read is "throws &lt;ExceptionType&gt;".
/// </summary>
internal sealed record Outcome(string Text, string Messages)
{
    public static Outcome OfFile(string path, string kind = "restoration", GeoJsonReadOptions? options = null)
    {
        try
        {
            return Of(TestData.ReadFile(path, kind, options));
        }
        catch (GeoJsonException e)
        {
            return new Outcome($"throws {e.GetType().Name}", e.Message);
        }
    }

    public static Outcome Of(IReadOnlyList<FeatureCandidate> candidates) => new(
        string.Join(" | ", candidates.Select(Describe)),
        string.Join("\n", candidates.SelectMany(c => c.Issues).Select(i => i.Message)));

    private static string Describe(FeatureCandidate candidate)
    {
        var parts = new List<string> { candidate.Feature?.Geometry.GeometryType ?? "-" };
        parts.AddRange(candidate.Issues.Select(i => (i.IsError ? "!" : "~") + i.Code));
        if (candidate.Feature is not null)
            parts.AddRange(FeatureValidator.Validate(candidate.Feature).Where(i => i.IsError).Select(i => ">" + i.Code));
        return string.Join(" ", parts);
    }
}
