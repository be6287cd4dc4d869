namespace Pipeline.Cleaning.PlainText;

/// <summary>
/// Cleans scraped plain text such as a page saved as text: site navigation at the top,
/// membership, newsletter and pricing blurbs at the bottom, the article in between.
/// Each line is classified; the article runs from the headline to the last body paragraph,
/// and stops early where a run of promos begins.
/// </summary>
internal static class PlainTextCleaner
{
    public static CleanedDocument Clean(string text, string? titleHint, bool titleFromStructure, SourceProfile? profile)
    {
        var lines = HardWraps.Unwrap(text).ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        var classified = lines.Select(LineClassifier.Classify).ToArray();
        var reasons = new string?[lines.Count];
        for (var i = 0; i < lines.Count; i++) reasons[i] = classified[i].Reason;
        // Furniture the rules below recognise from a line's neighbours: its kind and its reason change together.
        void Mark(int i, string reason) => (classified[i], reasons[i]) = ((LineKind.Boilerplate, reason), reason);
        // "Eskom says the unit will ease the load." over "Gallo Images/Thapelo Morebudi": the sentence over a
        // picture credit is the picture's caption.
        for (var i = 1; i < lines.Count; i++)
            if (reasons[i] == "caption" && LineClassifier.IsPictureCredit(lines[i]) && reasons[i - 1] is null && LineClassifier.Words(lines[i - 1]) <= 40)
                Mark(i - 1, "caption");
        // The rules below turn only short lines into furniture, so the first paragraph stays where it is.
        var firstBody = Array.FindIndex(classified, c => c.Kind == LineKind.Body);
        // "Your Excellency, ...;" / "Honourable Ministers;" / "Distinguished Ladies and Gentlemen." right above a
        // speech's first paragraph: the speaker's salutations open the speech; they are neither headline nor furniture.
        // A short greeting between them and that paragraph ("Good morning, and welcome to Aqaba.") is the speech's too.
        while (firstBody > 0 && reasons[firstBody - 1] is null
            && (LineClassifier.IsSalutation(lines[firstBody - 1]) || (firstBody > 1 && classified[firstBody - 1].Kind == LineKind.Sentence && reasons[firstBody - 2] is null && LineClassifier.IsSalutation(lines[firstBody - 2]))))
            firstBody--;
        // "Read more" / "More from Ayman Haddad" and the headlines under it: the other stories' headlines
        // are teasers. They are furniture, but not of the kind that starts the promo tail: a box of
        // them often sits between two paragraphs. Only below the first paragraph: above it, short
        // lines after a "Most read" box run on into the story's own section label and headline.
        for (var i = firstBody + 1; firstBody >= 0 && i < lines.Count; i++)
        {
            if (reasons[i] != "related") continue;
            for (var j = i + 1; j < lines.Count && IsTeaserShaped(lines[j], classified[j].Kind); j++)
                Mark(j, "teaser");
        }
        // "KEYWORDS" over "whaling, Australia, New Zealand": the list under a bare tag label is the tags.
        for (var i = 0; i + 1 < lines.Count; i++)
            if (reasons[i] == "tags" && lines[i].IndexOf(':', StringComparison.Ordinal) is var colon && (colon < 0 || colon == lines[i].Length - 1)
                && classified[i + 1].Kind == LineKind.Short && LineClassifier.Words(lines[i + 1]) <= 15 && lines[i + 1].Contains(',', StringComparison.Ordinal))
                Mark(i + 1, "tags");

        // "Anna Lindqvist" above "Political correspondent": the name over a writer's role is the byline.
        for (var i = 1; i < lines.Count; i++)
            if (LineClassifier.IsAuthorRole(lines[i]) && classified[i - 1].Kind == LineKind.Short && LineClassifier.IsBareName(lines[i - 1]))
                Mark(i - 1, "byline");

        // "Tomoko Hirasawa" / "Member of the Policy Board" / "December 1, 2026": a speaker's name and office over the date.
        for (var i = 2; i < lines.Count; i++)
            if (reasons[i] == "date" && reasons[i - 1] is null && reasons[i - 2] is null && classified[i - 2].Kind == LineKind.Short
                && LineClassifier.IsBareName(lines[i - 2]) && LineClassifier.IsOffice(lines[i - 1]) && HeadlineAbove(lines, reasons, i - 2))
            {
                Mark(i - 2, "byline");
                Mark(i - 1, "byline");
            }

        // "Marta Kowalczyk" above "Jan 22, 2026": the name over the publication stamp is the byline,
        // where a headline or standfirst stands above the name (a headline in title case can look like a name);
        // so is the writer's city between the two ("Rasha Haddad" / "Cairo" / "Feb 09, 2026").
        for (var i = 1; i < lines.Count; i++)
        {
            if (reasons[i] != "date") continue;
            var place = i >= 3 && classified[i - 1].Kind == LineKind.Short && reasons[i - 1] is null && IsPlaceLine(lines[i - 1]) && LineClassifier.IsBareName(lines[i - 2]) ? i - 1 : -1;
            var name = place > 0 ? place - 1 : i - 1;
            // "Anna Schröder in Berlin" over the stamp: the writer and where they write from.
            if (classified[name].Kind != LineKind.Short || !(LineClassifier.IsBareName(lines[name]) || (place < 0 && IsNameInPlace(lines[name])))
                || !HeadlineAbove(lines, reasons, name)) continue;
            Mark(name, "byline");
            if (place > 0) Mark(place, "byline");
        }

        // "By Brian Ambani" / "Financial Reporter" / "Nation Media Group": a few capitalised words under
        // the writer's role name the outlet; "Photo | File" over a sentence credits a picture the
        // sentence describes. Both only above the story.
        for (var i = 1; i < (firstBody < 0 ? 0 : firstBody); i++)
        {
            if (reasons[i] is not null || classified[i].Kind != LineKind.Short) continue;
            if ((LineClassifier.IsAuthorRole(lines[i - 1]) || BoilerplatePhrases.IsWriterRole(lines[i - 1])) && LineClassifier.Words(lines[i]) <= 4 && lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0])))
                Mark(i, "byline");
        }
        for (var i = 1; i < (firstBody < 0 ? 0 : firstBody); i++)
            if (reasons[i] is null && reasons[i - 1] == "caption" && LineClassifier.Words(lines[i - 1]) <= 4 && lines[i][^1] == '.' && LineClassifier.Words(lines[i]) <= 40)
                Mark(i, "caption");
        // "Hanwha Ocean's shipyard in Geoje (Hanwha Ocean)" under the byline or stamp: a line that ends with
        // whom the picture is from, right above the story, describes the picture.
        var stamped = Array.FindIndex(reasons, r => r is "byline" or "date");
        for (var i = stamped + 1; stamped >= 0 && i < (firstBody < 0 ? 0 : firstBody); i++)
            if (reasons[i] is null && classified[i].Kind != LineKind.Body && LineClassifier.EndsWithCredit(lines[i]) && LineClassifier.Words(lines[i]) >= 4)
                Mark(i, "caption");

        if (firstBody < 0)
        {
            // Nothing reads like an article: keep whatever is not recognisably furniture.
            return Build(lines, reasons, titleHint, standfirst: null, dateline: null, lines.Count, profile);
        }
        // The article ends with its last paragraph before the promo tail, a one-line one included.
        var lastBody = Array.FindLastIndex(classified, PromoTail(lines, classified, firstBody) - 1, c => c.Kind is LineKind.Body or LineKind.Sentence);
        // A few short lines after it with no furniture among them (a subheading and a list that close
        // the story) are the article's too: a site's tail always gives itself away somewhere.
        if (lines.Count - lastBody - 1 <= 10 && Enumerable.Range(lastBody + 1, lines.Count - lastBody - 1).All(i => classified[i].Kind != LineKind.Boilerplate))
            lastBody = lines.Count - 1;
        string? standfirst = null;
        var standfirstAt = -1;
        // A sentence above the paragraph that carries the dateline is the standfirst, however long,
        // also where the writer's name, a stamp or a language link stands between the two; and so is
        // a paragraph above the story's head (the writers, their roles, the date, a PDF link).
        if (firstBody < lastBody && Dateline.Find(lines[firstBody]) is null && (DatelineParagraphAfter(lines, classified, firstBody) ?? StoryBelowHead(lines, classified, firstBody)) is { } story)
        {
            standfirst = lines[standfirstAt = firstBody];
            for (var i = firstBody + 1; i < story; i++)
                reasons[i] ??= LineClassifier.IsBareName(lines[i]) ? "byline" : "before-article";
            firstBody = story;
        }

        if (titleFromStructure && titleHint is not null)
            return CleanBelowKnownTitle(lines, reasons, titleHint, standfirst, standfirstAt, firstBody, lastBody, profile);

        // "Kingdom of Morocco" / "Ministry of Foreign Affairs, ..." over a release's heading: the sender's letterhead is neither
        // headline nor standfirst, and the body that sent it is the document's source, as a site's name over its menu is.
        var letterhead = 0;
        while (letterhead < Math.Min(3, firstBody - 1) && reasons[letterhead] is null && LineClassifier.IsLetterhead(lines[letterhead], letterhead > 0)) reasons[letterhead++] = "letterhead";
        var siteName = Enumerable.Range(0, letterhead).Select(i => lines[i]).FirstOrDefault(LineClassifier.IsIssuer) ?? Masthead(lines, reasons, firstBody);

        // Headline and standfirst: the last lines before the first paragraph that are not furniture.
        // Labels set in capitals ("READOUT", "OFFICE OF THE SPOKESPERSON") stand between them and are
        // neither, where a line in ordinary case comes before them.
        // "Key points:" and the short lines under it, right above the first paragraph: the story's own
        // summary. It is kept, and the headline stands above the label. A short line that ends in a
        // colon is a label for what follows and no headline.
        var headEnd = standfirst is null ? firstBody : standfirstAt;
        if (standfirst is null && KeyPointsAbove(lines, reasons, firstBody) is { } keyPoints)
        {
            reasons[keyPoints] = "label";
            headEnd = keyPoints;
            firstBody = keyPoints + 1;
        }
        var head = Enumerable.Range(0, headEnd).Where(i => reasons[i] is null && !(lines[i][^1] == ':' && LineClassifier.Words(lines[i]) <= 6)).ToList();
        // Buttons and labels no list knows ("Transcript", "Playlist", "The Hindu Bureau") stand between
        // the headline and the story on many sites; headlines run to five words or more. Under the
        // last such line near the story, shorter lines are furniture.
        var lastLong = head.FindLastIndex(i => LineClassifier.Words(lines[i]) >= 5);
        if (lastLong >= 0 && lastLong < head.Count - 1 && firstBody - head[lastLong] <= 12) head = head[..(lastLong + 1)];
        var ordinary = head.FindIndex(i => !IsCapitalsLabel(lines[i]));
        if (ordinary >= 0)
        {
            foreach (var label in head.Skip(ordinary + 1).Where(i => IsCapitalsLabel(lines[i]))) reasons[label] = "label";
            head = head.Where(i => reasons[i] is null).ToList();
        }
        string? title = null;
        var joined = -1;
        var points = -1;
        // "JOINT PRESS STATEMENT" over "on the Talks between ...": a line that opens with a lower-case preposition goes on
        // with the heading above it.
        if (standfirst is null && head.Count >= 2 && head[^1] == head[^2] + 1 && IsHeadingContinuation(lines[head[^1]]))
        {
            title = $"{lines[head[^2]]} {lines[head[^1]]}";
            joined = head[^2];
        }
        // "Deal values the project at $1.2 billion" / "Company aims to start in 2030" right under the
        // headline and right above the byline: a standfirst set as two points, both kept in the text.
        else if (standfirst is null && IsTwoPointStandfirst(lines, reasons, head))
        {
            title = lines[head[^3]];
            standfirst = $"{lines[head[^2]]}. {lines[head[^1]]}";
            points = head[^2];
        }
        // "Japan's Economy and Monetary Policy" over "Speech at a Meeting with Business Leaders in Aichi": the occasion
        // under a speech's own title is its subtitle.
        else if (standfirst is null && head.Count >= 2 && IsOccasion(lines[head[^1]]) && LineClassifier.Words(lines[head[^2]]) >= 3
            && !LineClassifier.IsIssuer(lines[head[^2]]) && !IsCapitalsLabel(lines[head[^2]]) && !IsDocumentHeading(lines[head[^2]]))
        {
            standfirst = lines[head[^1]];
            title = lines[head[^2]];
        }
        // No menu stands between a headline and its standfirst (labels, stamps and bylines may): a
        // site's name above the menus and text-size buttons is no headline.
        else if (standfirst is null && head.Count >= 2 && !Enumerable.Range(head[^2] + 1, head[^1] - head[^2] - 1).Any(i => reasons[i] is "nav" or "share" or "link-list")
            && IsStandfirstBelow(lines[head[^1]], lines[head[^2]]))
        {
            standfirst = lines[head[^1]];
            title = lines[head[^2]];
        }
        else if (head.Count >= 1)
        {
            title = lines[head[^1]];
        }

        for (var i = 0; i < firstBody; i++)
        {
            if (lines[i] == title || (joined >= 0 && (i == joined || i == joined + 1))) reasons[i] = "title";
            else if (points >= 0 && (i == points || i == points + 1)) continue;
            else if (standfirstAt >= 0 ? i != standfirstAt : lines[i] != standfirst) reasons[i] ??= "before-article";
        }
        for (var i = lastBody + 1; i < lines.Count; i++) reasons[i] ??= "after-article";

        return Build(lines, reasons, title ?? titleHint, standfirst, Dateline.Find(lines[firstBody]), firstBody, profile) with { SiteName = siteName };
    }

    // "Skip to main content" / "West Africa Monitor" / "Politics | Economy | Security": the few capitalised words right above the
    // site's menu, at the top of the page, are the site's name.
    // A tagline may stand between the two ("European Medicines Agency" / "Science Medicines Health" / the menu): the name comes first,
    // unless it is a logo's one word over the name written out ("NATO" / "North Atlantic Treaty Organization").
    private static string? Masthead(List<string> lines, string?[] reasons, int firstBody)
    {
        bool IsName(int i) => reasons[i] is null or "before-article" && LineClassifier.Words(lines[i]) <= 4 && !lines[i].Contains('|')
            && lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "&");
        for (var i = 0; i + 1 < Math.Min(4, firstBody); i++)
            if (reasons[i + 1] == "nav" && IsName(i))
                return lines[i == 1 && IsName(0) && LineClassifier.Words(lines[0]) >= 2 ? 0 : i];
        return null;
    }

    /// <summary>
    /// The document says what its title is. Where that line stands above the first paragraph, what
    /// comes before it goes (a masthead, a print header) and what comes between it and the body
    /// stays (a subtitle, the authors, a first section heading); the line right below the title is
    /// the standfirst when it is a sentence. Where the title is not in the text (an e-mail's
    /// subject), nothing above the body goes but furniture.
    /// </summary>
    private static CleanedDocument CleanBelowKnownTitle(List<string> lines, string?[] reasons,
        string title, string? standfirst, int standfirstAt, int firstBody, int lastBody, SourceProfile? profile)
    {
        var headEnd = standfirstAt >= 0 ? standfirstAt : firstBody;
        var titleLine = lines.FindIndex(0, headEnd, line => string.Equals(line, title.Trim(), StringComparison.Ordinal));
        if (titleLine >= 0)
        {
            for (var i = 0; i < titleLine; i++) reasons[i] ??= "before-article";
            reasons[titleLine] = "title";
            var next = titleLine + 1;
            if (standfirst is null && next < headEnd && reasons[next] is null && LineClassifier.IsSentence(lines[next]))
                standfirst = lines[next];
        }
        for (var i = lastBody + 1; i < lines.Count; i++) reasons[i] ??= "after-article";
        return Build(lines, reasons, title, standfirst, Dateline.Find(lines[firstBody]), firstBody, profile);
    }

    /// <summary>
    /// The last three lines of the head are adjacent, the line under them is the byline or the
    /// stamp, the first has five words or more and the other two six or more, and none of them is a
    /// sentence: a headline over two points.
    /// </summary>
    private static bool IsTwoPointStandfirst(List<string> lines, string?[] reasons, List<int> head) =>
        head.Count >= 3 && head[^3] + 1 == head[^2] && head[^2] + 1 == head[^1] && head[^1] + 1 < lines.Count
        && reasons[head[^1] + 1] is "byline" or "date" && LineClassifier.Words(lines[head[^3]]) >= 5
        && LineClassifier.Words(lines[head[^2]]) >= 6 && LineClassifier.Words(lines[head[^1]]) >= 6
        && !LineClassifier.IsSentence(lines[head[^3]]) && !LineClassifier.IsSentence(lines[head[^2]]) && !LineClassifier.IsSentence(lines[head[^1]]);

    /// <summary>
    /// The key-points label above the first paragraph, with one to eight lines between the two and
    /// none of them furniture.
    /// </summary>
    private static int? KeyPointsAbove(List<string> lines, string?[] reasons, int firstBody)
    {
        for (var i = firstBody - 1; i >= 0 && i >= firstBody - 9; i--)
        {
            if (BoilerplatePhrases.IsKeyPointsLabel(lines[i])) return i < firstBody - 1 ? i : null;
            if (reasons[i] is not null) return null;
        }
        return null;
    }

    private static bool IsNameInPlace(string line) => NameBeforePlace(line) is not null;

    /// <summary>"Anna Schröder in Berlin": a writer's name, before the city they write from.</summary>
    private static string? NameBeforePlace(string line)
    {
        var at = line.LastIndexOf(" in ", StringComparison.Ordinal);
        return at > 0 && LineClassifier.IsBareName(line[..at]) && IsPlaceLine(line[(at + 4)..]) ? line[..at] : null;
    }

    /// <summary>A short line in capitals only, as section labels are set ("ANALYSIS", "OFFICE OF THE SPOKESPERSON").</summary>
    private static bool IsCapitalsLabel(string line) =>
        LineClassifier.Words(line) <= 6 && line.Count(char.IsLetter) >= 3 && !line.Any(char.IsLower);

    /// <summary>One or two capitalised words: a city under a writer's name.</summary>
    private static bool IsPlaceLine(string line) =>
        LineClassifier.Words(line) <= 2 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\''));

    /// <summary>The nearest line above that is not furniture has three words or more and is not a name itself.</summary>
    private static bool HeadlineAbove(List<string> lines, string?[] reasons, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (reasons[i] is null) return LineClassifier.Words(lines[i]) >= 3 && !LineClassifier.IsBareName(lines[i]);
        return false;
    }

    // A short line, or a short bulleted item ("• Beirut port blast investigation resumes"), under a related label.
    private static bool IsTeaserShaped(string line, LineKind kind) =>
        LineClassifier.Words(line) <= 16 && (kind == LineKind.Short || (kind == LineKind.Sentence && LineClassifier.ListBullet().IsMatch(line)));

    /// <summary>
    /// The paragraph with a dateline that follows the line at <paramref name="lead"/>, when only a
    /// few short lines stand between them (the writer's name, a stamp, "Read in Türkçe"), none of
    /// them running text.
    /// </summary>
    private static int? DatelineParagraphAfter(List<string> lines, (LineKind Kind, string? Reason)[] classified, int lead)
    {
        for (var i = lead + 1; i < lines.Count && i <= lead + 5; i++)
        {
            if (i == lead + 1 && Dateline.Find(lines[i]) is not null) return i;
            if (classified[i].Kind == LineKind.Body) return Dateline.Find(lines[i]) is null ? null : i;
            if (classified[i].Kind == LineKind.Sentence) return null;
        }
        return null;
    }

    /// <summary>
    /// The paragraph below a block of the story's head under the line at <paramref name="lead"/>:
    /// two to ten lines, none of them running text, the publication stamp among them ("Experts",
    /// the writers' names and roles, "Download PDF", "February 18, 2026"). A subheading between two
    /// paragraphs is one line, and carries no stamp.
    /// </summary>
    private static int? StoryBelowHead(List<string> lines, (LineKind Kind, string? Reason)[] classified, int lead)
    {
        var stamp = false;
        for (var i = lead + 1; i < lines.Count && i <= lead + 11; i++)
        {
            if (classified[i].Kind == LineKind.Body) return stamp && i - lead > 2 ? i : null;
            if (classified[i].Kind == LineKind.Sentence) return null;
            stamp |= classified[i].Reason is "date" or "byline";
        }
        return null;
    }

    // The lower-case words that carry a heading on to its next line ("on the Talks between ...").
    private static readonly HashSet<string> ContinuationWords = new(StringComparer.Ordinal)
    {
        "on", "of", "between", "by", "for", "regarding", "concerning", "following", "at", "to", "with", "from",
    };

    private static bool IsHeadingContinuation(string line) =>
        line.IndexOf(' ') is var space and > 0 && ContinuationWords.Contains(line[..space]) && !line.EndsWith('.');

    // "Readout of the Telephone Conversation ...", "Report of the open hearing on ...", "Statement by the Spokesperson on ...":
    // the kind of document and what it is of names the document; under an issuing body's line, it is the title.
    private static readonly HashSet<string> DocumentKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "Readout", "Report", "Statement", "Communiqué", "Communique", "Declaration", "Remarks", "Transcript", "Summary", "Record",
        "Minutes", "Conclusions", "Notice", "Address", "Speech", "Letter", "Announcement", "Resolution", "Decision",
    };

    /// <summary>"Speech at a Meeting with Business Leaders", "Remarks to the Chamber of Commerce": where a speech was given, and no more.</summary>
    private static bool IsOccasion(string line)
    {
        var words = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 3 && words[0] is "Speech" or "Remarks" or "Address" or "Lecture" or "Keynote" && words[1] is "at" or "to" or "before" && !line.EndsWith('.');
    }

    private static bool IsDocumentHeading(string line)
    {
        var words = line.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
        // "Keynote Address by ...", "Opening Remarks by ...", "Joint Statement on ...": a word may come before the kind.
        var at = words.Length >= 4 && !DocumentKinds.Contains(words[0]) && char.IsUpper(words[0][0]) ? 1 : 0;
        return words.Length >= 3 + at && DocumentKinds.Contains(words[at]) && words[at + 1] is "of" or "on" or "by" or "from" or "to" or "for" or "at" or "following";
    }

    /// <summary>
    /// Whether the last line above the story is a standfirst under the headline above it: a
    /// sentence, or a line of fifteen words or more (standfirsts often end without a full stop;
    /// headlines are shorter) under a line of at least three words that is shorter, or a line of ten
    /// words or more under a headline of eight or more (two long lines: the first is the headline).
    /// A heading that names the kind of document ("Readout of ...", "Keynote Address by ...") is none.
    /// </summary>
    private static bool IsStandfirstBelow(string line, string above)
    {
        if (IsDocumentHeading(line)) return false;
        if (LineClassifier.IsSentence(line)) return true;
        var words = LineClassifier.Words(line);
        var headline = LineClassifier.Words(above);
        return (words >= 15 && headline >= 3 && headline < words) || (words >= 10 && headline >= 8);
    }

    /// <summary>
    /// Where the furniture at the end begins: the first furniture line from which on furniture
    /// outnumbers running text two to one. Promo blocks there often hold long sentences of their own.
    /// Captions, credits, ad labels, share bars, bylines, stamps and reading prompts ("Continue
    /// reading the main story") sit among an article's paragraphs, so they neither
    /// count as furniture here nor start the tail: a photo caption above the last paragraph does not
    /// cut it off.
    /// </summary>
    private static int PromoTail(List<string> texts, IReadOnlyList<(LineKind Kind, string? Reason)> lines, int firstBody)
    {
        var furniture = new int[lines.Count + 1];
        var prose = new int[lines.Count + 1];
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            furniture[i] = furniture[i + 1] + (IsTailFurniture(lines[i]) ? 1 : 0);
            prose[i] = prose[i + 1] + (lines[i].Kind is LineKind.Body or LineKind.Sentence ? 1 : 0);
        }
        for (var i = firstBody + 1; i < lines.Count; i++)
        {
            if (IsTailFurniture(lines[i]) && furniture[i] >= 3 && furniture[i] >= 2 * prose[i] && !IsBoxInsideArticle(texts, lines, i)) return i;
        }
        return lines.Count;
    }

    /// <summary>
    /// A newsletter box set between two paragraphs ("Sign up for our Asia newsletter" and its pitch):
    /// at most three lines, two of them furniture, then a paragraph of running text; or a box of
    /// four lines, three of them furniture (the pitch, an e-mail field, a button), when two
    /// paragraphs follow it. The site's tail (related links, a comment form, the footer) runs
    /// longer than that before any running text comes back.
    /// </summary>
    private static bool IsBoxInsideArticle(List<string> texts, IReadOnlyList<(LineKind Kind, string? Reason)> lines, int from)
    {
        // A related box between paragraphs ("Explore more" and two headlines under it, a picture
        // credit) is such a box too: up to four teasers and credits do not count towards its length.
        var furniture = 0;
        var skipped = 0;
        var i = from;
        for (; i < lines.Count && lines[i].Kind is not (LineKind.Body or LineKind.Sentence); i++)
        {
            if (lines[i].Reason is "teaser" or "credit" or "caption" && skipped < 4) { skipped++; continue; }
            if ((IsTailFurniture(lines[i]) && ++furniture > 3) || i - from - skipped >= 4) return false;
        }
        if (i >= lines.Count || lines[i].Kind != LineKind.Body) return false;
        // Under a sign-up heading ("Sign up for our newsletter") the paragraph may be the box's own
        // pitch: when only more furniture follows it, the box opened the tail.
        if (lines[i - 1].Reason == "promo" && LineClassifier.Words(texts[i - 1]) <= 8 && !LineClassifier.IsSentence(texts[i - 1])
            && !lines.Skip(i + 1).Any(l => l.Kind is LineKind.Body or LineKind.Sentence) && lines.Skip(i + 1).Any(IsTailFurniture)) return false;
        return (furniture <= 2 && i - from - skipped <= 3) || (i + 1 < lines.Count && lines[i + 1].Kind == LineKind.Body);
    }

    private static bool IsTailFurniture((LineKind Kind, string? Reason) line) =>
        line.Kind == LineKind.Boilerplate && line.Reason is not ("caption" or "credit" or "ad" or "media" or "prompt" or "share" or "byline" or "date" or "teaser" or "counter" or "source");

    private static CleanedDocument Build(List<string> lines, string?[] reasons, string? title, string? standfirst, string? dateline,
        int firstBody, SourceProfile? profile)
    {
        // The byline and the publication stamp around the article's start say who wrote it and when;
        // a standfirst long enough to read as a paragraph can stand above them.
        string? author = null, published = null;
        for (var i = 0; i < Math.Min(lines.Count, firstBody + 6); i++)
        {
            if (reasons[i] is not ("byline" or "date")) continue;
            if (reasons[i] == "byline" && !LineClassifier.IsDesk(lines[i])) author ??= Byline.NameIn(lines[i]) ?? Byline.NameAfterBy(lines[i]) ?? (LineClassifier.IsBareName(lines[i]) ? lines[i] : null)
                ?? LineClassifier.NameBeforeRole(lines[i]) ?? NameBeforePlace(lines[i]);
            published ??= DateText.Find(lines[i]);
        }
        // The writer's name on a line of its own elsewhere (signed again under the last paragraph) is the byline too.
        if (author is not null)
            for (var i = 0; i < lines.Count; i++)
                if (reasons[i] is null && string.Equals(lines[i], author, StringComparison.OrdinalIgnoreCase)) reasons[i] = "byline";
        if (profile is not null)
        {
            var keptIndexes = Enumerable.Range(0, lines.Count).Where(i => reasons[i] is null).ToList();
            foreach (var repeated in profile.RepeatedAmong(keptIndexes.Select(i => lines[i]).ToList()))
                reasons[keptIndexes[repeated]] = "repeated-across-source";
        }
        var removed = new List<RemovedBlock>();
        var kept = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is null) kept.Add(lines[i]);
            else if (reasons[i] != "title") removed.Add(new RemovedBlock(lines[i], reasons[i]!));
        }
        return new CleanedDocument
        {
            Title = title, Standfirst = standfirst, Dateline = dateline, Author = author, Published = published,
            Text = string.Join("\n\n", kept), Removed = removed,
        };
    }
}
