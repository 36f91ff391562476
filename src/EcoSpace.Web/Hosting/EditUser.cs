using Microsoft.Extensions.Options;

namespace EcoSpace.Web.Hosting;

/// <summary>
/// Who makes an edit, for the history: the <c>X-EcoSpace-User</c> header (percent-encoded UTF-8, since
/// a header carries only ASCII: <c>%E7%8E%8B</c> is 王), else the server's user.
/// </summary>
public sealed class EditUser(IOptions<ServerOptions> options)
{
    public const string Header = "X-EcoSpace-User";

    private const int MaxLength = 100;

    public string For(HttpContext context)
    {
        string? named = context.Request.Headers[Header].FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(named))
            return options.Value.User;
        named = Uri.UnescapeDataString(named);
        return named.Length > MaxLength ? named[..MaxLength] : named;
    }
}
