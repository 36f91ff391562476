using EcoSpace.Core.Features;
using EcoSpace.Core.Validation;
using EcoSpace.Data.Editing;
using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.History;
using EcoSpace.Data.Writing;

namespace EcoSpace.Data;

public sealed partial class FeatureStore
{
    /// <summary>Adds a feature of <c>feature.Kind</c>; an empty id gets one assigned (see the result's Id).</summary>
    public EditResult Insert(EcoFeature feature, string user)
    {
        var table = KindTable.For(feature.Kind);
        return ValidThen(table, feature, user, session => session.Insert(table, feature));
    }

    /// <summary>
    /// Overwrites the stored feature of the same kind and id (history operation <c>update</c>).
    /// With <paramref name="expectedVersion"/>, a stored version other than that is a
    /// <see cref="EditStatus.VersionMismatch"/> and nothing is written (optimistic concurrency).
    /// </summary>
    public EditResult Update(EcoFeature feature, string user, long? expectedVersion = null)
    {
        var table = KindTable.For(feature.Kind);
        return ValidThen(table, feature, user, session => session.Replace(table, feature, expectedVersion, HistoryOperation.Update));
    }

    /// <summary>Deletes a feature; its history stays. <paramref name="expectedVersion"/> as for <see cref="Update"/>.</summary>
    public EditResult Delete(string kind, string id, string user, long? expectedVersion = null)
    {
        var table = KindTable.For(kind);
        return Write(table, user, [], session => session.Delete(table, id, expectedVersion));
    }

    private EditResult ValidThen(KindTable table, EcoFeature feature, string user, Func<WriteSession, WriteOutcome> write)
    {
        var issues = FeatureValidator.Validate(feature, table.Kind);
        return issues.Any(i => i.IsError)
            ? new EditResult(EditStatus.Invalid, table.Name, feature.Id, 0, issues)
            : Write(table, user, issues, write);
    }

    /// <exception cref="StoreBusyException">Another writer held the file too long; nothing was written.</exception>
    private EditResult Write(KindTable table, string user, IReadOnlyList<ValidationIssue> issues, Func<WriteSession, WriteOutcome> write) =>
        StoreBusyException.Translate(Path, () =>
        {
            using var session = new WriteSession(connection, user);
            var outcome = write(session);
            if (outcome.Status == EditStatus.Done)
                session.Commit();
            return new EditResult(outcome.Status, table.Name, outcome.Id, outcome.Version, issues);
        });
}
