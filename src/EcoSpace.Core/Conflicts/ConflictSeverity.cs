namespace EcoSpace.Core.Conflicts;

/// <summary>
/// How bad a conflict is (DOMAIN.md §4), in rising order so that a sort puts the worst last. Written
/// in lower case (<c>medium</c>, <c>high</c>, <c>critical</c>); labels in <see cref="ConflictCatalog"/>.
/// </summary>
public enum ConflictSeverity
{
    Medium,
    High,
    Critical,
}
