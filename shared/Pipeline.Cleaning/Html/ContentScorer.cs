namespace Pipeline.Cleaning.Html;

/// <summary>
/// Readability's insight, computed in one pass: every paragraph votes for the elements around it
/// (its parent fully, remoter ancestors less), weighted by how much prose it carries.
/// </summary>
internal static class ContentScorer
{
    private const int AncestorLevels = 5;

    public static List<PageNode> Score(IEnumerable<ContentBlock> keptBlocks)
    {
        var candidates = new List<PageNode>();
        foreach (var block in keptBlocks)
        {
            for (var node = block.Owner; node is not null; node = node.Parent)
            {
                node.Statistics.TextChars += block.Text.Length;
                node.Statistics.LinkChars += block.LinkChars;
                if (block.IsProse) node.Statistics.ProseChars += block.Text.Length;
            }
            if (block.Text.Length < 25 || block.Kind is BlockKind.Heading or BlockKind.Caption) continue;

            var score = 1.0 + Commas(block.Text) + Math.Min(block.Text.Length / 100, 3);
            score *= 1 - block.LinkDensity;
            if (block.Kind == BlockKind.ListItem) score *= 0.5;

            // Text straight inside a container belongs to that container; a paragraph's text to its parent.
            var first = block.Owner.Tag is "div" or "section" or "article" or "main" or "td" ? block.Owner : block.Owner.Parent;
            var level = 0;
            for (var node = first; node is not null && level < AncestorLevels && node.Tag != "#document"; node = node.Parent, level++)
            {
                if (!node.Statistics.IsCandidate) { node.Statistics.IsCandidate = true; candidates.Add(node); }
                node.Statistics.ContentScore += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        foreach (var candidate in candidates)
        {
            candidate.Statistics.ContentScore += Initial(candidate);
            candidate.Statistics.ContentScore *= 1 - candidate.Statistics.LinkDensity;
        }
        return candidates;
    }

    /// <summary>What the element's tag and names say before its text is counted.</summary>
    private static double Initial(PageNode node)
    {
        var score = node.Tag switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" or "address" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (node.Attribute("itemprop") == "articleBody" || BoilerplateNames.IsArticleBody(node.Names)) score += 35;
        else if (BoilerplateNames.IsGenericContent(node.Names)) score += 15;
        if (BoilerplateNames.ReasonFor(node.Names) is not null) score -= 25;
        return score;
    }

    private static int Commas(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (c is ',' or '،' or '、' or '，' or '﹐' or '︐' or '︑' or '⸲' or '⸴' or '⹁' or '⹌' or '⹎' or '﹑') count++;
        return count;
    }

}
