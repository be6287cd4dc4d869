namespace Pipeline.Cleaning.Html;

/// <summary>
/// Templates render some text twice or more: the standfirst once for the screen and once for
/// print, a fact box once for phones and once for desktops, a donation appeal after every few
/// paragraphs. A long paragraph that comes back word for word adds nothing the first copy did not
/// say, so the later copies go, with the repeated title right above each of them. The first copy
/// stays: the text may be the story's own (a lead, a recurring answer in a FAQ).
/// </summary>
internal static class RepeatedBoxes
{
    private const int MinLength = 80;

    public static void Remove(List<ContentBlock> article)
    {
        // Whether each kept block repeats text seen above it.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeat = new bool[article.Count];
        var any = false;
        for (var i = 0; i < article.Count; i++)
            if (article[i].RemovalReason is null) any |= repeat[i] = !seen.Add(article[i].Text);
        if (!any) return;

        for (var i = 0; i < article.Count; i++)
        {
            var block = article[i];
            if (!repeat[i] || block.RemovalReason is not null || block.Text.Length < MinLength || block.Kind is not (BlockKind.Paragraph or BlockKind.Quote)) continue;
            block.RemovalReason = "repeated-in-page";
            for (var j = i - 1; j >= 0; j--)
            {
                var above = article[j];
                if (above.RemovalReason is not null) continue;
                if (!repeat[j] || above.Text.Length >= MinLength) break;
                above.RemovalReason = "repeated-in-page";
            }
        }
    }
}
