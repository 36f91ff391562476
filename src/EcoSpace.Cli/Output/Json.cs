using System.Text.Json;
using EcoSpace.Formats.Documents;

namespace EcoSpace.Cli.Output;

/// <summary>--json output: one UTF-8 document on stdout, written as <see cref="DocumentJson"/> says.</summary>
public static class Json
{
    public static JsonSerializerOptions Options => DocumentJson.Options;

    public static void Print<T>(T document) =>
        Console.Out.WriteLine(JsonSerializer.Serialize(document, Options));
}
