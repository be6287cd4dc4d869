using System.Net;
using System.Text.RegularExpressions;

namespace Pipeline.Cleaning.Html;

/// <summary>
/// Pages rendered in the browser may carry the story only as data: the JSON-LD articleBody, with
/// little more than a kicker and the standfirst in the markup. When the declared body is long and
/// none of its paragraphs is in the text the markup gave, the declared body is the article. A
/// paywall that shows the opening paragraphs and declares the whole story is not such a page:
/// the paragraphs it shows are in the declared body, and the markup's text stands.
/// </summary>
internal static partial class DeclaredBody
{
    /// <summary>Shorter than this, a declared body is a summary, not the story.</summary>
    private const int MinimumChars = 1000;

    /// <summary>The characters of a paragraph's opening looked for in the extracted text.</summary>
    private const int OpeningChars = 50;

    /// <summary>The declared body as paragraphs of plain text; empty when it is missing or short.</summary>
    public static List<string> Paragraphs(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared) || declared.Length < MinimumChars) return [];
        var text = declared;
        // Some CMSs store the body's markup escaped ("&lt;p class=&quot;texto&quot;&gt;").
        if (text.Contains("&lt;", StringComparison.Ordinal)) text = WebUtility.HtmlDecode(text);
        if (text.Contains('<', StringComparison.Ordinal))
            text = AnyTag().Replace(BlockTag().Replace(text, "\n\n"), string.Empty);
        text = WebUtility.HtmlDecode(text);
        var paragraphs = text.Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim())
            .Where(line => line.Length > 0)
            .ToList();
        return paragraphs.Sum(p => p.Length) >= MinimumChars ? paragraphs : [];
    }

    /// <summary>
    /// The declared body is the article when the extracted text is under half its length and holds
    /// the opening of none of its paragraphs.
    /// </summary>
    public static bool Supersedes(List<string> paragraphs, string extracted)
    {
        if (paragraphs.Count == 0 || extracted.Length * 2 >= paragraphs.Sum(p => p.Length)) return false;
        var flat = Spaces().Replace(extracted, " ");
        return !paragraphs.Any(p => flat.Contains(p.AsSpan(0, Math.Min(OpeningChars, p.Length)), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"</?(?:p|div|h[1-6]|li|ul|ol|blockquote|br|section|figure|figcaption|table|tr|pre)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[ \t\r\f\v\u00A0]+")]
    private static partial Regex Spaces();
}
