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

    /// <summary>Same element with the same class names, numbered ids aside ("article-0", "article-3").</summary>
    private static bool Alike(PageNode a, PageNode b) => a.Tag == b.Tag && Shape(a.Names) is { Length: > 0 } shape && shape == Shape(b.Names);

    private static string Shape(string names) =>
        names.Any(char.IsDigit) ? string.Join(' ', names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(name => !name.Any(char.IsDigit))) : names;
}
