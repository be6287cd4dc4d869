namespace Pipeline.Cleaning.Html;

/// <summary>
/// Pages that preload the next stories below the one asked for (endless scroll) repeat one story
/// box several times, and the longest story wins on score. The page's own story is the box around
/// the heading that repeats the page's title. It is recognised by its shape: the nearest box around
/// that heading which holds a twin of the best candidate (same element, same class names) must
/// itself be the twin of a box around the best candidate.
/// </summary>
internal static class PreloadedStories
{
    /// <returns>The page's own story box and its twin of the best candidate, or null when the best candidate is in it already.</returns>
    public static (PageNode Story, PageNode Twin)? OwnStory(PageNode headline, PageNode top, List<PageNode> candidates, PageNode body)
    {
        if (Shape(top.Names).Length == 0) return null;
        for (var node = headline.Parent; node is not null && node != body; node = node.Parent)
        {
            if (node == top || node.IsAncestorOf(top)) return null;
            PageNode? twin = null;
            foreach (var candidate in candidates)
                if (Alike(candidate, top) && node.IsAncestorOf(candidate) && (twin is null || candidate.Statistics.ContentScore > twin.Statistics.ContentScore))
                    twin = candidate;
            if (twin is null) continue;
            for (var unit = top.Parent; unit is not null && unit != body; unit = unit.Parent)
                if (Alike(unit, node)) return (node, twin);
            return null;
        }
        return null;
    }

    /// <summary>
    /// The page's own story box when it holds the best candidate already and the next story is loaded
    /// below it (endless scroll): the nearest box around the headline and the best candidate, or one
    /// of its next few ancestors, has a later sibling alike in shape ("article artykul--next" beside
    /// "article artykul--main") that holds a headline of its own and prose. Null otherwise.
    /// </summary>
    public static PageNode? StoryAboveNext(PageNode headline, PageNode top, PageNode body)
    {
        if (headline.Tag != "h1") return null;
        var box = headline.Parent;
        while (box is not null && box != body && box != top && !box.IsAncestorOf(top)) box = box.Parent;
        for (var level = 0; box is not null && box != body && box.Parent is { } parent && parent != body && level < 3; box = parent, level++)
        {
            var after = false;
            foreach (var sibling in parent.Children)
            {
                if (sibling == box) { after = true; continue; }
                if (after && !sibling.IsText && sibling.Statistics.AllProseChars >= MinNextStoryProse && AlikeBox(sibling, box) && sibling.HasDescendant("h1")) return box;
            }
        }
        return null;
    }

    private const int MinNextStoryProse = 150;

    private static bool AlikeBox(PageNode a, PageNode b) => Alike(a, b) || a.Tag == b.Tag && a.Tag is "article" && Shape(a.Names).Length == 0 && Shape(b.Names).Length == 0;

    /// <summary>Same element with the same class names, numbered ids and BEM modifiers aside ("article-0", "article-3", "story--next").</summary>
    private static bool Alike(PageNode a, PageNode b) => a.Tag == b.Tag && Shape(a.Names) is { Length: > 0 } shape && shape == Shape(b.Names);

    private static string Shape(string names) =>
        names.Any(char.IsDigit) || names.Contains("--", StringComparison.Ordinal)
            ? string.Join(' ', names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(name => !name.Any(char.IsDigit) && !name.Contains("--", StringComparison.Ordinal)))
            : names;
}
