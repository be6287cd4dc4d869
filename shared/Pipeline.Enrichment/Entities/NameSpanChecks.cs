using System.Collections.Frozen;

namespace Pipeline.Enrichment;

/// <summary>
/// Checks on one candidate name span of a sentence (tokens [from, to) of the sentence starting at
/// <c>start</c>): what looks like a name to the tagger but is not one, and what it mistypes.
/// </summary>
internal static class NameSpanChecks
{
    // "Already a member?": a capitalised common word opening a sentence is not a name on its own.
    public static bool IsCommonWordAtStart(List<Token> tokens, int from, int to, int sentenceStart)
    {
        if (to - from != 1 || from != sentenceStart) return false;
        var word = tokens[from].Text;
        // "Microsoft said", "Shell said": the stopword list holds a few company names; a listed organisation is one.
        return !CharChecks.AllUpper(word) && Lexicon.Instance.IsEnglishStopword(word)
            && !(Lexicon.Instance.Phrases.Lookup(word) is { } entry && entry.Is(GazetteerKind.KnownOrganization));
    }

    /// <summary>
    /// "Organiser", "Ranger", "Orchardist": a word for what someone does, which English writes only in lower case (in American
    /// or British spelling), or which no list knows and ends in "-ist"; no listed given name ("-man" would take "Abdirahman").
    /// </summary>
    public static bool IsRoleWord(string word, GazetteerEntry? listed)
    {
        if (word.Length < 4 || !char.IsUpper(word[0]) || CharChecks.AllUpper(word) || (listed is not null && listed.Is(GazetteerKind.FirstName))) return false;
        if (FeatureExtractor.IsLowerCaseWord(word)) return true;
        if (word.EndsWith("iser", StringComparison.Ordinal) && FeatureExtractor.IsLowerCaseWord(string.Concat(word.AsSpan(0, word.Length - 4), "izer"))) return true;
        if (word.EndsWith("our", StringComparison.Ordinal) && FeatureExtractor.IsLowerCaseWord(string.Concat(word.AsSpan(0, word.Length - 3), "or"))) return true;
        return listed is null && !FeatureExtractor.IsKnownWord(word) && word.EndsWith("ist", StringComparison.Ordinal);
    }

    private static readonly FrozenSet<string> TimeZones = FrozenSet.Create(StringComparer.Ordinal,
    [
        "UTC", "GMT", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "PT", "ET", "CT", "MT", "PST", "PDT", "EST", "EDT", "CST", "CDT",
        "MST", "MDT", "AKST", "AKDT", "HST", "AST", "ADT", "NST", "NDT", "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "SAST", "EAT",
        "WAT", "CAT", "JST", "KST", "HKT", "SGT", "PHT", "WIB", "PKT",
    ]);

    // "p.m.", "pm", "4.52pm", "9am": the word that ends a clock time.
    private static bool IsClockEnd(string word)
    {
        if (word is "a.m." or "p.m." or "am" or "pm" or "AM" or "PM" or "a.m" or "p.m") return true;
        var letters = word.Length - 2;
        if (letters < 1 || !(word.EndsWith("am", StringComparison.Ordinal) || word.EndsWith("pm", StringComparison.Ordinal))) return false;
        for (var k = 0; k < letters; k++)
            if (!(char.IsAsciiDigit(word[k]) || (k > 0 && word[k] is '.' or ':'))) return false;
        return true;
    }

    // "Russian-Iraqi commission", "Russia-Iraq relations": an adjective made of listed names, not a name.
    public static bool IsCompoundOfListedNames(string word, int length) =>
        length == 1 && word.Contains('-') && word.Split('-').All(part =>
            Lexicon.Instance.Phrases.Lookup(part) is { } entry && entry.Is(GazetteerKind.Country | GazetteerKind.Demonym));

    // "Skip to main content": one capitalised word opening a line of a few words is a menu or a
    // button, not a person.
    public static bool IsMenuWord(List<Token> tokens, int from, int to, int start, int end, string type) =>
        type == EntityTypes.Person && to - from == 1 && from == start && end - start <= 5
        && char.IsLower(tokens[Math.Min(to, end - 1)].Text[0]);

    // "03:18 PKT", "1:15 PM COT": capitals right after a clock time are the half of the day and a time
    // zone, not a name.
    public static bool IsTimeZone(List<Token> tokens, int from, int to, int start)
    {
        // "6:41 p.m. PT", "4.52pm AEDT", "9am AEST": a listed zone after the half of the day.
        var zone = from < to && tokens[from].Text is "a.m." or "p.m." ? from + 1 : from;
        if (to - zone == 1 && TimeZones.Contains(tokens[zone].Text) && zone > start && IsClockEnd(tokens[zone - 1].Text)) return true;
        if (!(to - from <= 2 && from - 3 >= start && tokens[from - 2].Text == ":" && tokens[from - 1].Text.All(char.IsAsciiDigit)
            && tokens[from - 3].Text.All(char.IsAsciiDigit))) return false;
        // A loop, not Enumerable.Range with a lambda: its closure was made on every call, for every candidate name.
        for (var k = from; k < to; k++)
            if (!(tokens[k].Text.Length is >= 2 and <= 5 && tokens[k].Text.All(char.IsAsciiLetterUpper))) return false;
        return true;
    }

    // "NEWS | POLITICS | MAGAZINE", "Home | World | Business": an item of a site's menu, between bars, names a
    // section of the site. A name the lists know stays ("Home | Pakistan | World").
    // "Home / Budapest / Politics / Sport", "NEWS  NATION  METRO  REGIONS": slashes, bullets and runs of spaces part the
    // items of a line with two or more of them; a name that runs over them is no name either.
    // menuLine is IsMenuLine of the sentence, asked once for all its candidates: a scan of the sentence for each was quadratic.
    public static bool IsMenuItem(List<Token> tokens, int from, int to, int start, int end, bool menuLine)
    {
        if (to - from <= 3 && (from > start && tokens[from - 1].Text == "|" || to < end && tokens[to].Text == "|")
            && (from == start || tokens[from - 1].Text == "|") && (to == end || tokens[to].Text == "|")) return true;
        if (!menuLine) return false;
        for (var k = from + 1; k < to; k++)
            if (PartsMenu(tokens, k)) return true;
        return to - from <= 3 && (from == start || PartsMenu(tokens, from)) && (to == end || PartsMenu(tokens, to));
    }

    // "Home | Ministry | Media Centre | Tenders", "Press Centre > News": a site's press section, a press word and a unit word with
    // no owner's name, between a menu's bars or opening a breadcrumb, is a part of the site, not a body of its own.
    // The sentence's menu scan (kept in menuLine, shared with the other menu checks) is made only for such a name.
    private static bool IsPressSection(List<Token> tokens, int from, int to) =>
        to - from == 2 && tokens[from].Text is "Media" or "Press" or "News" && tokens[from + 1].Text is "Centre" or "Center" or "Office" or "Room" or "Relations";

    public static bool IsPressSectionInMenu(List<Token> tokens, int from, int to, int start, int end, ref bool? menuLine) =>
        IsPressSection(tokens, from, to)
        && (IsMenuItem(tokens, from, to, start, end, menuLine ??= IsMenuLine(tokens, start, end))
            || ((from == start || IsCrumb(tokens[from - 1].Text)) && (to == end || IsCrumb(tokens[to].Text))
                && ((from > start && IsCrumb(tokens[from - 1].Text)) || (to < end && IsCrumb(tokens[to].Text)))));

    private static bool IsCrumb(string token) => token is ">" or "›" or "»" or "/" or "|";

    // "Markets  Energy  Companies  Asia  Middle East  Europe": a name the organisation rule runs over a menu's separators, in a
    // line of them, is the menu's items, not one body. The span is looked at first; the sentence's menu scan only where it holds one.
    public static bool RunsOverMenu(List<Token> tokens, int from, int to, int start, int end, ref bool? menuLine)
    {
        for (var k = from + 1; k < to; k++)
            if (PartsMenu(tokens, k)) return menuLine ??= IsMenuLine(tokens, start, end);
        return false;
    }

    /// <summary>Whether two or more menu separators part the sentence's tokens [start, end) (see <see cref="IsMenuItem"/>).</summary>
    public static bool IsMenuLine(List<Token> tokens, int start, int end)
    {
        var parts = 0;
        for (var k = start + 1; k < end && parts < 2; k++)
            if (PartsMenu(tokens, k)) parts++;
        return parts >= 2;
    }

    // Whether a menu's separator stands right before token k: a slash, a bullet or an arrow, or two or more spaces.
    private static bool PartsMenu(List<Token> tokens, int k) =>
        tokens[k].Text is "/" or "·" or "•" or ">" or "»" || tokens[k - 1].Text is "/" or "·" or "•" or ">" or "»"
        || tokens[k].Start - tokens[k - 1].End >= 2;

    /// <summary>The same for a word found again over the whole text: token i opens the text, a line or a sentence.</summary>
    public static bool IsGerundAtStart(string text, List<Token> tokens, int i) =>
        i + 1 < tokens.Count && (i == 0 || tokens[i - 1].Text is "." or "!" or "?" || TokenSearch.LineBreakBefore(text, tokens, i))
        && IsGerundAtStart(tokens, i, i + 1, i, tokens.Count);

    public static bool IsGerundAtStart(List<Token> tokens, int from, int to, int start, int end) =>
        to - from == 1 && from == start && to < end && tokens[from].Text.Length > 5 && tokens[from].Text.EndsWith("ing", StringComparison.Ordinal)
        && tokens[to].Text is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "this" or "these" or "those" or "our" or "my"
        && FeatureExtractor.IsEnglishWord(tokens[from].Text);

    // "Share this article: Facebook | X | WhatsApp", "Follow us on Telegram": in a line that opens with "Share" or "Follow",
    // a platform's name is a button, not the company named in the story.
    public static bool IsShareButton(List<Token> tokens, int from, int to, int start) =>
        to - from == 1 && from > start && tokens[start].Text is "Share" or "SHARE" or "Follow" or "FOLLOW" && Platforms.Contains(tokens[from].Text);

    /// <summary>The same for a word found over the whole text ("WhatsApp" by its capital inside), by the line it stands on.</summary>
    public static bool IsShareButton(string text, Token token)
    {
        if (!Platforms.Contains(token.Text)) return false;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, token.Start - 1)) + 1;
        while (lineStart < token.Start && char.IsWhiteSpace(text[lineStart])) lineStart++;
        var line = text.AsSpan(lineStart, token.Start - lineStart);
        return line.StartsWith("Share", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Follow", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly FrozenSet<string> Platforms = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Facebook", "Twitter", "X", "WhatsApp", "Telegram", "LinkedIn", "Instagram", "YouTube", "TikTok", "Threads", "Reddit",
        "Pinterest", "Viber", "Email", "E-mail", "Flipboard", "Bluesky", "VK", "WeChat", "Weibo", "Messenger", "Tumblr",
    ]);

    // "SPORT", "ECONOMY", "JOINT PRESS STATEMENT": a word in capitals that English writes only in lower case is a
    // section's label or a heading's word, not a name.
    // "its Hobby & Crafts aisle": two such words in title case joined by "&" name a kind of goods, not a firm.
    public static bool IsCapitalisedCommonWord(List<Token> tokens, int from, int to) =>
        (to - from == 1 && tokens[from].Text.Length >= 4 && CharChecks.AllUpper(tokens[from].Text) && FeatureExtractor.IsLowerCaseWord(tokens[from].Text))
        || (to - from == 3 && tokens[from + 1].Text == "&" && FeatureExtractor.IsLowerCaseWord(tokens[from].Text) && FeatureExtractor.IsLowerCaseWord(tokens[from + 2].Text));

    // "Vice Prime Minister" alone is a role, not a person.
    public static bool IsOnlyTitle(List<Token> tokens, GazetteerMatches matches, int from, int to) =>
        matches.LongestWithin(tokens, from, to) is { Entry: { } entry } match && match.Length == to - from
        && entry.Is(GazetteerKind.PersonTitle | GazetteerKind.OrganizationHead) && !entry.Is(GazetteerKind.KnownOrganization);

    // The tagger sometimes calls "Mikhail Bogdanov" a place; a known first name followed by
    // capitalised words that no list calls a place or an organisation is a person.
    public static bool StartsWithFirstName(List<Token> tokens, int from, int to)
    {
        // "West Java", "North Kivu": a compass word that is also a first name starts a place.
        // "Monroe Street", "Port Tunnel": nor does one that ends in a place's word.
        // "Harriet Colby Hotel", "Palmer House": nor one that ends in a building's word; "the Graham Norton Show": nor a programme's or a prize's.
        // "El Tiempo", "La Caisse", "Los Pinos": a Spanish, French or Italian article is no first name.
        if (to - from is < 2 or > 3 || NameParticles.IsRomanceArticle(tokens[from].Text) || PlaceNameRule.CompassWords.Contains(tokens[from].Text) || PlaceNameRule.IsPlaceLastWord(tokens[to - 1].Text)
            || PlaceNameRule.IsFacilityWord(tokens[to - 1].Text) || PlaceNameRule.IsSurnameFacilityWord(tokens[to - 1].Text)
            || MiscNameFilter.IsNamedAfterWord(tokens[to - 1].Text)
            // "Ada County Sheriff", "Marion County Fairgrounds": a given name before "County" names the county.
            || tokens[from + 1].Text is "County" or "Township" or "Parish" or "Borough"
            // "Lockwood Elementary", "Fields Corner": nor one that ends in a school's grade or a neighbourhood's word.
            || tokens[to - 1].Text is "Elementary" or "Intermediate" || PlaceNameRule.IsCornerWord(tokens[to - 1].Text)
            // "Port Chalmers", "Fort McMurray": nor a port's or a fort's word.
            || PlaceNameRule.IsFortOrPort(tokens[from].Text)) return false;
        var phrases = Lexicon.Instance.Phrases;
        var first = phrases.Match(tokens, from, from + 1).Entry;
        if (first is null || !first.Is(GazetteerKind.FirstName)) return false;
        for (var i = from; i < to; i++)
        {
            if (!char.IsUpper(tokens[i].Text[0])) return false;
            var listed = phrases.Match(tokens, i, to).Entry;
            if (listed is not null && listed.Is(~(GazetteerKind.FirstName | GazetteerKind.PersonTitle | GazetteerKind.Surname | GazetteerKind.FamilyNameFirst))) return false;
        }
        return true;
    }

    // "Minister for Enterprise", "Commissioner for Health": one word after a title and "for" names a portfolio.
    public static bool IsPortfolioAfterTitle(List<Token> tokens, int from, int to, int start) =>
        to - from == 1 && from - 2 >= start && tokens[from - 1].Text == "for"
        && (PersonTitles.IsTitleWord(tokens[from - 2].Text)
            || Lexicon.Instance.Phrases.Match(tokens, from - 2, from - 1).Entry is { } entry && entry.Is(GazetteerKind.PersonTitle) && !entry.Is(GazetteerKind.FirstName));

    // "Minister of Marine and Blue Economy", "Secretary for Labour and Social Welfare": one word after a title and "of" or
    // "for", then "and" and a capitalised word, is the first half of the title's portfolio.
    public static bool IsPortfolioBeforeAnd(List<Token> tokens, int from, int to, int start, int end) =>
        to - from == 1 && to + 1 < end && tokens[to].Text is "and" or "&" && char.IsUpper(tokens[to + 1].Text[0])
        && from - 2 >= start && tokens[from - 1].Text is "of" or "for" && PersonTitles.IsTitleWord(tokens[from - 2].Text);

    /// <summary>
    /// "Minister of Marine and Blue Economy", "Secretary for Labour and Social Welfare": a name after a title, "of" or "for",
    /// capitalised words and "and" is the second half of the title's portfolio, not an organisation.
    /// </summary>
    public static bool IsPortfolioAfterTitleAndWord(List<Token> tokens, int from, int start)
    {
        var k = from - 1;
        var and = false;
        while (k > start && from - k <= 6 && (tokens[k].Text is "and" or "," or "&" || (char.IsUpper(tokens[k].Text[0]) && !PersonTitles.IsTitleWord(tokens[k].Text))))
        {
            and |= tokens[k].Text is "and" or "&";
            k--;
        }
        return and && k > start && tokens[k].Text is "of" or "for" && PersonTitles.IsTitleWord(tokens[k - 1].Text);
    }

    // "Treasury Secretary Grace Kamau": one word before a title names a portfolio, not a person.
    public static bool IsPortfolioBeforeTitle(List<Token> tokens, int from, int to, int end) =>
        to - from == 1 && to < end && Lexicon.Instance.Phrases.Match(tokens, to, Math.Min(end, to + 3)).Entry is { } entry
        && entry.Is(GazetteerKind.PersonTitle) && !entry.Is(GazetteerKind.FirstName);
}
