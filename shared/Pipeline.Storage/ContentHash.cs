using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage;

/// <summary>Content hashes as the store and the public event write them: <c>sha256:</c> and 64 hex digits.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    public static async Task<string> OfAsync(Stream content, CancellationToken cancellationToken = default) =>
        "sha256:" + Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));

    /// <summary>The hex digits alone, usable as a blob id or file name.</summary>
    public static string Digits(string hash) => hash.StartsWith("sha256:", StringComparison.Ordinal) ? hash[7..] : hash;
}
