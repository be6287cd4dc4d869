namespace Pipeline.Cleaning.Html;

/// <summary>
/// Marks page chrome by what it is (nav, footer, aside, hidden), what it calls itself (class/id)
/// and its role. A wrapper that holds most of the page's prose is never pruned by its name alone:
/// class lists like "has-sidebar" or "tag-politics" sit on article wrappers too.
/// </summary>
internal static class ContentPruner
{
    public static void Prune(PageNode body, PageNode? articleBody)
    {
        var pageProse = body.Statistics.AllProseChars;
        Visit(body, pageProse, articleBody, insideArticle: false);
    }

    private static void Visit(PageNode node, int pageProse, PageNode? articleBody, bool insideArticle)
    {
        foreach (var child in node.Children)
        {
            if (child.IsText) continue;
            var reason = ReasonFor(child, insideArticle);
            if (reason is not null && !Protected(child, reason, pageProse, articleBody))
            {
                child.PrunedReason = reason;
                continue;
            }
            Visit(child, pageProse, articleBody, insideArticle || child.Tag is "article" or "main" || child == articleBody);
        }
    }

    private static string? ReasonFor(PageNode node, bool insideArticle)
    {
        var tag = node.Tag;
        switch (tag)
        {
            case "nav" or "menu": return "nav";
            case "footer": return "footer";
            case "aside": return "sidebar";
            case "form": return "form";
            case "dialog": return "promo";
            case "header" when !insideArticle && node.Statistics.AllProseChars == 0: return "header";
        }
        if (node.Attribute("hidden") is not null || node.Attribute("aria-hidden") == "true" || HiddenByStyle(node.Attribute("style")))
            return "hidden";
        switch (node.Attribute("role"))
        {
            case "navigation" or "menu" or "menubar" or "search": return "nav";
            case "banner": return "header";
            case "contentinfo": return "footer";
            case "complementary": return "sidebar";
            case "dialog" or "alertdialog": return "promo";
        }
        if (tag is "article" or "main" or "body" or "html") return null;
        if (BoilerplateNames.ReasonFor(node.Names) is { } named) return named;
        if (BoilerplateNames.IsArticleMeta(node.Names) && node.Statistics.AllChars < 200 && node.Statistics.AllProseChars == 0) return "byline";
        return null;
    }

    private static bool Protected(PageNode node, string reason, int pageProse, PageNode? articleBody)
    {
        if (articleBody is not null && (node == articleBody || node.IsAncestorOf(articleBody))) return true;
        if (reason is "comments" or "byline") return false;
        // A wrapper holding most of the prose is the article, whatever its classes say.
        var prose = node.Statistics.AllProseChars;
        return prose >= 400 && prose >= pageProse * 0.5;
    }

    private static bool HiddenByStyle(string? style) =>
        style is not null && (Compact(style).Contains("display:none", StringComparison.OrdinalIgnoreCase) || Compact(style).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));

    private static string Compact(string style) => style.Replace(" ", "", StringComparison.Ordinal);
}
