namespace EcoSpace.Core.Schema;

/// <summary>
/// A property of the exchange schema (DOMAIN.md §2). Names are lower snake_case of at most
/// 10 characters so that they survive a Shapefile's DBF.
/// </summary>
public sealed record PropertyDefinition(string Name, PropertyType Type, string Zh, string En, IReadOnlyList<CodeValue> Codes)
{
    public PropertyDefinition(string name, PropertyType type, string zh, string en)
        : this(name, type, zh, en, []) { }

    public bool Allows(string value) => Codes.Any(c => c.Value == value);

    public string AllowedValuesText => string.Join(", ", Codes.Select(c => c.Value));
}
