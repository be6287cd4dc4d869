namespace Pipeline.Cleaning.Html;

/// <summary>
/// Marks page chrome by what it is (nav, footer, aside, hidden), what it calls itself (class/id)
/// and its role. A wrapper that holds most of the page's prose is never pruned by its name alone:
/// class lists like "has-sidebar" or "tag-politics" sit on article wrappers too.
/// </summary>
internal static class ContentPruner
{
    private const int MinDeclaredProse = 300;
    private const int MinPaywalledProse = 100;
    private const int MinGallerySlides = 3;

    /// <param name="declaredParts">The elements the page's JSON-LD names as parts of the story (see <see cref="PaywalledParts"/>).</param>
    /// <param name="byNames">Whether boxes are judged by their class and id names too (false: by tag, role and hidden state only).</param>
    public static void Prune(PageNode body, PageNode? articleBody, List<PageNode>? declaredParts = null, bool byNames = true)
    {
        var story = new Story(articleBody, declaredParts ?? [], null, byNames);
        // Comments first: a long thread can outweigh the article, so its prose must not count
        // when deciding what "most of the page's prose" is.
        var captions = new List<PageNode>();
        var commentProse = Visit(body, int.MaxValue, story, insideArticle: false, onlyComments: true, captions);
        var pageProse = body.Statistics.AllProseChars - commentProse;
        if (articleBody is null && OpeningPost(body, commentProse, pageProse) is { } post)
        {
            // The opening post is the page's story: it is kept, and what stands beside it gets no
            // protection from its prose, as beside a declared article body.
            for (var node = post; node is not null; node = node.Parent) node.PrunedReason = null;
            story = story with { ArticleBody = post, OpeningPost = post };
            commentProse -= post.Statistics.AllProseChars;
            pageProse += post.Statistics.AllProseChars;
        }
        var pruned = Visit(body, pageProse, story, insideArticle: false, onlyComments: false, captions);
        KeepGalleryCaptions(captions, body.Statistics.AllProseChars - commentProse - pruned, pageProse, story);
    }

    /// <summary>
    /// A gallery tells its story in the captions: when several captions of a sentence or more
    /// hold more prose than everything else left on the page, they are the text, and only their
    /// credits and counters go. One photo's long caption beside a story is still a caption.
    /// </summary>
    private static void KeepGalleryCaptions(List<PageNode> captions, int proseLeft, int pageProse, Story story)
    {
        if (captions.Count < MinGallerySlides) return;
        var captionProse = 0;
        foreach (var caption in captions) captionProse += caption.Statistics.AllProseChars;
        if (captionProse <= proseLeft) return;
        foreach (var caption in captions)
        {
            caption.PrunedReason = null;
            Visit(caption, pageProse, story, insideArticle: true, onlyComments: false, captions: null);
        }
    }

    /// <returns>The prose characters pruned.</returns>
    private static int Visit(PageNode node, int pageProse, Story story, bool insideArticle, bool onlyComments, List<PageNode>? captions)
    {
        var pruned = 0;
        foreach (var child in node.Children)
        {
            if (child.IsText || child.PrunedReason is not null) continue;
            var reason = ReasonFor(child, insideArticle, story.ByNames);
            if (onlyComments && reason != "comments") reason = null;
            // Inside the opening post, its own parts are named like comments too ("post-comment-text").
            if (reason == "comments" && story.OpeningPost is { } post && post.IsAncestorOf(child)) reason = null;
            if (reason == "rating" && story.ByNames && HoldsProsAndCons(child) && !Protected(child, reason, pageProse, story))
            {
                pruned += PruneAroundProsAndCons(child);
                continue;
            }
            if (reason is not null && !Protected(child, reason, pageProse, story))
            {
                child.PrunedReason = reason;
                pruned += child.Statistics.AllProseChars;
                if (reason == "caption" && child.Statistics.AllProseChars > 0) captions?.Add(child);
                continue;
            }
            pruned += Visit(child, pageProse, story, insideArticle || child.Tag is "article" or "main" || child == story.ArticleBody, onlyComments, captions);
        }
        return pruned;
    }

    private static string? ReasonFor(PageNode node, bool insideArticle, bool byNames = true)
    {
        var tag = node.Tag;
        switch (tag)
        {
            case "nav" or "menu": return "nav";
            case "footer": return "footer";
            // A fact box set in an aside inside the story ("fact-box", "faktaboks", "infobox") is its text.
            // So is one that lists facts in sentences under a label and links nowhere ("What we know so far"
            // under a live story): a sidebar's lists point to other pages.
            case "aside" when !(insideArticle && (BoilerplateNames.IsFactBox(node.Names) || ListsFacts(node))): return "sidebar";
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
            // A control drawn as a box (a gallery opener titled like a story, "load more"): its words label a click.
            case "button" when node.Statistics.AllProseChars == 0: return "nav";
        }
        if (tag is "article" or "main" or "body" or "html") return null;
        // Read again by tag and role only, readers' comments named as such still are no article.
        if (!byNames) return BoilerplateNames.ReasonFor(node.Names) == "comments" ? "comments" : null;
        // Component templates name the story's own header after the page type ("ReviewPage-header"):
        // inside the article, a header element holds the headline, the dek and the byline, not the site's menu.
        if (BoilerplateNames.ReasonFor(node.Names) is { } named) return named == "nav" && tag == "header" && insideArticle ? null : named;
        if (BoilerplateNames.IsArticleMeta(node.Names) && node.Statistics.AllChars < 200 && node.Statistics.AllProseChars == 0) return "byline";
        return null;
    }

    private const int MinListedFacts = 3;

    /// <summary>
    /// A box of facts set as a list: a list of three or more items that each end as a sentence, at
    /// most a label beside it, and no link or form anywhere in the box.
    /// </summary>
    private static bool ListsFacts(PageNode box)
    {
        PageNode? list = null;
        foreach (var child in box.Children)
        {
            if (child.IsText) { if (!string.IsNullOrWhiteSpace(child.Text)) return false; continue; }
            if (child.Tag is "ul" or "ol" && list is null) { list = child; continue; }
            // The label over the list: a heading or a short line of its own.
            if (child.Statistics.AllChars > 60 || child.Children.Any(grandchild => grandchild.Tag is "ul" or "ol")) return false;
        }
        if (list is null || box.HasDescendant("a") || box.HasDescendant("form")) return false;
        var items = 0;
        foreach (var item in list.Children)
        {
            if (item.IsText) continue;
            if (item.Tag != "li" || item.Statistics.AllChars < 20 || !EndsAsSentence(item)) return false;
            items++;
        }
        return items >= MinListedFacts;

        static bool EndsAsSentence(PageNode item)
        {
            var last = ' ';
            foreach (var node in item.Descendants())
                if (node.Text is { } text && text.AsSpan().TrimEnd() is { Length: > 0 } trimmed) last = trimmed[^1];
            return last is '.' or '!' or '?';
        }
    }

    private static bool Protected(PageNode node, string reason, int pageProse, Story story)
    {
        var articleBody = story.ArticleBody;
        if (articleBody is not null && (node == articleBody || node.IsAncestorOf(articleBody))) return true;
        if (reason is "comments" or "byline") return false;
        // The part of the story the page declares behind its paywall is text, whatever its box is called.
        if (reason != "hidden" && story.DeclaredParts.Any(part => part == node || node.IsAncestorOf(part))) return true;
        var prose = node.Statistics.AllProseChars;
        // Inside the declared body, the wrapper of most of its prose is the text, whatever its classes
        // say: paywall templates wrap the free paragraphs in "subscriber-preview" or "premium-teaser".
        if (reason != "hidden" && articleBody is not null && articleBody.IsAncestorOf(node) && prose * 2 > articleBody.Statistics.AllProseChars) return true;
        // So are the boxes that wrap the free or the locked part of it ("subscriber-preview", then
        // "subscriber-only"), named so however few paragraphs they hold, and the last free paragraph the
        // template fades out above the wall ("paywall-fade"); a sign-up form is no part of them.
        if (reason == "promo" && articleBody is not null && articleBody.IsAncestorOf(node) && prose >= MinPaywalledProse && BoilerplateNames.IsPaywalledText(node.Names)
            && !node.HasDescendant("form")) return true;
        // Beside a declared body with real prose, a related grid's summaries may outweigh a short
        // story; their volume does not make them the article.
        if (reason != "hidden" && articleBody is { Statistics.AllProseChars: >= MinDeclaredProse } && !articleBody.IsAncestorOf(node)) return false;
        // Tabs, accordions and "read more" folds hide article text until a click; hidden dialogs hold forms.
        // A box drawn blurred and hidden from screen readers is the veil a paywall lays under its offer:
        // placeholder or scrambled letters shown to tempt, which the page itself says are no text. Not a fold.
        if (reason == "hidden") return !IsVeil(node) && (prose >= 300 && prose >= pageProse * 0.1 || IsHiddenSlide(node));
        // A wrapper holding most of the prose is the article, whatever its classes say.
        return prose >= 400 && prose >= pageProse * 0.5;
    }

    private const int MaxProsAndConsLabel = 30;

    /// <summary>
    /// A review's score card sets the reviewer's pros and cons beside the score, the badge and the
    /// shop buttons ("score-card" holding "sc-pros" and "sc-cons"): the lists are the reviewer's
    /// judgements in words, the story's, and stay; the rest of the card goes as a rating, and so
    /// does each list's label ("Pros", "Cons"), a heading of a word or two above its items, and the
    /// badge and links set straight in the card ("Editor's Choice", "Jump to verdict").
    /// </summary>
    /// <returns>The prose characters pruned.</returns>
    private static int PruneAroundProsAndCons(PageNode card)
    {
        card.OwnLinesReason = "rating";
        var pruned = 0;
        foreach (var child in card.Children)
        {
            if (child.IsText) continue;
            if (BoilerplateNames.IsProsAndCons(child.Names))
            {
                foreach (var line in child.Children)
                    if (!line.IsText && line.Tag is "h2" or "h3" or "h4" or "h5" or "h6" && line.Statistics.AllChars <= MaxProsAndConsLabel) line.PrunedReason = "label";
                continue;
            }
            if (HoldsProsAndCons(child))
            {
                pruned += PruneAroundProsAndCons(child);
                continue;
            }
            child.PrunedReason = "rating";
            pruned += child.Statistics.AllProseChars;
        }
        return pruned;
    }

    private static bool HoldsProsAndCons(PageNode node)
    {
        foreach (var descendant in node.Descendants())
            if (!descendant.IsText && descendant != node && BoilerplateNames.IsProsAndCons(descendant.Names)) return true;
        return false;
    }

    private const int MinSlides = 5;
    private const int MaxSlideSiblings = 200;

    /// <summary>
    /// A slideshow or a paged list shows one of its sections and hides the others until a click
    /// ("gallery-section" and "gallery-section hidden" side by side): a hidden section that holds
    /// running text, alike in its first class name to a shown one, five or more in all, is the
    /// same kind of text as the one on show, however short it is. Two or three alike boxes shown
    /// one at a time are states of one message ("free delivery" / "delivery from 4.99") or tabs,
    /// and the tabs with real text are kept by their prose.
    /// </summary>
    private static bool IsHiddenSlide(PageNode node)
    {
        if (node.Parent is not { } parent || parent.Children.Count > MaxSlideSiblings || node.Statistics.AllProseChars == 0) return false;
        // Hidden by its class, as a paged list's script toggles it; a carousel's script writes only
        // visibility into the slides' styles as they move, and what it moves is teasers.
        if (BoilerplateNames.ReasonFor(node.Names) != "hidden") return false;
        var name = FirstClass(node.Names);
        if (name.Length == 0 || name.SequenceEqual("hidden")) return false;
        int alike = 0, shown = 0;
        foreach (var sibling in parent.Children)
        {
            if (sibling.IsText || sibling.Tag != node.Tag || !FirstClass(sibling.Names).SequenceEqual(name)) continue;
            alike++;
            if (sibling.Statistics.AllChars > 0 && ReasonFor(sibling, insideArticle: false) != "hidden") shown++;
        }
        return alike >= MinSlides && shown > 0;
    }

    private static ReadOnlySpan<char> FirstClass(string names)
    {
        var space = names.IndexOf(' ');
        return space < 0 ? names : names.AsSpan(0, space);
    }

    /// <summary>What the page itself says holds its story: the element it calls its article body, and the parts its JSON-LD declares.</summary>
    /// <param name="OpeningPost">The post that opens a discussion page, kept though it is named like the replies (see <see cref="OpeningPost"/>).</param>
    /// <param name="ByNames">Whether boxes are judged by their names (see <see cref="Prune"/>).</param>
    private sealed record Story(PageNode? ArticleBody, List<PageNode> DeclaredParts, PageNode? OpeningPost, bool ByNames);

    private const int MinOpeningPost = 150;
    private const int MaxDepthToPost = 6;

    /// <summary>
    /// A discussion page (a forum thread, a question and its answers) is all posts: the boxes named
    /// like comments hold nearly all of its prose, and the page names itself a discussion ("forum",
    /// "thread", "topic" on its body). Its first post is what the page is about, and the text; the
    /// replies under it stay comments. A story with a long thread below keeps its own prose outside
    /// the thread, and its page does not call itself a forum.
    /// </summary>
    private static PageNode? OpeningPost(PageNode body, int commentProse, int pageProse)
    {
        if (commentProse < MinOpeningPost || commentProse < pageProse * 4 || !NamesDiscussion(body)) return null;
        PageNode? first = null;
        foreach (var node in body.Descendants())
            if (node.PrunedReason == "comments" && node.Statistics.AllProseChars > 0) { first = node; break; }
        if (first is null) return null;
        // A thread's container holds the posts as a list of boxes named alike: the opening post is its first.
        for (var depth = 0; depth < MaxDepthToPost && ListedPosts(first) is { } inner; depth++) first = inner;
        return first.Statistics.AllProseChars >= MinOpeningPost ? first : null;
    }

    /// <summary>Whether the body or the html element is named as a discussion: "forum", "thread", "topic", "discussion".</summary>
    private static bool NamesDiscussion(PageNode body)
    {
        for (var node = body; node is not null && node.Tag is "body" or "html"; node = node.Parent)
            if (node.Names.Length > 0 && BoilerplateNames.IsDiscussion(node.Names)) return true;
        return false;
    }

    /// <summary>
    /// Below a thread's container: its only child with prose (a wrapper), or the first of two or
    /// more children named like comments and alike in their first name (the posts); else null.
    /// </summary>
    private static PageNode? ListedPosts(PageNode node)
    {
        PageNode? first = null;
        var firstName = "";
        int withProse = 0, alike = 0;
        foreach (var child in node.Children)
        {
            if (child.IsText || child.Statistics.AllProseChars == 0) continue;
            withProse++;
            var name = child.Tag + ":" + FirstClass(child.Names).ToString();
            if (first is null) { first = child; firstName = name; }
            if (name == firstName && BoilerplateNames.ReasonFor(child.Names) == "comments") alike++;
        }
        return withProse == 1 || alike >= 2 ? first : null;
    }

    private static bool HiddenByStyle(string? style) =>
        style is not null && (Compact(style).Contains("display:none", StringComparison.OrdinalIgnoreCase) || Compact(style).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Text drawn blurred ("filter:blur(5px)") in a box marked aria-hidden: the veil a paywall lays below the free
    /// paragraphs, often scrambled placeholder letters of the story's length. A faded last free paragraph is not
    /// hidden from screen readers, and a fold waiting for a click is not drawn blurred.
    /// </summary>
    private static bool IsVeil(PageNode node) =>
        node.Attribute("aria-hidden") == "true" && node.Attribute("style") is { } style && Compact(style).Contains("filter:blur(", StringComparison.OrdinalIgnoreCase);

    private static string Compact(string style) => style.Replace(" ", "", StringComparison.Ordinal);
}
