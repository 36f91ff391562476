namespace EcoSpace.Data.Import;

/// <summary>Issue codes of the checks the store adds to Core's validation (stable, for --json output).</summary>
public static class StoreIssueCodes
{
    public const string NoFeature = "no_feature";
    public const string IdDuplicate = "id_duplicate";
    public const string IdExists = "id_exists";
}
