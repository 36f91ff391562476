namespace EcoSpace.Data.Editing;

/// <summary>How a single-feature edit ended (the web API maps these to HTTP statuses).</summary>
public enum EditStatus
{
    /// <summary>Written and recorded in the history (200/201).</summary>
    Done,
    /// <summary>The feature failed validation; nothing written (422). See the issues.</summary>
    Invalid,
    /// <summary>No feature with that id in the kind (404).</summary>
    NotFound,
    /// <summary>Insert of an id that is already stored (409).</summary>
    AlreadyExists,
    /// <summary>The expected version is not the stored one: someone else wrote first (412).</summary>
    VersionMismatch,
}
