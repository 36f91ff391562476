using System.Text.Encodings.Web;
using System.Text.Json;

namespace EcoSpace.Data.Features;

/// <summary>How the store writes JSON text: compact, with Chinese left readable (not \u-escaped).</summary>
internal static class StoreJson
{
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
