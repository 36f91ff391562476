namespace EcoSpace.Core.Indicators.Settings;

/// <summary>A set of codes (classes, zones, statuses), or every value (<see cref="IsAll"/>, written <c>*</c>).</summary>
public sealed record CodeSet(bool IsAll, IReadOnlyList<string> Codes)
{
    public static CodeSet All { get; } = new(true, []);

    public static CodeSet Of(params string[] codes) => new(false, codes);

    /// <summary>Reads a canonical setting value (see <see cref="SettingCatalog.Check"/>).</summary>
    public static CodeSet Parse(string text) =>
        text == SettingCatalog.Everything ? All : Of(text.Split(','));

    /// <summary>Whether a segment with this code (null: none given) belongs to the set.</summary>
    public bool Contains(string? code) => IsAll || (code is not null && Codes.Contains(code));

    /// <summary>The codes as written in results: <c>["*"]</c> for every value.</summary>
    public IReadOnlyList<string> ToList() => IsAll ? [SettingCatalog.Everything] : Codes;

    public override string ToString() => IsAll ? SettingCatalog.Everything : string.Join(",", Codes);

    public bool Equals(CodeSet? other) => other is not null && IsAll == other.IsAll && Codes.SequenceEqual(other.Codes);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
