namespace EcoSpace.Data.History;

internal static class HistoryOperations
{
    public static string ToText(HistoryOperation operation) => operation switch
    {
        HistoryOperation.Insert => "insert",
        HistoryOperation.Replace => "replace",
        HistoryOperation.Update => "update",
        HistoryOperation.Delete => "delete",
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    public static HistoryOperation Parse(string text) => text switch
    {
        "insert" => HistoryOperation.Insert,
        "replace" => HistoryOperation.Replace,
        "update" => HistoryOperation.Update,
        "delete" => HistoryOperation.Delete,
        _ => throw new InvalidDataException($"unknown history operation '{text}'"),
    };
}
