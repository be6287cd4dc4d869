using System.Text.RegularExpressions;

namespace Pipeline.Evaluation;

/// <summary>
/// Groups evaluation pages so a weakness on one kind of page is not hidden by the average:
/// by declared language, and by whether the page marks its article up semantically.
/// </summary>
internal static partial class PageFamily
{
    public static IEnumerable<string> Of(string html)
    {
        var lang = HtmlLang().Match(html) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : "";
        yield return "lang:" + (lang is "de" or "en" ? lang : "other");
        yield return SemanticArticle().IsMatch(html) ? "shape:article-tag" : "shape:div-soup";
    }

    [GeneratedRegex(@"<html[^>]*?\blang\s*=\s*[""']?([a-zA-Z]{2})", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLang();

    [GeneratedRegex(@"<(article|main)[\s>]|itemprop\s*=\s*[""']?articleBody", RegexOptions.IgnoreCase)]
    private static partial Regex SemanticArticle();
}
