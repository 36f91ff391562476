using EcoSpace.Core.Validation;

namespace EcoSpace.Data.Editing;

/// <summary>
/// The outcome of a single-feature edit. <see cref="Version"/> is the new version when
/// <see cref="EditStatus.Done"/>, and the stored version on <see cref="EditStatus.VersionMismatch"/>
/// or <see cref="EditStatus.AlreadyExists"/>. <see cref="Issues"/> holds validation errors
/// (Invalid) or warnings (Done).
/// </summary>
public sealed record EditResult(EditStatus Status, string Kind, string Id, long Version, IReadOnlyList<ValidationIssue> Issues)
{
    public bool Succeeded => Status == EditStatus.Done;

    public string Message => Status switch
    {
        EditStatus.Done => $"{Kind} \"{Id}\" is now version {Version}",
        EditStatus.Invalid => $"{Kind} \"{Id}\" is invalid: {string.Join("; ", Issues.Where(i => i.IsError))}",
        EditStatus.NotFound => $"{Kind} \"{Id}\" does not exist",
        EditStatus.AlreadyExists => $"{Kind} \"{Id}\" already exists (version {Version})",
        _ => $"{Kind} \"{Id}\" was changed by someone else: it is at version {Version}",
    };
}
