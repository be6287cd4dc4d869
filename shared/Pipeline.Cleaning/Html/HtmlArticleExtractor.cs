namespace Pipeline.Cleaning.Html;

/// <summary>
/// Main-content extraction: segment the page into blocks, prune page chrome, let paragraphs vote
/// for the article container, judge the blocks inside it. Every block of visible text ends up
/// either in the article or in the removed list with its reason.
/// </summary>
internal static class HtmlArticleExtractor
{
    public static CleanedDocument Extract(string html, string? url, SourceProfile? profile)
    {
        var cleaned = Extract(html, url, profile, byNames: true);
        // Boxes pruned one by one for their names (a builder that calls every block a "widget",
        // each too small to count as the article) may leave nothing of an ordinary story: the page
        // is then read again judging boxes by tag, role and hidden state only (readers' comments
        // named as such still go), and what that finds is better than no text at all.
        if (!string.IsNullOrWhiteSpace(cleaned.Text)) return cleaned;
        var again = Extract(html, url, profile, byNames: false);
        return string.IsNullOrWhiteSpace(again.Text) ? cleaned : again;
    }

    private static CleanedDocument Extract(string html, string? url, SourceProfile? profile, bool byNames)
    {
        var document = PageParser.Parse(html);
        var head = PageHead.Read(document);
        var body = FindBody(document);
        var blocks = BlockSegmenter.Segment(body);

        ContentPruner.Prune(body, ArticleBodyOf(body), PaywalledParts.Find(head.JsonLd, body), byNames);
        foreach (var block in blocks) block.RemovalReason = PrunedReasonOf(block.Owner) ?? block.Owner.OwnLinesReason;

        var metadata = new HtmlMetadata(head, url);
        var candidates = ContentScorer.Score(blocks.Where(b => b.RemovalReason is null));
        var main = MainContentLocator.Locate(candidates, body, HeadlineOf(blocks, metadata.DeclaredTitle));
        var mainSet = main.ToHashSet();
        var inMain = new List<ContentBlock>();
        foreach (var block in blocks)
        {
            if (IsInside(block.Owner, mainSet)) inMain.Add(block);
            else block.RemovalReason ??= "outside-main-content";
        }

        var leads = LeadOutside(blocks, inMain, main, metadata.Description);
        leads.AddRange(IngredientsBeside(blocks, main, head.JsonLd));
        foreach (var lead in leads) lead.RemovalReason = null;
        if (leads.Count > 0)
        {
            // The filters read the article in page order (kickers above the headline, notes at the end).
            var position = new Dictionary<ContentBlock, int>(blocks.Count);
            for (var i = 0; i < blocks.Count; i++) position[blocks[i]] = i;
            inMain = inMain.Union(leads).OrderBy(b => position[b]).ToList();
        }
        BlockFilter.Apply(inMain, new PageClues(metadata.Title(main), metadata.DeclaredAuthors, metadata.SiteName, HostOf(url)));
        if (profile is not null) RemoveRepeated(blocks, profile);

        var kept = blocks.Where(b => b.RemovalReason is null).ToList();
        var paragraphs = kept.Select(b => b.Text).ToList();
        // The dateline opens the story: the first paragraph, or the second when a lead stands above it.
        var opening = kept.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).Take(2);
        if (DeclaredBodyOf(metadata, paragraphs) is { } declared)
        {
            // The markup's prose above the story (its standfirst) stays; its short lines (kicker, labels) go.
            foreach (var block in kept.Where(b => !b.IsProse)) block.RemovalReason = "outside-declared-body";
            paragraphs = kept.Where(b => b.RemovalReason is null).Select(b => b.Text).Concat(declared).ToList();
            opening = paragraphs.Take(2);
        }
        var removed = blocks.Where(b => b.RemovalReason is not null).Select(b => new RemovedBlock(b.Text, b.RemovalReason!)).ToList();
        var lastInMain = inMain.Count == 0 ? -1 : blocks.IndexOf(inMain[^1]);
        var cleaned = metadata.Read(main, blocks.Take(lastInMain + 1).ToList()) with { Text = string.Join("\n\n", paragraphs), Removed = removed };
        return cleaned with { Dateline = opening.Select(Dateline.Find).FirstOrDefault(place => place is not null) };
    }

    /// <summary>The paragraphs of the body the page declares as data, when they, not the markup, hold the story.</summary>
    private static List<string>? DeclaredBodyOf(HtmlMetadata metadata, List<string> extracted)
    {
        var length = extracted.Sum(p => p.Length + 2);
        // Decoding only shortens the declared body: a text half its raw length or more keeps the markup's story.
        if (metadata.DeclaredBody is not { } raw || length * 2 >= raw.Length) return null;
        var declared = DeclaredBody.Paragraphs(raw);
        return DeclaredBody.Supersedes(declared, string.Join("\n\n", extracted)) ? declared : null;
    }

    /// <summary>
    /// The lead that templates set apart from the body: the prose right above the chosen content
    /// (past captions, bylines and share bars only), or the page's description shown as a
    /// paragraph somewhere above it.
    /// </summary>
    private static List<ContentBlock> LeadOutside(List<ContentBlock> blocks, List<ContentBlock> inMain, List<PageNode> main, string? description)
    {
        var lead = new List<ContentBlock>();
        if (inMain.Count == 0) return lead;
        var first = blocks.IndexOf(inMain[0]);
        // Near the chosen container, not near its first block: that may sit deep in a share widget.
        var near = Ancestor(RootOf(inMain[0].Owner, main), levels: 2);
        var furniture = 0;
        var keyPoints = 0;
        // A container that opens with the story's h1 has its lead below the headline: what stands
        // above it (a match's score header, a stadium and kick-off line) is the page's, not the story's.
        for (var i = IsHeadline(inMain[0]) ? -1 : first - 1; i >= 0 && lead.Count - keyPoints < 3; i--)
        {
            var block = blocks[i];
            // Key points set as a list of sentences between the headline and the body ("Key
            // points", "Das Wichtigste in Kürze") open the story, however short each item is.
            if (block.RemovalReason == "outside-main-content" && IsKeyPoint(blocks, i) && near.IsAncestorOf(block.Owner))
            {
                lead.Add(block);
                keyPoints++;
                continue;
            }
            // A story header set outside the article ("article-view-header") is pruned as a page
            // header, the deck it names ("subheading") with it: the deck is the story's.
            if (block.RemovalReason == "header" && furniture <= 12 && IsNamedStandfirst(block)) { lead.Add(block); continue; }
            // Templates put pictures and their credits, share bars, ads and promo boxes between the
            // lead and the body: pruned furniture is stepped over, a little of it.
            if (block.RemovalReason != "outside-main-content" && ++furniture <= 12) continue;
            // A short box without prose (a scoreboard, a date line) may stand there too; the headline ends the search.
            if (block.RemovalReason == "outside-main-content" && !block.IsProse && block.Kind != BlockKind.Heading && block.Text.Length < 80 && ++furniture <= 12) continue;
            // A standfirst the template names as such may stand in a row of its own, away from the
            // body, and read as a heading without a full stop ("Subheadline", "lead-paragraph").
            if (block.RemovalReason == "outside-main-content" && IsNamedStandfirst(block)) { lead.Add(block); continue; }
            if (block.RemovalReason != "outside-main-content" || !block.IsProseOrSentenceHeading || !near.IsAncestorOf(block.Owner)) break;
            lead.Add(block);
        }
        if (description is null || description.Length < 40) return lead;

        var key = description.AsSpan(0, Math.Min(60, description.Length)).Trim();
        // Up to the story's first paragraph: the chosen container may open with the header it pruned.
        var body = inMain.FirstOrDefault(b => b.RemovalReason is null && b.IsProse) is { } opening ? blocks.IndexOf(opening) : first;
        for (var i = 0; i < Math.Max(first, body); i++)
        {
            var block = blocks[i];
            // Templates put the standfirst in the page header or the share bar's wrapper, and may
            // run the date into it ("19.10.2019, 15:30 UhrAm 8. Spieltag ...").
            if (block.RemovalReason is "outside-main-content" or "header" or "share" or "sidebar" && !lead.Contains(block) && block.Text.Length >= 40
                && (block.Text.AsSpan().StartsWith(key, StringComparison.Ordinal) || block.Text.Length <= description.Length + 40 && block.Text.AsSpan().Contains(key, StringComparison.Ordinal)
                    || description.StartsWith(block.Text, StringComparison.Ordinal)))
            {
                lead.Add(block);
                // Templates may set the standfirst as several short paragraphs; those that go on
                // with the description's words belong with it.
                var rest = WithoutSpaces(description);
                for (var j = i + 1; j < Math.Max(first, body) && lead.Count < 6; j++)
                {
                    var next = blocks[j];
                    if (next.RemovalReason != block.RemovalReason || next.Text.Length < 20 || lead.Contains(next) || !rest.Contains(WithoutSpaces(next.Text), StringComparison.Ordinal)) break;
                    lead.Add(next);
                }
                break;
            }
        }
        return lead;
    }

    private static bool IsHeadline(ContentBlock block) =>
        block.Kind == BlockKind.Heading && (block.Owner.Tag == "h1" || block.Owner.Parent is { Tag: "h1" });

    private const int MaxIngredientsLevels = 6;

    /// <summary>
    /// A recipe page (its JSON-LD declares the ingredients) may set the ingredient list in a box of
    /// its own beside the steps; the steps hold the prose and are chosen, and the list, a table or
    /// list of amounts and names, never outweighs them. The box named as the ingredients
    /// ("recipe-ingredients", "zutaten") that stands beside the chosen container, under the same
    /// parent or grandparent, is the recipe's text too.
    /// </summary>
    private static List<ContentBlock> IngredientsBeside(List<ContentBlock> blocks, List<PageNode> main, List<string> scripts)
    {
        var found = new List<ContentBlock>();
        if (main.Count == 0 || !scripts.Any(script => script.Contains("recipeIngredient", StringComparison.Ordinal))) return found;
        foreach (var block in blocks)
        {
            if (block.RemovalReason != "outside-main-content" || IngredientsBox(block.Owner) is not { } box) continue;
            var near = Ancestor(box, levels: 2);
            if (main.Any(root => near.IsAncestorOf(root))) found.Add(block);
        }
        return found;
    }

    /// <summary>The box named as a recipe's ingredients that holds the node, up to six levels up; null when there is none.</summary>
    internal static PageNode? IngredientsBox(PageNode node)
    {
        for (var level = 0; level < MaxIngredientsLevels && node.Parent is not null; level++, node = node.Parent)
            if (BoilerplateNames.IsIngredients(node.Names)) return node;
        return null;
    }

    /// <summary>A line of some length and few links in an element (or just under one) named as the standfirst.</summary>
    private static bool IsNamedStandfirst(ContentBlock block)
    {
        if (block.Text.Length < 30 || block.LinkDensity >= 0.3 || block.Kind == BlockKind.ListItem) return false;
        var node = block.Owner;
        for (var level = 0; level < 3 && node is not null; level++, node = node.Parent)
            if (BoilerplateNames.IsStandfirst(node.Names)) return true;
        return false;
    }

    /// <summary>
    /// An item of a list of sentences, or of a list under a key-points label ("Key points:", "Das Wichtigste
    /// in Kürze"), whose items broadcasters write as sentences without the full stop.
    /// </summary>
    private static bool IsKeyPoint(List<ContentBlock> blocks, int index)
    {
        var block = blocks[index];
        if (block.Kind != BlockKind.ListItem || block.Text.Length < 30 || block.LinkDensity >= 0.3) return false;
        PageNode? list = null;
        for (var node = block.Owner; node is not null && list is null; node = node.Parent)
            if (node.Tag is "ul" or "ol") list = node;
        if (list is null || !block.EndsAsSentence && !LabelledAsKeyPoints(blocks, index, list)) return false;
        var items = 0;
        foreach (var item in list.Children)
        {
            if (item.Tag != "li") continue;
            if (item.Statistics.AllChars is < 30 or > 400) return false;
            items++;
        }
        return items >= 2 && list.Statistics.LinkDensity < 0.3;
    }

    /// <summary>Whether the line right above the list is a key-points label.</summary>
    private static bool LabelledAsKeyPoints(List<ContentBlock> blocks, int index, PageNode list)
    {
        var i = index;
        while (i >= 0 && list.IsAncestorOf(blocks[i].Owner)) i--;
        return i >= 0 && BoilerplatePhrases.IsKeyPointsLabel(blocks[i].Text);
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string? HostOf(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

    /// <summary>The first h1 or h2 still on the page that repeats the declared title: where the page's own story starts.</summary>
    private static PageNode? HeadlineOf(List<ContentBlock> blocks, string? title)
    {
        if (title is null) return null;
        foreach (var block in blocks)
            if (block.RemovalReason is null && block.Owner.Tag is "h1" or "h2" && Headline.Repeats(block.Text, title)) return block.Owner;
        return null;
    }

    /// <summary>The chosen container holding the node.</summary>
    private static PageNode RootOf(PageNode node, List<PageNode> main)
    {
        for (var current = node; current is not null; current = current.Parent)
            if (main.Contains(current)) return current;
        return node;
    }

    private static PageNode Ancestor(PageNode node, int levels)
    {
        for (; levels > 0 && node.Parent is { Tag: not "#document" } parent; levels--) node = parent;
        return node;
    }

    private static void RemoveRepeated(List<ContentBlock> blocks, SourceProfile profile)
    {
        var kept = blocks.Where(b => b.RemovalReason is null).ToList();
        foreach (var index in profile.RepeatedAmong(kept.Select(b => b.Text).ToList()))
            kept[index].RemovalReason = "repeated-across-source";
    }

    private static PageNode FindBody(PageNode document)
    {
        foreach (var html in document.Children)
            foreach (var child in html.Children)
                if (child.Tag == "body") return child;
        return document;
    }

    /// <summary>The element the page itself calls its article body, when one holds real prose.</summary>
    private static PageNode? ArticleBodyOf(PageNode body)
    {
        PageNode? best = null;
        foreach (var node in body.Descendants())
        {
            if (node.IsText || node.Statistics.AllProseChars == 0) continue;
            if (node.Attribute("itemprop") != "articleBody" && !BoilerplateNames.IsArticleBody(node.Names)) continue;
            if (best is null || node.Statistics.AllProseChars > best.Statistics.AllProseChars) best = node;
        }
        return best;
    }

    private static string? PrunedReasonOf(PageNode owner)
    {
        string? reason = null;
        for (var node = owner; node is not null; node = node.Parent)
            if (node.PrunedReason is not null) reason = node.PrunedReason;
        return reason;
    }

    private static bool IsInside(PageNode node, HashSet<PageNode> roots)
    {
        for (var current = node; current is not null; current = current.Parent)
            if (roots.Contains(current)) return true;
        return false;
    }
}
