using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Pipeline.Cleaning;

/// <summary>
/// Main-content extraction: drop elements that are boilerplate by role or name, score the
/// remaining containers by the prose they hold, keep the best one's blocks in order.
/// </summary>
internal static partial class HtmlArticleExtractor
{
    private static readonly string[] BlockSelectors = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "td"];

    public static CleanedDocument Extract(string html, string? url)
    {
        var document = new HtmlParser().ParseDocument(html);
        var removed = new List<RemovedBlock>();
        var metadata = HtmlMetadata.Read(document, url);

        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, svg, iframe, form, button, nav, footer, aside, header:not(article header)").ToList())
        {
            Remember(removed, element, $"element:{element.LocalName}");
            element.Remove();
        }
        foreach (var element in document.QuerySelectorAll("[class], [id], [role]").ToList())
        {
            if (element.ParentElement is null || element.LocalName is "body" or "html" or "article" or "main") continue;
            var names = $"{element.ClassName} {element.Id} {element.GetAttribute("role")}";
            if (BoilerplateName().IsMatch(names) && !ContentName().IsMatch(names))
            {
                Remember(removed, element, "name:" + BoilerplateName().Match(names).Value.ToLowerInvariant());
                element.Remove();
            }
        }

        var container = BestContainer(document);
        var blocks = new List<string>();
        if (container is not null)
        {
            foreach (var block in container.QuerySelectorAll(string.Join(',', BlockSelectors)))
            {
                if (block.QuerySelector(string.Join(',', BlockSelectors)) is not null) continue; // keep innermost blocks
                var text = Collapse(block.TextContent);
                if (text.Length == 0) continue;
                if (LinkDensity(block) > 0.6 && text.Length < 200) { removed.Add(new RemovedBlock(text, "link-dense")); continue; }
                blocks.Add(text);
            }
        }

        var title = metadata.Title;
        if (blocks.Count > 0 && title is not null && string.Equals(blocks[0], title, StringComparison.OrdinalIgnoreCase))
            blocks.RemoveAt(0);

        return metadata with { Text = string.Join("\n\n", blocks), Removed = removed };
    }

    private static IElement? BestContainer(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p, pre, blockquote, li, td"))
        {
            var text = Collapse(paragraph.TextContent);
            if (text.Length < 25) continue;
            double score = 1 + text.Count(c => c is ',' or '.') + Math.Min(text.Length / 100, 3);
            score *= 1 - LinkDensity(paragraph);
            var parent = paragraph.ParentElement;
            for (var depth = 0; parent is not null && depth < 3; depth++, parent = parent.ParentElement)
                scores[parent] = scores.GetValueOrDefault(parent) + score / (depth + 1);
        }
        var article = document.QuerySelectorAll("article, main, [itemprop='articleBody']")
            .OrderByDescending(e => Collapse(e.TextContent).Length).FirstOrDefault();
        var best = scores.Count == 0 ? null : scores.MaxBy(pair => pair.Value).Key;
        if (article is not null && (best is null || article.Contains(best) || scores.GetValueOrDefault(article) >= scores.GetValueOrDefault(best) * 0.5))
            return article;
        return best ?? document.Body;
    }

    private static double LinkDensity(IElement element)
    {
        var total = Collapse(element.TextContent).Length;
        if (total == 0) return 0;
        var linked = element.QuerySelectorAll("a").Sum(a => Collapse(a.TextContent).Length);
        return Math.Min(1.0, (double)linked / total);
    }

    private static void Remember(List<RemovedBlock> removed, IElement element, string reason)
    {
        var text = Collapse(element.TextContent);
        if (text.Length > 0 && element.LocalName is not ("script" or "style" or "template" or "svg" or "noscript"))
            removed.Add(new RemovedBlock(text.Length > 500 ? text[..500] + "…" : text, reason));
    }

    internal static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\b(nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|share|sharing|social|related|recommended|newsletter|subscribe|subscription|promo|cookie|consent|banner|comments?|advert\w*|ad|ads|sponsor\w*|popup|modal|signup|paywall|tags)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateName();

    [GeneratedRegex(@"\b(article-body|articlebody|post-content|entry-content|story-body|main-content)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContentName();
}
