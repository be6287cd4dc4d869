namespace Pipeline.Cleaning.Html;

/// <summary>
/// Picks the element that holds the article: the best-scored candidate, moved up while its
/// ancestors score comparably (articles split into sections), joined by siblings that read like it.
/// </summary>
internal static class MainContentLocator
{
    /// <param name="headline">The heading that repeats the page's declared title, when there is one.</param>
    public static List<PageNode> Locate(List<PageNode> candidates, PageNode body, PageNode? headline)
    {
        if (candidates.Count == 0) return [body];
        var top = Best(candidates);
        // Everything below is confined to the page's own story when the page preloads others.
        var scope = body;
        if (headline is not null && PreloadedStories.OwnStory(headline, top, candidates, body) is var (story, twin))
        {
            candidates = candidates.Where(story.IsAncestorOf).ToList();
            scope = story;
            top = twin;
        }
        else if (headline is not null && PreloadedStories.StoryAboveNext(headline, top, body) is { } own)
        {
            if (own == top) return [own];
            candidates = candidates.Where(c => c == own || own.IsAncestorOf(c)).ToList();
            scope = own;
        }

        // The page's main element holds its main content: a candidate in it wins over a better one
        // beside it (a column of notices or letters longer than the story), and the search for
        // the article's container does not climb out of it.
        var ceiling = scope;
        if (MainElement(scope) is { } mainElement)
        {
            if (!mainElement.IsAncestorOf(top) && mainElement != top && !top.IsAncestorOf(mainElement) && BestIn(mainElement, candidates, top.Statistics.ContentScore * 0.5) is { } inMain)
                top = inMain;
            if (mainElement == top || mainElement.IsAncestorOf(top)) ceiling = mainElement.Parent ?? scope;
        }
        top = ClimbToSharedAncestor(top, candidates, ceiling);
        top = ClimbWhileParentScoresHigher(top, ceiling);
        while (top.Parent is { } parent && parent != ceiling && parent.Tag != "#document" && ElementChildren(parent) == 1)
            top = parent;

        var main = WithSiblings(top);
        if (EnclosingArticle(top, scope) is { } article) main.InsertRange(0, LeadBefore(top, article));
        return main.Sum(n => n.Statistics.ProseChars) * 2 < scope.Statistics.ProseChars ? Widen(top, scope, ceiling == scope ? null : ceiling) ?? main : main;
    }

    /// <summary>The page's one main element (the tag or the landmark role); null when there is none or more than one.</summary>
    private static PageNode? MainElement(PageNode scope)
    {
        PageNode? main = null;
        foreach (var node in scope.Descendants())
        {
            if (node.IsText || !IsMain(node)) continue;
            if (main is not null) return null;
            main = node;
        }
        return main;
    }

    /// <summary>The best candidate in the element (or the element itself) scoring at least the wanted score.</summary>
    private static PageNode? BestIn(PageNode element, List<PageNode> candidates, double wanted)
    {
        PageNode? best = null;
        foreach (var candidate in candidates)
            if ((candidate == element || element.IsAncestorOf(candidate)) && candidate.Statistics.ContentScore >= wanted
                && (best is null || candidate.Statistics.ContentScore > best.Statistics.ContentScore))
                best = candidate;
        return best;
    }

    private static PageNode Best(List<PageNode> candidates)
    {
        var top = candidates[0];
        foreach (var candidate in candidates)
            if (candidate.Statistics.ContentScore > top.Statistics.ContentScore) top = candidate;
        return top;
    }

    /// <summary>
    /// When most of the page's prose lies outside the chosen element (pages of several sections,
    /// each one voting for its own box), the article is the nearest ancestor that holds most of it,
    /// provided that ancestor is not a link farm.
    /// </summary>
    /// <param name="ceiling">Where widening stops (above the page's main element), when it does before the document.</param>
    private static List<PageNode>? Widen(PageNode top, PageNode scope, PageNode? ceiling)
    {
        var total = scope.Statistics.ProseChars;
        for (var ancestor = top.Parent; ancestor is not null && ancestor != ceiling && ancestor.Tag != "#document"; ancestor = ancestor.Parent)
        {
            if (ancestor.Statistics.ProseChars < total * 0.7) continue;
            return ancestor.Statistics.LinkDensity < 0.35 ? [ancestor] : null;
        }
        return null;
    }

    /// <summary>
    /// The article element around the chosen body, when it adds little besides: its header holds
    /// the lead paragraph, which pages often set apart from the body text. What follows the body
    /// inside the article (tags, author box, related links) is not wanted.
    /// </summary>
    private static PageNode? EnclosingArticle(PageNode top, PageNode body)
    {
        for (var ancestor = top.Parent; ancestor is not null && ancestor != body; ancestor = ancestor.Parent)
        {
            if (ancestor.Tag != "article" && ancestor.Attribute("itemprop") != "articleBody") continue;
            var extra = ancestor.Statistics.TextChars - top.Statistics.TextChars;
            return extra <= top.Statistics.TextChars * 0.5 + 300 ? ancestor : null;
        }
        return null;
    }

    /// <summary>The elements between the article's start and the chosen body: where the lead sits.</summary>
    private static List<PageNode> LeadBefore(PageNode top, PageNode article)
    {
        var lead = new List<PageNode>();
        for (var node = top; node != article && node.Parent is { } parent; node = parent)
        {
            var before = new List<PageNode>();
            foreach (var sibling in parent.Children)
            {
                if (sibling == node) break;
                if (!sibling.IsText) before.Add(sibling);
            }
            lead.InsertRange(0, before);
        }
        return lead;
    }

    /// <summary>When several of the best candidates sit under one ancestor of the top one, the article is that ancestor.</summary>
    private static PageNode ClimbToSharedAncestor(PageNode top, List<PageNode> candidates, PageNode body)
    {
        var best = candidates.Where(c => c != top && c.Statistics.ContentScore >= top.Statistics.ContentScore * 0.75)
            .OrderByDescending(c => c.Statistics.ContentScore).Take(4).ToList();
        if (best.Count < 2) return top;
        for (var ancestor = top.Parent; ancestor is not null && ancestor != body; ancestor = ancestor.Parent)
        {
            if (best.Count(ancestor.IsAncestorOf) >= 2) return ancestor;
        }
        return top;
    }

    private static PageNode ClimbWhileParentScoresHigher(PageNode top, PageNode body)
    {
        var lastScore = top.Statistics.ContentScore;
        var threshold = lastScore / 3;
        for (var parent = top.Parent; parent is not null && parent != body && parent.Tag != "#document"; parent = parent.Parent)
        {
            if (!parent.Statistics.IsCandidate) continue;
            var score = parent.Statistics.ContentScore;
            if (score < threshold) break;
            if (score > lastScore) return parent;
            lastScore = score;
        }
        return top;
    }

    private static List<PageNode> WithSiblings(PageNode top)
    {
        // Nothing beside the page's main element is its main content.
        if (top.Parent is null || IsMain(top)) return [top];
        var threshold = Math.Max(10, top.Statistics.ContentScore * 0.2);
        var kept = new List<PageNode>();
        // A short line above the headline is a label (a section, "Press release"), not the story's.
        var headlineBelow = top.Parent.Children.Any(sibling => sibling.Tag == "h1");
        foreach (var sibling in top.Parent.Children)
        {
            if (sibling.Tag == "h1") headlineBelow = false;
            if (sibling.IsText || sibling.PrunedReason is not null) continue;
            if (sibling == top) { kept.Add(sibling); continue; }
            var bonus = sibling.Names.Length > 0 && sibling.Names == top.Names ? top.Statistics.ContentScore * 0.2 : 0;
            // A sibling joins by its score only when it carries prose: a scoreboard, a video title or a
            // row of stock quotes can gather points from its commas and its tag alone.
            if (sibling.Statistics.IsCandidate && sibling.Statistics.ProseChars > 0 && sibling.Statistics.ContentScore + bonus >= threshold)
            {
                kept.Add(sibling);
                continue;
            }
            // An aside beside the body that pruning left is a fact box of the story's ("What we know so far",
            // "fact-box"): its facts are short lines that score little, but they are the story's.
            if (sibling.Tag == "aside" && sibling.Statistics.AllChars > 0)
            {
                kept.Add(sibling);
                continue;
            }
            if (sibling.Tag == "p")
            {
                var length = sibling.Statistics.TextChars;
                var density = sibling.Statistics.LinkDensity;
                if (length > 80 && density < 0.25 || length is > 0 and < 80 && density == 0 && !headlineBelow) kept.Add(sibling);
            }
        }
        return kept;
    }

    private static bool IsMain(PageNode node) => node.Tag == "main" || node.Attribute("role") == "main";

    private static int ElementChildren(PageNode node)
    {
        var count = 0;
        foreach (var child in node.Children) if (!child.IsText) count++;
        return count;
    }
}
