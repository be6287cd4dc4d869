using System.Security.Cryptography;
using System.Text;
using Pipeline.Contracts;
using Pipeline.Extraction;

namespace Pipeline.Ingest;

/// <summary>
/// A dropped file's stable document id: the id the drop names, else its URL, else its file name
/// within its source. Readable (a slug of the name) and unique (a hash of the identity).
/// </summary>
public static class DocumentIdentity
{
    private const int MaxSlugLength = 40;

    public static string For(DropDocument drop)
    {
        if (!string.IsNullOrWhiteSpace(drop.DocumentId)) return Sanitize(drop.DocumentId);
        if (IsUrl(drop.Source)) return Compose(NameOfUrl(drop.Source!), drop.Source!);
        var source = string.IsNullOrWhiteSpace(drop.Source) ? "drop" : drop.Source.Trim();
        return Compose(Path.GetFileNameWithoutExtension(drop.FileName), $"{source}\n{drop.FileName}");
    }

    /// <summary>An item of a container (a feed entry): its own key, else its URL, else its position.</summary>
    public static string ForItem(string containerId, ExtractedDocument item, int index)
    {
        var key = item.ItemKey ?? item.Url ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var name = item.Title ?? (IsUrl(item.Url) ? NameOfUrl(item.Url!) : key);
        return Compose(name, IsUrl(item.Url) && item.ItemKey is null ? item.Url! : $"{containerId}\n{key}");
    }

    public static bool IsUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string NameOfUrl(string url)
    {
        var uri = new Uri(url);
        var last = uri.Segments.LastOrDefault(s => s.Trim('/').Length > 0)?.Trim('/');
        return Path.GetFileNameWithoutExtension(last ?? uri.Host);
    }

    private static string Compose(string name, string identity)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..10];
        var slug = Slug(name);
        return slug.Length == 0 ? $"doc-{hash}" : $"{slug}-{hash}";
    }

    internal static string Slug(string text)
    {
        var builder = new StringBuilder(MaxSlugLength);
        var dash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (builder.Length >= MaxSlugLength) break;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && builder.Length > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                dash = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>Explicit ids are kept as given, minus characters that would break keys and URLs.</summary>
    private static string Sanitize(string id)
    {
        var clean = new string(id.Trim().Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').ToArray());
        return clean.Length is > 0 and <= 128 ? clean : Compose(id, id);
    }
}
