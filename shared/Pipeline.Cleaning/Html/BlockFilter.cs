using System.Text.RegularExpressions;

namespace Pipeline.Cleaning.Html;

/// <summary>
/// Judges the blocks inside the main content one by one: link lists, furniture phrases, bylines,
/// the headline repeated, and headings left with nothing under them.
/// </summary>
internal static partial class BlockFilter
{
    public static void Apply(List<ContentBlock> article, PageClues clues)
    {
        var gallery = IsGallery(article);
        foreach (var block in article)
        {
            if (block.RemovalReason is not null) continue;
            block.RemovalReason = gallery && block.Kind == BlockKind.Caption && block.IsProse ? CaptionReasonFor(block, clues) : ReasonFor(block, clues);
        }
        RemoveTableSources(article);
        RemoveUnmatchedHeadline(article);
        RemovePullQuotes(article);
        RemoveExcerpts(article);
        RemoveRepeatedLabels(article);
        RepeatedBoxes.Remove(article);
        TeaserCards.Remove(article);
        EndNotes.Remove(article, clues);
        RemoveKickers(article);
        RemoveDanglingHeadings(article);
        RemoveBoxLabels(article);
        RemoveFactBoxLabels(article);
        RemoveLeftoverSymbols(article);
    }

    private const int MaxSymbol = 4;

    private const int MaxTableSource = 300;

    /// <summary>
    /// The line under a table that says where its figures come from ("Source: Department for …,
    /// Home Energy Scotland. Figures correct at time of publication.") credits the table as a
    /// picture's credit does its picture, however many bodies it names.
    /// </summary>
    private static void RemoveTableSources(List<ContentBlock> article)
    {
        for (var i = 1; i < article.Count; i++)
        {
            var block = article[i];
            if (block.RemovalReason is null && block.Kind == BlockKind.Paragraph && article[i - 1].Kind == BlockKind.TableCell
                && block.Text.Length <= MaxTableSource && TableSource().IsMatch(block.Text))
                block.RemovalReason = "credit";
        }
    }

    [GeneratedRegex(@"^\W*(?:sources?|data|quellen?|datenquelle|fuentes?|fontes?|fonti|sources?\s+des\s+données|källa|kilde|bron(?:nen)?|źródło|источник|lähde|forrás|zdroj)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableSource();

    /// <summary>
    /// A symbol set in a box of its own beside a note, with no letter or digit (a callout card's
    /// emoji "📚" beside its series note, an icon's glyph before a sign-up line), is the note's
    /// decoration: once every line of its box is gone, it goes with them, for the same reason.
    /// </summary>
    private static void RemoveLeftoverSymbols(List<ContentBlock> article)
    {
        for (var i = 0; i < article.Count; i++)
        {
            var block = article[i];
            if (block.RemovalReason is not null || block.Text.Length > MaxSymbol || block.Text.Any(char.IsLetterOrDigit) || block.Owner.Parent is not { } box) continue;
            string? reason = null;
            var kept = false;
            // The box's other lines, before the symbol and then after it.
            for (var step = -1; step <= 1 && !kept; step += 2)
                for (var j = i + step; !kept && j >= 0 && j < article.Count && box.IsAncestorOf(article[j].Owner); j += step)
                {
                    kept = article[j].RemovalReason is null;
                    reason ??= article[j].RemovalReason;
                }
            if (!kept && reason is not null) block.RemovalReason = reason;
        }
    }

    /// <summary>
    /// A fact box kept in the story ("faktaboks", "fact-box", "infobox", "encadré") opens with its label, a
    /// short heading ("Fakta", "Tips: Sjekk forsikringen"): the label names the box, its text is
    /// the story's. A box of any name whose heading is named as its label ("<c>&lt;h3 class="box__label"&gt;Hintergrund</c>")
    /// is labelled so too, and a label line set above the box's title ("<c>&lt;p class="fact__label"&gt;Faktaboks&lt;/p&gt;&lt;h3&gt;Villrein i Norge</c>")
    /// goes with the title. A label set as a bare span straight in a fact box, beside its paragraphs
    /// ("<c>&lt;div class="encadre"&gt;&lt;span class="encadre__label"&gt;Repères&lt;/span&gt;&lt;p&gt;…</c>"), opens it as a heading would.
    /// </summary>
    private static void RemoveFactBoxLabels(List<ContentBlock> article)
    {
        for (var i = 0; i + 1 < article.Count; i++)
        {
            var heading = article[i];
            if (IsLabelStraightInFactBox(heading) && article[i + 1] is { RemovalReason: null } first && heading.Owner.IsAncestorOf(first.Owner))
            {
                var factBox = heading.Owner;
                if (i == 0 || !factBox.IsAncestorOf(article[i - 1].Owner) && article[i - 1].Owner != factBox) heading.RemovalReason = "label";
                continue;
            }
            if (!IsShortHeadingLeft(heading) && !IsNamedBoxLabel(heading)) continue;
            var box = heading.Owner.Parent;
            for (var up = 0; up < 2 && box is not null && !IsLabelledBox(box, heading); up++) box = box.Parent;
            if (box is null || !IsLabelledBox(box, heading) || i > 0 && box.IsAncestorOf(article[i - 1].Owner) && article[i - 1].RemovalReason != "label") continue;
            if (article[i + 1] is { RemovalReason: null } next && box.IsAncestorOf(next.Owner)) heading.RemovalReason = "label";
        }
    }

    // A few words, no sentence, set as loose text in a fact box itself rather than in an element of its own.
    private static bool IsLabelStraightInFactBox(ContentBlock block) =>
        block.Kind == BlockKind.Paragraph && IsLabelText(block) && BoilerplateNames.IsFactBox(block.Owner.Names);

    // A line still in the story of a few words and no sentence, as labels are written ("Repères", "Fakta", "Key facts").
    private static bool IsLabelText(ContentBlock block, int maxSpaces = 3) =>
        block.RemovalReason is null && block.Text.Length <= MaxNamedLabel && !block.EndsAsSentence && block.Text.Count(char.IsWhiteSpace) <= maxSpaces;

    private static bool IsLabelledBox(PageNode box, ContentBlock heading) =>
        BoilerplateNames.IsFactBox(box.Names) || heading.Owner != box && IsNamedLabel(heading.Owner);

    // A few words, no sentence, in a line of its own named as a label ("fact__label", "box-label").
    // Named so, the line may run to six words ("What we know so far").
    private static bool IsNamedBoxLabel(ContentBlock block) =>
        block.Kind is BlockKind.Paragraph or BlockKind.Heading && IsLabelText(block, maxSpaces: 5) && IsNamedLabel(block.Owner);

    // An element whose class or id names it a label (the cheap test for the word first, then the pattern).
    private static bool IsNamedLabel(PageNode node) => node.Names.Contains("label", StringComparison.Ordinal) && NamedLabel().IsMatch(node.Names);

    // A heading still in the story, short and no sentence, as a box's label is set.
    private static bool IsShortHeadingLeft(ContentBlock block) =>
        block.RemovalReason is null && block.Kind == BlockKind.Heading && block.Text.Length <= 60 && !block.EndsAsSentence;

    /// <summary>
    /// A heading boxed with nothing but links ("<c>&lt;div class=c-link-list&gt;&lt;h3&gt;Läs också&lt;/h3&gt;&lt;ul&gt;…</c>")
    /// names the box, in any language: once its links are gone, so does it, even when the story goes
    /// on right below the box. So does one boxed with a gallery's picture count ("Galerija", "+9
    /// fotografija"), with a picture whose caption is a link to its gallery (a gallery teaser between
    /// the paragraphs), with a carousel's slides, their captions and credits ("Veja fotos da nova
    /// temporada"), or with an episode's chapter marks ("Chapters"). A section heading shares its
    /// container with the section's text.
    /// </summary>
    private static void RemoveBoxLabels(List<ContentBlock> article)
    {
        for (var i = 0; i < article.Count; i++)
        {
            var heading = article[i];
            if (!IsShortHeadingLeft(heading)) continue;
            // The box: the heading's container, or the one above when a title wrapper holds only the heading.
            var box = heading.Owner.Parent;
            for (var up = 0; up < 2 && box is not null && !(i + 1 < article.Count && Holds(box, article[i + 1])); up++) box = box.Parent;
            if (box is null || i > 0 && Holds(box, article[i - 1])) continue;
            var links = 0;
            var j = i + 1;
            for (; j < article.Count && Holds(box, article[j]) && (article[j].RemovalReason is "link-dense" or "related" or "media" or "nav" || IsLinkedCaption(article[j]) || IsSlide(article[j])); j++) links++;
            if (links > 0 && (j == article.Count || !Holds(box, article[j]))) heading.RemovalReason = "dangling-heading";
        }

        // A line set straight in the box, beside the heading's element, is the box's too.
        static bool Holds(PageNode box, ContentBlock block) => block.Owner == box || box.IsAncestorOf(block.Owner);

        // A picture's caption that is mostly a link ("Galerie", "Zur Bildergalerie") leads to a gallery.
        static bool IsLinkedCaption(ContentBlock block) => block.RemovalReason == "caption" && block.LinkChars * 2 >= block.Text.Length;

        // A carousel's slides: captions and credits, the hidden ones included.
        static bool IsSlide(ContentBlock block) => block.RemovalReason is "caption" or "credit" or "hidden";
    }

    /// <summary>
    /// The story's own <c>h1</c> above its first paragraph is its headline even when the title the
    /// page declares words it otherwise ("20 Clever Ideas for your Small Nursery" against the
    /// heading "20 Clever Small Nursery Ideas When You're Tight On Space"): only one headline is
    /// looked for, and none once a headline has been found or the text has begun.
    /// </summary>
    private static void RemoveUnmatchedHeadline(List<ContentBlock> article)
    {
        var labels = 0;
        foreach (var block in article)
        {
            if (block.RemovalReason == "title") return;
            if (block.RemovalReason is not null) continue;
            // A label above the headline ("LIVE", a section name) does not begin the text.
            if (!block.IsProse && block.Kind != BlockKind.Heading && IsKicker(block) && ++labels <= 2) continue;
            if (block.IsProse || block.Kind != BlockKind.Heading) return;
            if (block.Text.Length <= 200 && HeadingTag(block.Owner) == "h1") block.RemovalReason = "title";
            return;
        }
    }

    /// <summary>
    /// A pull quote sets a sentence of the story large between its paragraphs ("«Per quelli sotto
    /// i 3.500 metri il destino è già segnato»", then "— Erin Coldham"): a short quote whose words
    /// the text already has goes, with the attribution line under it. Newsletter and blog editors
    /// set it as a plain paragraph in a box named for it ("<c>&lt;div class="pullquote"&gt;&lt;p&gt;</c>"),
    /// without a blockquote or quotation marks.
    /// </summary>
    private static void RemovePullQuotes(List<ContentBlock> article)
    {
        string?[]? words = null;
        for (var i = 0; i < article.Count; i++)
        {
            var block = article[i];
            if (block.RemovalReason is not null || !MayBePullQuote(block)) continue;
            words ??= new string?[article.Count];
            var quote = words[i] ??= Headline.Words(block.Text);
            if (quote.Count(c => c == ' ') < MinPullQuoteWords - 1) continue;
            // Templates set the quote near the paragraph it repeats: only the paragraphs around it
            // are read, which keeps a forum thread of thousands of quoted posts cheap.
            var repeated = false;
            var sentences = SentenceWords(block.Text);
            for (var j = Math.Max(0, i - PullQuoteReach); j < Math.Min(article.Count, i + PullQuoteReach + 1) && !repeated; j++)
            {
                var other = article[j];
                if (j == i || other.RemovalReason is not null || !other.IsProse || other.Text.Length <= block.Text.Length) continue;
                var otherWords = words[j] ??= Headline.Words(other.Text);
                // A quote the story breaks with its attribution ("“We were not …,” she said. “We were …”")
                // is pulled out whole: each of its sentences is in the paragraph.
                repeated = otherWords.Contains(quote, StringComparison.Ordinal)
                    || sentences.Count >= 2 && sentences.TrueForAll(sentence => otherWords.Contains(sentence, StringComparison.Ordinal));
            }
            if (!repeated) continue;
            block.RemovalReason = "pull-quote";
            // Its attribution: a dash and a name, or the only other line in the quote's box, set
            // in an element of its own or straight in the box ("<blockquote><p>…</p><cite>…</cite>").
            if (i + 1 < article.Count && article[i + 1] is { RemovalReason: null } next && next.Text.Length <= 60
                && (next.Text[0] is '—' or '–' || block.Owner.Parent is { } box && (next.Owner.Parent == box || next.Owner == box) && box.Statistics.AllChars <= block.Text.Length + next.Text.Length + 10))
                next.RemovalReason = "pull-quote";
        }
    }

    /// <summary>The words of each sentence of a short text ("We were not buying a business. We were …"), as <see cref="Headline.Words"/> gives them.</summary>
    private static List<string> SentenceWords(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var k = 0; k <= text.Length; k++)
        {
            if (k < text.Length && !(text[k] is '.' or '!' or '?' && k + 1 < text.Length && text[k + 1] == ' ')) continue;
            if (Headline.Words(text[start..k]) is { Length: > 0 } sentence) sentences.Add(sentence);
            start = k + 1;
        }
        return sentences;
    }

    private const int PullQuoteReach = 25;
    private const int MinPullQuoteWords = 6;

    private static bool MayBePullQuote(ContentBlock block) =>
        block.Kind is not BlockKind.Heading && block.Text.Length <= 300
        && (block.Kind == BlockKind.Quote || block.Text[0] is '«' or '“' or '"' or '„' or '‘' or '\'' or '»' || IsInNamedQuote(block.Owner));

    // The block's element or its box is named as a quote ("pullquote", "pull-quote", "quote-block").
    private static bool IsInNamedQuote(PageNode owner) =>
        owner.Names.Contains("quote", StringComparison.Ordinal) || owner.Parent is { } box && box.Names.Contains("quote", StringComparison.Ordinal);

    private static string? HeadingTag(PageNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
            if (HtmlTags.IsHeading(current.Tag)) return current.Tag;
        return null;
    }

    /// <summary>
    /// The short labels templates set right above the headline (section, "LIVE", a topic line) are
    /// not part of the story; a standfirst there is longer and reads as a sentence. A line that
    /// repeats the headline below the story's paragraphs (a linked document named like the story,
    /// "Read the concept paper here:" above it) is not where the story starts: the line above it is
    /// the story's, unless it is a field's one-word label.
    /// </summary>
    private static void RemoveKickers(List<ContentBlock> article)
    {
        var headline = article.FindIndex(block => block.RemovalReason == "title");
        var proseAbove = 0;
        for (var i = 0; i < headline && proseAbove < MaxProseAboveHeadline; i++)
            if (article[i].RemovalReason is null && article[i].IsProse) proseAbove++;
        var belowStory = proseAbove >= MaxProseAboveHeadline;
        for (var i = headline - 1; i >= 0 && i >= headline - 2; i--)
        {
            var block = article[i];
            if (block.RemovalReason is not null) continue;
            // Below the story only a field's one-word label ("Origin:") over a value that repeats the headline goes with it.
            if (block.Kind == BlockKind.Heading || !IsKicker(block) || belowStory && block.Text.Any(char.IsWhiteSpace)) break;
            block.RemovalReason = "kicker";
        }
    }

    private const int MaxProseAboveHeadline = 2;

    private static bool IsKicker(ContentBlock block) =>
        block.Text.Length <= 40 && !block.Text.EndsWith('.') && block.Text.Count(char.IsWhiteSpace) <= 4;

    /// <summary>
    /// A gallery set as figures tells its story in the captions: several captions of a sentence or
    /// more that outweigh the rest of the text are its text (see also <see cref="ContentPruner"/>).
    /// </summary>
    private static bool IsGallery(List<ContentBlock> article)
    {
        int captions = 0, captionChars = 0, otherChars = 0;
        foreach (var block in article)
        {
            if (block.RemovalReason is not null || !block.IsProse) continue;
            if (block.Kind == BlockKind.Caption) { captions++; captionChars += block.Text.Length; }
            else otherChars += block.Text.Length;
        }
        return captions >= 3 && captionChars > otherChars;
    }

    /// <summary>A gallery's caption is judged as text is, except that it is not dropped for being a caption.</summary>
    private static string? CaptionReasonFor(ContentBlock block, PageClues clues) =>
        ReasonFor(block, clues) is var reason && reason == "caption" && !IsCreditedCaption(block) ? null : reason;

    private static string? ReasonFor(ContentBlock block, PageClues clues)
    {
        if (block.Kind == BlockKind.Heading && clues.Title is { } title && Headline.Repeats(block.Text, title)) return "title";
        if (block.Kind == BlockKind.Paragraph && clues.Title is { } headline && block.Text.Length <= 250 && !block.Text.EndsWith('.') && Headline.EndsWith(block.Text, headline)) return "title";
        if (IsHeadlineWithStamps(block, clues)) return "title";
        // Templates without headings set the headline in a styled div or span ("css-1x9z2"): a line
        // that is the declared headline word for word is the headline, whatever its tag.
        if (block.Kind == BlockKind.Paragraph && clues.TitleWords is { Length: > 0 } declared && block.Text.Length <= 250 && block.Text.Length >= declared.Length && !block.Text.EndsWith('.') && Headline.HasWords(block.Text, declared)) return "title";
        // A live blog's entry time on its own line ("11:40", "13:18Pinned"), set as a time element:
        // a time in a table's cell is the table's.
        if (block.StampChars > 0 && block.Kind != BlockKind.TableCell && BoilerplatePhrases.IsClockTime(block.Text)) return "date";
        if (IsChapterMark(block)) return "nav";
        if (IsLinkDense(block)) return "link-dense";
        // A player's running time left on a line of its own ("02:18", "• 3:48") when the player's box has no telling name; a linked one is a teaser's.
        if (block.Kind != BlockKind.TableCell && block.Text.Length <= 12 && BareDuration().IsMatch(block.Text)) return "media";
        // A player's progress before it plays: the elapsed time at zero and the running time ("0:00 / 3:45", "00:0014:02" where the two spans touch).
        if (block.Kind != BlockKind.TableCell && block.Text.Length <= 20 && PlayerProgress().IsMatch(block.Text)) return "media";
        if (IsMarketQuote(block)) return "market-data";
        if (block.Text.Length <= MaxStarRating && StarRating().IsMatch(block.Text)) return "rating";
        if (block.Kind == BlockKind.Heading && RecipeCardOf(block.Owner) is not null)
        {
            if (RecipeTitle().IsMatch(block.Owner.Names)) return "title";
            if (block.Text.Length <= MaxRecipeLabel && RecipeLabel().IsMatch(block.Text)) return "label";
        }
        if (IsLinkListLabel(block)) return "related";
        if (IsInlineTeaser(block)) return "related";
        if (IsStampLine(block)) return "date";
        if (block.Kind == BlockKind.Caption || block.IsCaptionText || IsCreditedCaption(block) || IsItalicLineUnderPicture(block) || IsLineAloneWithPicture(block) || IsTitleBesideFrame(block) || IsGalleryTitle(block)) return "caption";
        if (block.Kind is not BlockKind.Heading && (clues.IsAboutAuthor(block.Text) || clues.IsNameWithPublication(block.Text))) return "byline";
        if (block.Text.Length <= 400 && ScriptError().IsMatch(block.Text)) return "boilerplate-phrase";
        if (clues.IsSiteName(block.Text)) return "site-name";
        if (EndNotes.IsDisclosure(block.Text)) return "disclosure";
        // A date heading a table's column ("1 Oct 2025" over the stocks of that day) labels the table's figures, not the story.
        if (block.Kind is not BlockKind.Preformatted && BoilerplatePhrases.ReasonFor(block.Text) is { } phrase && (phrase != "date" || block.Owner.Tag != "th")) return phrase;
        if (IsChannelPrompt(block.Text)) return "promo";
        if (InSignupBox(block.Owner)) return "promo";
        return null;
    }

    private const int MaxStarRating = 60;

    // A rating drawn in star glyphs with its score and count ("★★★★★ 4.6 (212 ratings)", "★★★★☆ 4/5"):
    // the verdict's picture, or readers' votes.
    [GeneratedRegex(@"^\W*[★☆✩✪⭐]{3,}\s*(\d+([.,]\d+)?(\s*/\s*\d+|\s+(of|out\s+of|von|av|de|di|sur|z)\s+\d+)?)?\s*(\(?\d[\d.,]*\s*\p{L}+\)?)?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StarRating();

    private const int MaxRecipeLabel = 30;
    private const int MaxRecipeLevels = 4;

    /// <summary>
    /// The recipe card set in a story ("recipe-card", "wprm-recipe", "rezept-box") heads its parts
    /// with the template's labels ("Ingredients", "Method", "Zutaten", "Zubereitung"), as a review's
    /// card heads its lists "Pros" and "Cons", and names the dish again in a heading of its own
    /// ("recipe-card__title", "wprm-recipe-name"): a second headline. The ingredients and the steps are the text.
    /// </summary>
    private static PageNode? RecipeCardOf(PageNode node)
    {
        for (var (level, current) = (0, node.Parent); level < MaxRecipeLevels && current is not null; level++, current = current.Parent)
            if (current.Names.Length > 0 && RecipeCard().IsMatch(current.Names)) return current;
        return null;
    }

    [GeneratedRegex(@"(?<![a-z0-9])(recipes?|rezepte?|recetas?|ricett[ae]|recettes?|recept(en)?|przepis|receitas?)(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex RecipeCard();

    [GeneratedRegex(@"(?<![a-z0-9])(recipe|rezept|receta|ricetta|recette|recept|przepis|receita)[-_]*(card[-_]*|box[-_]*)?(title|name|heading)(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex RecipeTitle();

    [GeneratedRegex(@"^\W*(ingredients|method|instructions|directions|preparation|steps|notes|equipment|zutaten|zubereitung|ingredientes|preparación|elaboración|modo\s+de\s+preparo|ingrédients|préparation|ingredienti|preparazione|procedimento|ingrediënten|bereiding|bereidingswijze|ingredienser|tillagning|gör\s+så\s+här|składniki|przygotowanie|sposób\s+przygotowania)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecipeLabel();

    private const int MaxMarketQuote = 150;
    private const int MaxMarketQuoteWords = 8;

    /// <summary>
    /// A markets page sets a security's quote in a box of its own under the teaser or between the
    /// paragraphs: name, price, change and percentage, exchange and time, "Chart" and "Trade" links
    /// ("Nordwerk Kabel AG 38,62 € −4,98 € (−11,42 %) Xetra · 14:46 Uhr Chart Handeln"). A short line,
    /// no sentence, that gives a price and a signed percentage change and few words besides is such
    /// a quote; a table's cells are the table's, and a sentence that names a price is the story's.
    /// </summary>
    private static bool IsMarketQuote(ContentBlock block)
    {
        var text = block.Text;
        if (text.Length > MaxMarketQuote || block.Kind is BlockKind.TableCell or BlockKind.Heading || block.EndsAsSentence || !text.Contains('%')) return false;
        if (!SignedPercentage().IsMatch(text) || !Price().IsMatch(text)) return false;
        var words = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (char.IsLetter(word[0]) && ++words > MaxMarketQuoteWords) return false;
        return true;
    }

    [GeneratedRegex(@"[+\-−–]\s?\d[\d.,]*\s?%", RegexOptions.CultureInvariant)]
    private static partial Regex SignedPercentage();

    [GeneratedRegex(@"\d[\d.,]*\s?(€|\$|£|¥|eur\b|usd\b|chf\b|pkt\b|punkte\b|pts\b)|[€$£]\s?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Price();

    private const int MaxNamedLabel = 40;

    /// <summary>
    /// A label a template repeats between the story's paragraphs in an element named as one
    /// ("<c>&lt;p class="article-content-story__label"&gt;Article content&lt;/p&gt;</c>", which
    /// Postmedia prints after every paragraph or two): a few words, no sentence and no field's colon,
    /// in a paragraph whose own class ends in "label", the same line twice or more. A field's one
    /// label ("field--label-hidden" names the value) or a spec's "Alcohol:" is not such a line.
    /// </summary>
    private static void RemoveRepeatedLabels(List<ContentBlock> article)
    {
        Dictionary<string, int>? counts = null;
        foreach (var block in article)
            if (IsNamedLabel(block)) (counts ??= new(StringComparer.Ordinal))[block.Text] = counts.GetValueOrDefault(block.Text) + 1;
        if (counts is null) return;
        foreach (var block in article)
            if (IsNamedLabel(block) && counts[block.Text] >= 2) block.RemovalReason = "label";
    }

    private static bool IsNamedLabel(ContentBlock block) =>
        block.Kind == BlockKind.Paragraph && IsLabelText(block) && !block.Text.EndsWith(':') && IsNamedLabel(block.Owner);

    [GeneratedRegex(@"(?<![a-z0-9])label(?![-a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NamedLabel();

    private const int MaxChannelPrompt = 300;

    /// <summary>
    /// A prompt to follow the site on a messenger, set between the paragraphs as one of them ("Stay
    /// informed: ... Join our WhatsApp Channel for breaking news", "Únete a nuestro canal de
    /// Telegram"). Looked for only in short lines that name WhatsApp or Telegram.
    /// </summary>
    private static bool IsChannelPrompt(string text) =>
        text.Length <= MaxChannelPrompt && (text.Contains("whatsapp", StringComparison.OrdinalIgnoreCase) || text.Contains("telegram", StringComparison.OrdinalIgnoreCase))
        && ChannelPrompt().IsMatch(text);

    [GeneratedRegex("""
        \b(?:join|follow)\s+(?:our|us)\b[^.!?]{0,40}\b(?:whatsapp|telegram)\b
        |\b(?:únete|unite|súmate|sumate|suscríbete)\s+a\s+(?:nuestro|nuestra)\s+(?:canal|comunidad|grupo)\b[^.!?]{0,30}\b(?:whatsapp|telegram)\b
        |\b(?:entre|participe)\s+(?:no|em)\s+nosso\s+(?:canal|grupo)\b[^.!?]{0,30}\b(?:whatsapp|telegram)\b
        |\brejoignez\s+(?:notre|nous)\b[^.!?]{0,40}\b(?:whatsapp|telegram)\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ChannelPrompt();

    /// <summary>
    /// An item of an episode's chapter list: a linked time code that seeks the player, then the
    /// chapter's title ("<c>&lt;li&gt;&lt;a href=#t=185&gt;03:05&lt;/a&gt; The pooled quota explained&lt;/li&gt;</c>").
    /// Only the time is linked; a key event linked whole, or a time not linked, is the story's.
    /// </summary>
    private static bool IsChapterMark(ContentBlock block) =>
        block.Kind == BlockKind.ListItem && block.LinkChars is > 0 and <= MaxTimeCode && block.Text.Length <= 120 && char.IsDigit(block.Text[0])
        && ChapterTime().Match(block.Text) is { Success: true } time && block.LinkChars <= time.Length;

    private const int MaxTimeCode = 8;

    [GeneratedRegex(@"^\d{1,2}(?::\d{2}){1,2}\s", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterTime();

    [GeneratedRegex(@"^[\W_]*\d{1,2}(?::\d{2}){1,2}[\W_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareDuration();

    [GeneratedRegex(@"^[\W_]*0?0:00\s*[/|]?\s*\d{1,2}(?::\d{2}){1,2}[\W_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlayerProgress();

    /// <summary>
    /// A short line that is mostly a <c>&lt;time&gt;</c> element or a span named as a date, with at
    /// most a few words beside it, is the story's stamp in whatever calendar or format the site
    /// writes it ("8.abr.2026 às 5h00", "۲۶ فروردین ۱۴۰۵ به‌روز شده ۲ ساعت پیش"): the
    /// markup says what the words alone may not. A sentence with a date in it is text. A longer meta
    /// line, up to 160 characters, that is two thirds stamps and bylines ("<c>&lt;span class=byline&gt;Agencia IBE&lt;/span&gt; |
    /// &lt;time&gt;Santiago de Chile | 2 dic 2026&lt;/time&gt; Actualizado: &lt;time&gt;…&lt;/time&gt;</c>") is one too.
    /// </summary>
    private static bool IsStampLine(ContentBlock block) =>
        block.Kind == BlockKind.Paragraph && !block.EndsAsSentence && block.Text.Any(char.IsDigit)
        && (block.Text.Length <= 60 && block.StampChars * 3 >= block.Text.Length || block.Text.Length <= MaxMetaLine && block.StampChars * 3 >= block.Text.Length * 2);

    private const int MaxMetaLine = 160;

    /// <summary>
    /// Layouts of tables and font tags set the headline, the byline and the date as lines of one
    /// block, broken by single line breaks: the headline, perhaps under a label or two (the
    /// section, "Cultura · Sant Quirze"), then only stamps.
    /// </summary>
    private static bool IsHeadlineWithStamps(ContentBlock block, PageClues clues)
    {
        if (clues.Title is not { } title || block.Text.Length > 400 || !block.Text.Contains('\n')) return false;
        var lines = block.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2) return false;
        var headline = -1;
        for (var i = 0; i < Math.Min(lines.Length, 3) && headline < 0; i++)
        {
            if (lines[i].Length <= 250 && !lines[i].EndsWith('.') && (Headline.Repeats(lines[i], title) || Headline.EndsWith(lines[i], title))) headline = i;
            else if (lines[i].Length > 60 || lines[i].EndsWith('.')) return false;
        }
        if (headline < 0) return false;
        for (var i = headline + 1; i < lines.Length; i++)
            if (BoilerplatePhrases.ReasonFor(lines[i]) is not ("byline" or "date")) return false;
        return true;
    }

    /// <summary>
    /// Blog editors caption a picture with a short italic line in the box right under it
    /// ("<div><img></div><div><i>Before: gappy and overgrown</i></div>"), not a sentence. Chinese
    /// and other CMS editors set it as a centred paragraph under the centred picture's paragraph
    /// ("<p style="text-align:center"><img></p><p style="text-align:center">午餐时间</p>").
    /// </summary>
    private static bool IsItalicLineUnderPicture(ContentBlock block)
    {
        // A line that ends as a sentence may be the story's own, set under the picture it speaks of.
        if (block.Kind != BlockKind.Paragraph || block.Text.Length > 150 || block.EndsAsSentence || block.Owner.Parent is not { } parent) return false;
        if (!block.IsEmphasised && (block.Text[^1] is '。' or '！' or '？' or '：' or ':' || !IsCentred(block.Owner))) return false;
        PageNode? before = null;
        foreach (var sibling in parent.Children)
        {
            if (sibling == block.Owner) break;
            if (!sibling.IsText) before = sibling;
            else if (!string.IsNullOrWhiteSpace(sibling.Text)) before = null;
        }
        return before is not null && before.Statistics.AllChars == 0 && before.HasPictureWithin;
    }

    /// <summary>Whether the paragraph is set centred (an inline style or the old align attribute).</summary>
    private static bool IsCentred(PageNode node) =>
        node.Attribute("align") is { } align && align.Equals("center", StringComparison.OrdinalIgnoreCase)
        || node.Attribute("style") is { } style && style.Contains("center", StringComparison.OrdinalIgnoreCase) && style.Contains("text-align", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A short line alone in a box with the picture above it ("<c>&lt;div&gt;&lt;span&gt;&lt;img&gt;&lt;/span&gt;&lt;p&gt;หมอกควัน…&lt;/p&gt;&lt;/div&gt;</c>")
    /// is the picture's caption, whatever its classes say (hashed ones say nothing) and whether or
    /// not it ends as a sentence: the story's paragraphs share their box with one another.
    /// </summary>
    private static bool IsLineAloneWithPicture(ContentBlock block)
    {
        if (block.Kind != BlockKind.Paragraph || block.Text.Length > 150 || block.Owner.Parent is not { } parent) return false;
        if (IsAloneWithPicture(block.Owner, parent)) return true;
        // Or the line sits in a text box of its own (a box or two deep), with at most its credit
        // beside it, next to the picture's box ("<c>&lt;div&gt;&lt;div&gt;&lt;img&gt;&lt;/div&gt;&lt;div&gt;&lt;p&gt;…&lt;/p&gt;&lt;span&gt;Bild: dpa&lt;/span&gt;&lt;/div&gt;&lt;/div&gt;</c>",
        // "<c>&lt;div&gt;&lt;img&gt;&lt;div&gt;&lt;span&gt;&lt;p&gt;…&lt;/p&gt;&lt;/span&gt;&lt;/div&gt;&lt;/div&gt;</c>").
        for (var (box, levels) = (parent, 0); levels < 2 && box.Parent is { } up && box.Tag is not ("article" or "main" or "body" or "section")
            && box.Statistics.AllChars <= block.Text.Length + MaxCreditBeside; box = up, levels++)
            if (IsAloneWithPicture(box, up)) return true;
        // Or the line is set inline in the picture's own box, after the box that holds the picture
        // ("<c>&lt;div&gt;&lt;div&gt;&lt;img&gt;&lt;/div&gt;&lt;span&gt;…&lt;/span&gt;&lt;/div&gt;</c>").
        var owner = block.Owner;
        if (owner.Tag is "article" or "main" or "body" or "section" or "p" || owner.Statistics.AllChars > block.Text.Length + MaxCreditBeside) return false;
        foreach (var child in owner.Children)
        {
            if (child.IsText ? !string.IsNullOrWhiteSpace(child.Text) : child.Statistics.AllChars > 0) return false;
            if (child.HasPictureWithin) return true;
        }
        return false;
    }

    private const int MaxCreditBeside = 60;

    /// <summary>
    /// An embedded chart, video or map sits in a small box with its title and credit lines
    /// ("&lt;div&gt;&lt;iframe&gt;&lt;p&gt;Average asking rent, by ward&lt;/p&gt;&lt;p&gt;Chart: … Source: …&lt;/p&gt;&lt;/div&gt;"): a
    /// short line that is no sentence, in a box that holds the frame and little other text, is
    /// the embed's title. A story's container holds a frame among far more text.
    /// </summary>
    private static bool IsTitleBesideFrame(ContentBlock block)
    {
        if (block.Kind != BlockKind.Paragraph || block.Text.Length > 150 || block.EndsAsSentence) return false;
        for (var (node, levels) = (block.Owner, 0); node is not null && levels < 2; node = node.Parent, levels++)
            if (node.HoldsFrame) return node.Statistics.AllChars <= block.Text.Length + MaxFrameCredits;
        return false;
    }

    private const int MaxFrameCredits = 200;

    /// <summary>
    /// A photo gallery set between the paragraphs heads its slides with a label and a title
    /// ("Photos" "Inside the repair shop", an expand button): a short line that is no sentence, in a
    /// box holding two or more pictured figures (their captions go as captions) and little other
    /// text beside them (the buttons), is the gallery's title. The story's container keeps its
    /// paragraphs beside its pictures.
    /// </summary>
    private static bool IsGalleryTitle(ContentBlock block)
    {
        if (block.Kind != BlockKind.Paragraph || block.Text.Length > MaxGalleryTitle || block.EndsAsSentence) return false;
        for (var (node, levels) = (block.Owner.Parent, 0); node is not null && levels < 2 && node.Tag is not ("article" or "main" or "body" or "section"); node = node.Parent, levels++)
        {
            var (figures, figureChars) = (0, 0);
            foreach (var inner in node.Descendants())
                if (inner.Tag == "figure" && inner.HasPictureWithin) (figures, figureChars) = (figures + 1, figureChars + inner.Statistics.AllChars);
            if (figures >= 2) return node.Statistics.AllChars - figureChars <= block.Text.Length + MaxGalleryControls;
        }
        return false;
    }

    private const int MaxGalleryTitle = 100;
    private const int MaxGalleryControls = 40;

    /// <summary>Whether the node's only company in its parent is one box before it holding a picture and no text (and perhaps its credit after it).</summary>
    private static bool IsAloneWithPicture(PageNode line, PageNode parent)
    {
        var picture = false;
        var seen = false;
        foreach (var sibling in parent.Children)
        {
            if (sibling == line) { seen = true; continue; }
            // The picture's credit under the line, pruned already as a byline or a caption ("Фото: пресс-служба …").
            if (seen && sibling.PrunedReason is "byline" or "caption" && sibling.Statistics.AllChars <= MaxCreditBeside) continue;
            if (sibling.IsText ? !string.IsNullOrWhiteSpace(sibling.Text) : sibling.Statistics.AllChars > 0) return false;
            // One box before the line, holding a picture and no text.
            if (sibling.IsText || seen) continue;
            if (picture || !sibling.HasPictureWithin) return false;
            picture = true;
        }
        // Or the picture stands straight in the box beside the line ("<c>&lt;div&gt;&lt;img&gt;&lt;div&gt;Lestnitsa …&lt;/div&gt;&lt;div&gt;Foto: …&lt;/div&gt;&lt;/div&gt;</c>").
        return picture || parent.HoldsPicture;
    }

    private const int MaxSignupChars = 400;
    private const int MaxSignupProse = 250;

    /// <summary>
    /// A form with a few words around it inside the story: a newsletter or membership signup
    /// ("Get the Briefing", a line of pitch, the form), a poll or a search. The form is pruned
    /// already; its pitch goes with it, also where hashed class names ("css-nw5l7r") do not say
    /// what the box is. Looked for only inside the chosen article, so that a shop's list of
    /// products, each with its basket form, does not move the choice.
    /// </summary>
    private static bool InSignupBox(PageNode owner)
    {
        for (var (node, levels) = (owner, 0); node is not null && levels < 3; node = node.Parent, levels++)
        {
            if (node.Statistics.AllChars > MaxSignupChars || node.Statistics.AllProseChars > MaxSignupProse || node.Tag is "h1" or "article" or "main" or "body") return false;
            foreach (var child in node.Children)
            {
                if (child.Tag == "form") return true;
                // A panel sets its heading in a box of its own beside the body that holds the form
                // ("panel-heading" over "panel-body"): the heading's box is a level short.
                if (levels == 2 && !child.IsText)
                    foreach (var grandchild in child.Children)
                        if (grandchild.Tag == "form") return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A picture's caption set as a plain paragraph gives itself away by the credit it ends with:
    /// "… Foto: Stadt Nordhausen", "(Bild: dpa)", "© Rike/pixelio.de".
    /// </summary>
    private static bool IsCreditedCaption(ContentBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Length <= 250 && (TrailingCredit().IsMatch(block.Text) || AgencyCredit().IsMatch(block.Text));

    // A photographer's name and the agency after a bar or in brackets, the way a caption ends: "Barragem de Odeleite,
    // em Castro Marim | Luís Forra - Lusa", "(Peter Kneffel/dpa)".
    [GeneratedRegex(@"(?:\s\|\s*|\()(?:\p{Lu}[\p{L}'.-]*\s*){1,3}[-–/]\s*" + WireAgencies.Names + @"\s*\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCredit();

    [GeneratedRegex(@"(?:(?<![\w-])(?:fotos?|photos?|bild(?:er)?|image|picture|credit|crédito|foto/s|fotó|kuva|slika|фото|снимка)\s?:\s?[^.:]{2,60}|©[^©]{2,50}|\((?:fotos?|bild|photo)\b[^)]{0,60}\))\s*\|?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    // A server script's error printed into the page: "Warning: … in /www/…/file.php on line 407".
    [GeneratedRegex(@"^(?:warning|notice|deprecated|strict\s+standards|(?:fatal|parse)\s+error)\s*:.*\bon\s+line\s+\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ScriptError();

    // A recipe's ingredient linked to a page about it ("<a>Tangerines, about 300 g drained</a>") is the recipe's line.
    private static bool IsLinkDense(ContentBlock block) =>
        LinksDominate(block) && !(block.Text.Length <= MaxIngredient && HtmlArticleExtractor.IngredientsBox(block.Owner) is not null);

    private static bool LinksDominate(ContentBlock block)
    {
        if (block.LinkChars == 0) return false;
        // A web or e-mail address written out as its own link is there to be read and copied
        // ("Write to us at desk@example.org", then the address on its line), not to move on.
        if (block.Kind == BlockKind.Paragraph && WrittenOutAddress().IsMatch(block.Text)) return false;
        if (block.LinkDensity > 0.6 && block.Text.Length < 300) return !GoesOnPastItsLinks(block);
        // A meta line runs long by its links alone: the date, the author and a dozen tags, each a link.
        if (block.LinkDensity > 0.6 && block.Text.Length < MaxLinkedMeta && block.Kind != BlockKind.Heading && IsInMetaBox(block.Owner)) return true;
        // A list whose items are mostly links is a link list, even when one item has a line of text.
        if (block.Kind == BlockKind.ListItem && ListOf(block.Owner) is { } list)
            return list.Statistics.LinkDensity > 0.5 && block.LinkDensity > 0.3;
        return false;
    }

    private const int MaxLinkedMeta = 1000;
    private const int MaxIngredient = 150;

    /// <summary>Whether the element or one of its two parents is named as the story's meta line ("entry-meta", "post-meta", "byline").</summary>
    private static bool IsInMetaBox(PageNode owner)
    {
        for (var (node, levels) = (owner, 0); node is not null && levels < 3; node = node.Parent, levels++)
        {
            if (node.Tag is "article" or "main" or "body") return false;
            if (node.Names.Length > 0 && BoilerplateNames.IsArticleMeta(node.Names)) return true;
        }
        return false;
    }

    /// <summary>
    /// A paragraph whose sentence runs on after a long link ("<a>Tickets for Sunday's cup game are
    /// still on sale</a> at the box office, which opens at ten.") is the story's text with a link in
    /// it; a related link ends with its link, or with a date or a label after it.
    /// </summary>
    private static bool GoesOnPastItsLinks(ContentBlock block)
    {
        if (block.Kind != BlockKind.Paragraph || block.CharsAfterLinks < 20 || !block.EndsAsSentence) return false;
        var after = block.Text.AsSpan(block.Text.Length - block.CharsAfterLinks);
        return after.Count(' ') >= 3;
    }

    /// <summary>
    /// Editors drop the headline of another story between paragraphs, linked and set apart in bold or
    /// italics ("<em>Former commander: <a>Russia is dangerous</a></em>"): a short line with a link,
    /// not a sentence, and not the story's own. A line that ends with a web address shown as such
    /// points to a place the story names (a restaurant, a source), not to another story.
    /// </summary>
    private static bool IsInlineTeaser(ContentBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Length < 120 && block.LinkDensity >= 0.3 && block.CharsAfterLinks <= 2
        && block.Text[^1] is not ('.' or '!' or '?' or ':' or ';' or ',') && !TrailingAddress().IsMatch(block.Text);

    [GeneratedRegex(@"(?:https?://|www\.|\b[\w-]+\.[a-z]{2,6}\b)\S*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAddress();

    [GeneratedRegex(@"^(?:(?:https?://|www\.)[^\s/]+\.[a-z]{2,}(?:/\S*)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenOutAddress();

    /// <summary>
    /// The opening of another page cut short by a link to the rest ("… Seht selbst! Weiterlesen",
    /// "… [czytaj więcej]"): a teaser, whatever its length. The story's own text does not end by
    /// pointing elsewhere for the rest of itself; but when teasers are all the page has, the page
    /// is an index and they are its text.
    /// </summary>
    private static void RemoveExcerpts(List<ContentBlock> article)
    {
        var excerpts = article.Where(b => b.RemovalReason is null && IsExcerpt(b)).ToList();
        if (excerpts.Count == 0) return;
        var otherProse = article.Where(b => b.RemovalReason is null && b.IsProse && !excerpts.Contains(b)).Sum(b => b.Text.Length);
        if (otherProse < excerpts.Sum(b => b.Text.Length)) return;
        foreach (var excerpt in excerpts) excerpt.RemovalReason = "related";
    }

    private static bool IsExcerpt(ContentBlock block) =>
        block.Kind is BlockKind.Paragraph or BlockKind.ListItem && block.LinkChars > 0 && block.CharsAfterLinks <= 3 && block.Text.Length > 40 && ReadMoreEnding().IsMatch(block.Text);

    [GeneratedRegex(@"\W(?:weiterlesen|mehr\s+lesen|read\s+more|continue\s+reading|keep\s+reading|lire\s+la\s+suite|leer\s+más|seguir\s+leyendo|czytaj\s+(?:dalej|więcej)|więcej|leia\s+mais|continua\s+a\s+leggere|weiter(?:\s+lesen|\s*(?:…|\.{3}|»|›|→)))\W{0,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMoreEnding();

    /// <summary>
    /// A related-links list that names itself in its first item ("<li>MORE SIXERS</li>" over three
    /// linked headlines): a few words without a link, opening a list that is mostly links.
    /// </summary>
    private static bool IsLinkListLabel(ContentBlock block)
    {
        if (block.Kind != BlockKind.ListItem || block.LinkChars > 0 || block.Text.Length > 40 || block.EndsAsSentence || !block.Text.Any(char.IsLetter)) return false;
        if (ListOf(block.Owner) is not { } list || list.Statistics.LinkDensity <= 0.6) return false;
        var items = list.Children.Where(child => child.Tag == "li").ToList();
        return items.Count >= 3 && (items[0] == block.Owner || items[0].IsAncestorOf(block.Owner));
    }

    private static PageNode? ListOf(PageNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
            if (current.Tag is "ul" or "ol" or "dl") return current;
        return null;
    }

    /// <summary>
    /// A heading whose section lost all its text ("Related stories" over a removed link list) goes
    /// with it; so does a short label right above a removed link box ("More information:"). A
    /// heading straight above another heading stays, and a caption or an ad between a heading and
    /// its text does not make it dangle, nor an ad between a closing line and the next heading.
    /// </summary>
    private static void RemoveDanglingHeadings(List<ContentBlock> article)
    {
        ContentBlock? pending = null;
        var removedSince = false;
        var linksSince = false;
        foreach (var block in article)
        {
            if (block.RemovalReason is not null)
            {
                // A short line introduces the links right below it; one above a "related" label of
                // its own is the story's last line ("Vielen Dank für das Gespräch").
                linksSince |= pending is not null && IsLabel(pending) && block.RemovalReason is "link-dense" or "related"
                    && (pending.Kind == BlockKind.Heading || !removedSince && block.LinkChars > 0);
                // An ad slot is no section's text: a line it follows (a letter's signature) has not lost its own.
                removedSince |= pending is not null && block.RemovalReason != "ad";
                continue;
            }
            if (pending is not null && (linksSince || removedSince && block.Kind == BlockKind.Heading)) pending.RemovalReason = "dangling-heading";
            pending = block.Kind == BlockKind.Heading || IsLabel(block) ? block : null;
            removedSince = linksSince = false;
        }
        if (pending is not null && (pending.Kind == BlockKind.Heading || linksSince)) pending.RemovalReason = "dangling-heading";
    }

    /// <summary>
    /// A few words that introduce what follows, not a sentence: "Más información", or a heading
    /// that says so with its colon ("You may also like:"). Headings over link lists without one
    /// are often the page's own sections.
    /// </summary>
    private static bool IsLabel(ContentBlock block) =>
        block.Text.Length <= 60 && block.Text.Count(char.IsWhiteSpace) < 8 &&
        (block.Kind is BlockKind.Paragraph && !block.Text.EndsWith('.') && !block.Text.EndsWith('!') && !block.Text.EndsWith('?') || block.Kind is BlockKind.Heading && block.Text.EndsWith(':'));
}
