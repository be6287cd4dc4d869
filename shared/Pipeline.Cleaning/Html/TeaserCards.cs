namespace Pipeline.Cleaning.Html;

/// <summary>
/// A grid of teasers for other stories can sit inside the chosen container, under the story: each
/// card a linked headline and a line of summary, boxed alike. The linked headline goes as a link
/// line; the summary is found by its card, a box holding little besides the two, repeated beside
/// it; in a list of cards the line under the headline (a summary, or only the card's date: "2 May")
/// is its list item's text. A story's own sections are not boxed one by one, and their headings are not links.
/// </summary>
internal static class TeaserCards
{
    private const int MaxSummary = 300;
    private const int MaxLevels = 3;

    public static void Remove(List<ContentBlock> article)
    {
        for (var i = 1; i < article.Count; i++)
        {
            var summary = article[i];
            var title = article[i - 1];
            if (summary.RemovalReason is not null || summary.Kind is not (BlockKind.Paragraph or BlockKind.ListItem) || summary.Text.Length > MaxSummary) continue;
            if (!IsLinkedTitle(title)) continue;
            var card = CommonAncestor(title.Owner, summary.Owner);
            if (card is null || card.Statistics.AllChars > title.Text.Length + summary.Text.Length + 80 || !IsRepeated(card)) continue;
            summary.RemovalReason = "related";
        }
    }

    /// <summary>
    /// The card's headline, gone as a link line: a heading, or a linked line of a few words that is
    /// no sentence (cards that set the headline as a link around a span, with no heading). A
    /// footnote's linked number over its text is no headline.
    /// </summary>
    private static bool IsLinkedTitle(ContentBlock title) =>
        title.RemovalReason == "link-dense" && title.LinkDensity >= 0.9
        && (title.Kind == BlockKind.Heading || title.Kind is BlockKind.Paragraph or BlockKind.ListItem && !title.EndsAsSentence && title.Text.Count(char.IsWhiteSpace) >= MinTitleSpaces);

    private const int MinTitleSpaces = 2;

    /// <summary>Whether the card, or a box just around it, has a sibling of the same classes (a list's items need none).</summary>
    private static bool IsRepeated(PageNode card)
    {
        var node = card;
        for (var level = 0; level < MaxLevels && node.Parent is { } parent; level++, node = parent)
        {
            if (node.Names.Length == 0 && node.Tag != "li") continue;
            foreach (var sibling in parent.Children)
                if (sibling != node && !sibling.IsText && sibling.Tag == node.Tag && sibling.Names == node.Names) return true;
        }
        return false;
    }

    private static PageNode? CommonAncestor(PageNode a, PageNode b)
    {
        for (var node = a; node is not null; node = node.Parent)
            if (node == b || node.IsAncestorOf(b)) return node;
        return null;
    }
}
