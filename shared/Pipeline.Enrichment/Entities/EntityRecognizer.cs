namespace Pipeline.Enrichment;

/// <summary>
/// Finds the entities of an English text: numbers, amounts and dates by rule; names by the tagger,
/// the name lists and rules, sentence by sentence; then document-level linking and grouping.
/// Stateless after construction: one instance serves every thread.
/// </summary>
internal sealed class EntityRecognizer(SequenceTagger tagger)
{
    private static readonly Lazy<EntityRecognizer> Embedded = new(() => new EntityRecognizer(SequenceTagger.Instance));

    public static EntityRecognizer Instance => Embedded.Value;

    public IReadOnlyList<Entity> Recognize(string text, string? title, DateTimeOffset? published, string? standfirst = null) =>
        Recognize(text, Tokenizer.Tokenize(text), title, published, standfirst);

    /// <summary>
    /// The same, for a caller that has tokenised the text already, and perhaps split it into sentences
    /// (<see cref="SentenceSplitter.Split"/> of these tokens; split here when null).
    /// </summary>
    public IReadOnlyList<Entity> Recognize(string text, List<Token> tokens, string? title, DateTimeOffset? published, string? standfirst,
        List<Range>? sentences = null)
    {
        var rules = NonOverlapping(text.Length, NumericRules.Find(text).Concat(DateRules.Find(text, published)));
        // "the March 23 Movement": a listed organisation that holds a date or a number keeps it.
        if (rules.Count > 0) rules = WithoutListedNames(text, tokens, rules);
        var ruled = new SpanCoverage(text.Length, rules);
        var names = new List<EntitySpan>();
        var amountStarts = new HashSet<int>();
        foreach (var r in rules)
            if (r.Type == EntityTypes.Money) amountStarts.Add(r.Start);
        // In pieces of at most SentenceSplitter.MaxPieceTokens: a text with no sentence ends would be one quadratic sentence.
        foreach (var sentence in sentences ?? SentenceSplitter.Split(text, tokens))
        {
            var (first, last) = (sentence.Start.Value, sentence.End.Value);
            // Every sentence of an ordinary text is one piece: no iterator for it.
            if (last - first <= SentenceSplitter.MaxPieceTokens) FindNames(first, last);
            else foreach (var (start, end) in SentenceSplitter.Pieces(tokens, first, last)) FindNames(start, end);
        }
        // "LONDON, Feb 1 (Reuters)": the word after a dateline's comma is listed like a name, but a date rule has it.
        var coordinated = new List<EntitySpan>();
        foreach (var n in CoordinationRule.Find(text, tokens, names))
            if (!ruled.Overlaps(n.Start, n.End)) coordinated.Add(n);
        // A lone word a coordinated name took in at its end ("Khartoum and Wad Madani") is part of it, no name of its own.
        if (coordinated.Count > 0)
        {
            var starts = new Dictionary<int, int>();
            foreach (var c in coordinated)
                starts[c.End] = starts.TryGetValue(c.End, out var start) ? Math.Min(start, c.Start) : c.Start;
            names.RemoveAll(n => starts.TryGetValue(n.End, out var start) && start < n.Start);
        }
        names.AddRange(coordinated);
        names = CoordinatedOrganizationSplit.SplitKnownNames(text, ParticleJoin.Apply(text, CamelCaseNames.Apply(text, tokens, names, ruled)));
        names = AcronymDefinitions.Apply(text, tokens, names);
        names = RegionalFed(text, names);
        names = LegalFormAfterComma.Apply(text, tokens, names);
        names = MissionInPlace.Apply(text, names);
        names = NewsletterName.Apply(text, names);
        names = OrganizationFieldLists.Apply(text, tokens, names);
        names = CapitalisedPlaces.Apply(names);
        names = Masthead.Apply(text, names);
        names = OrganizationsNamedByPlace.Apply(names);
        names = SportsTeams.Apply(text, tokens, names);
        names = SayingInsideName.Apply(text, names);
        names = UnionLocal.Apply(text, names);
        names = WithoutSentenceStop(text, names);
        // "(D-N.Y.)", "R-S.D.": the party and state after a lawmaker's name, whatever rule took them for a name.
        names.RemoveAll(n => n.Text.Length <= 8 && MiscNameFilter.IsPartyAndState(n.Text.Split(' ')[0]));
        var linked = LonePersonFilter.Apply(tokens, MentionLinker.Link(text, tokens, names), title);
        return EntityBuilder.Build(text, title, standfirst, linked.Concat(rules));

        void FindNames(int start, int end)
        {
            if (MarketTickerLine.Holds(text, tokens, start, end)) return;
            // Both hyphen rules read only tokens that hold a hyphen; a token's text is the text's at its place, so one look over the
            // sentence's text says whether any does (most sentences have none).
            var hyphens = end > start && text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start).Contains('-');
            var hyphenPlaces = hyphens ? NameFinder.HyphenPlaces(text, tokens, start, end) : [];
            var sentenceNames = names.Count;
            foreach (var found in NameFinder.Find(text, tokens, start, end, tagger))
            {
                // "Abu Dhabi-based": the first word of a place whose second word is glued to a modifier is no name of its own.
                if (OutsideRules(text, found, ruled, amountStarts) is { } outside && HyphenModifiers.WithoutModifier(text, WithoutOpeningArticle(text, outside), hyphenPlaces) is { } unmodified
                    && WithoutEvent(text, unmodified) is { } name && (hyphenPlaces.Count == 0 || !WithinHyphenPlace(hyphenPlaces, name)) && !NamesCurrency(text, name))
                    names.Add(name);
            }
            // "the Tanzania-Zambia Railway Authority": the places of a pair inside an organisation's name are words of that name.
            foreach (var place in hyphenPlaces)
                if (!InsideOrganization(names, sentenceNames, place) && !NamesCurrency(text, place)) names.Add(place);
            if (hyphens) HyphenModifiers.AddListedOrganizations(text, tokens, start, end, names, sentenceNames);
        }
    }

    // "published by Harbour Lane Media Ltd. All rights reserved.": "Ltd", written with no full stop of its own, gives the name none
    // when the sentence ends after it and the next opens on the same line; the full stop is the sentence's ("Apple Inc.",
    // "Trafigura Pte. Ltd., Singapore" and the two-part "Han River Times Co., Ltd." keep theirs). A name the document writes
    // with the full stop where no sentence ends after it ("Lumen Services Pte. Ltd., 8 Marina View" over "Copyright Lumen
    // Services Pte. Ltd. All Rights Reserved.") keeps it everywhere; one that loses it also loses it at the end of a line
    // ("published by Kalbadevi Media Pvt Ltd." over "© 2024 Kalbadevi Media Pvt Ltd. All rights reserved."): one name.
    private static List<EntitySpan> WithoutSentenceStop(string text, List<EntitySpan> names)
    {
        List<EntitySpan>? result = null;
        HashSet<string>? endsSentence = null, keepsStop = null;
        foreach (var name in names)
        {
            if (!EndsInLtd(name)) continue;
            var after = StopAfter(text, name);
            if (after == 1) (endsSentence ??= new(StringComparer.Ordinal)).Add(name.Text);
            else if (after == 0) (keepsStop ??= new(StringComparer.Ordinal)).Add(name.Text);
        }
        if (endsSentence is null) return names;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (!EndsInLtd(name) || !endsSentence.Contains(name.Text) || keepsStop?.Contains(name.Text) == true) continue;
            (result ??= [.. names])[i] = name with
            {
                End = name.End - 1, Text = name.Text[..^1],
                Canonical = name.Canonical is { } canonical && canonical.EndsWith(" Ltd.", StringComparison.Ordinal) ? canonical[..^1] : name.Canonical,
            };
        }
        return result ?? names;
    }

    private static bool EndsInLtd(EntitySpan name) =>
        name.Type == EntityTypes.Organization && name.Text.EndsWith(" Ltd.", StringComparison.Ordinal) && !name.Text.EndsWith(", Ltd.", StringComparison.Ordinal);

    // After a name that ends in "Ltd.": 1 when a sentence opens on the same line (a space and a capital), 2 at the end of a line
    // or of the text (either may be), 0 when the text goes on (",", a word in lower case): the full stop is the name's.
    private static int StopAfter(string text, EntitySpan name)
    {
        if (name.End >= text.Length || text[name.End] is '\n' or '\r') return 2;
        if (text[name.End] != ' ') return 0;
        var next = name.End + 1;
        while (next < text.Length && text[next] == ' ') next++;
        return next >= text.Length || text[next] is '\n' or '\r' ? 2 : char.IsUpper(text[next]) ? 1 : 0;
    }

    // "A Commission official said", "An Oxford University study": the article that opens a sentence is no word of the name after
    // it. A listed name keeps it ("A Coruña").
    private static EntitySpan WithoutOpeningArticle(string text, EntitySpan name)
    {
        var article = name.Text.StartsWith("A ", StringComparison.Ordinal) ? 2 : name.Text.StartsWith("An ", StringComparison.Ordinal) ? 3 : 0;
        if (article == 0 || name.Text.Length <= article || !char.IsUpper(name.Text[article]) || name.Source.Contains("gazetteer", StringComparison.Ordinal)) return name;
        var before = name.Start - 1;
        while (before >= 0 && text[before] is ' ' or '"' or '“' or '‘' or '\'' or '(') before--;
        if (before >= 0 && text[before] is not ('.' or '!' or '?' or '\n' or ':' or '—')) return name;
        var start = name.Start + article;
        return name with { Start = start, Text = text[start..name.End], Canonical = null, Source = name.Source + "+rule:article" };
    }

    // "168 million US dollars", "Hong Kong dollars": a country before its currency's name is no place the text speaks of.
    private static bool NamesCurrency(string text, EntitySpan name) =>
        name.Type == EntityTypes.Location && text.AsSpan(name.End).StartsWith(" dollar", StringComparison.Ordinal);

    // "the 2027 Africa Cup of Nations", "the Gulf Cup": a competition is no organisation, and the place it is named after is a
    // word of its name there. "the World Athletics Championships", "the Rugby Europe Championship": the body that holds it,
    // named first, is the organisation.
    private static EntitySpan? WithoutEvent(string text, EntitySpan name)
    {
        if (name.Type is not (EntityTypes.Organization or EntityTypes.Location)) return name;
        var space = name.Text.LastIndexOf(' ');
        var last = name.Text.AsSpan(space + 1);
        if (last is "Championship" or "Championships")
            return name.Type == EntityTypes.Organization && name.Text.IndexOf(' ') < space
                ? name with { End = name.Start + space, Text = name.Text[..space], Canonical = null, Source = name.Source + "+rule:event" }
                : null;
        var after = text.AsSpan(name.End);
        return last is "Cup" || after.StartsWith(" Cup", StringComparison.Ordinal) || after.StartsWith(" Championship", StringComparison.Ordinal) ? null : name;
    }

    private static bool InsideOrganization(List<EntitySpan> names, int from, EntitySpan place)
    {
        for (var k = from; k < names.Count; k++)
            if (names[k].Type == EntityTypes.Organization && names[k].Start <= place.Start && place.End <= names[k].End) return true;
        return false;
    }

    private static bool WithinHyphenPlace(List<EntitySpan> hyphenPlaces, EntitySpan n)
    {
        foreach (var h in hyphenPlaces)
            if (h.Start <= n.Start && n.End <= h.End && n.End - n.Start < h.End - h.Start) return true;
        return false;
    }

    // "the Cleveland Fed", "New York Fed President ...": a city right before "Fed" names its Federal Reserve bank, whatever the
    // tagger made of the two.
    private static List<EntitySpan> RegionalFed(string text, List<EntitySpan> names)
    {
        List<EntitySpan>? result = null;
        for (var i = 0; i < names.Count; i++)
        {
            var span = names[i];
            if (span.Type == EntityTypes.Location && span.Text.EndsWith(" Fed", StringComparison.Ordinal))
            {
                (result ??= [.. names])[i] = span with { Type = EntityTypes.Organization, Source = span.Source + "+rule:regional-fed", Canonical = null };
                continue;
            }
            if (span.Text != "Fed" || i == 0 || names[i - 1] is not { Type: EntityTypes.Location } city || span.Start - city.End != 1 || text[city.End] != ' ') continue;
            result ??= [.. names];
            var merged = new EntitySpan(city.Start, span.End, text[city.Start..span.End], EntityTypes.Organization, "rule:regional-fed");
            result[i - 1] = merged;
            result[i] = merged;
        }
        return result is null ? names : result.Distinct().ToList();
    }

    private static List<EntitySpan> WithoutListedNames(string text, List<Token> tokens, List<EntitySpan> rules)
    {
        var phrases = Lexicon.Instance.Phrases;
        List<EntitySpan>? kept = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // Only where a listed name could hold a number: a capitalised word before a digit.
            if (i + 1 >= tokens.Count || !char.IsUpper(tokens[i].Text[0]) || !char.IsAsciiDigit(tokens[i + 1].Text[0])) continue;
            for (var from = Math.Max(0, i - 3); from <= i; from++)
            {
                var (length, entry) = phrases.Match(tokens, from, Math.Min(tokens.Count, from + 8));
                if (entry is null || !entry.Is(GazetteerKind.KnownOrganization) || from + length <= i + 1) continue;
                kept ??= [.. rules];
                RemoveOverlapping(kept, tokens[from].Start, tokens[from + length - 1].End);
                break;
            }
        }
        return kept ?? rules;
    }

    // The closure this took as a lambda was allocated for every phrase looked up, match or not.
    private static void RemoveOverlapping(List<EntitySpan> spans, int start, int end) => spans.RemoveAll(r => r.Start < end && start < r.End);

    // A name a rule's match overlaps is dropped, but one the tagger ran on into an amount ("fined Emirates Gulf Bank
    // Dh46 million") keeps its words before the amount.
    private static EntitySpan? OutsideRules(string text, EntitySpan name, SpanCoverage ruled, HashSet<int> amountStarts)
    {
        if (!ruled.Overlaps(name.Start, name.End)) return name;
        var cut = name.Start;
        while (!ruled.Overlaps(cut, cut + 1)) cut++;
        var end = cut;
        while (end > name.Start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == cut || end == name.Start || !amountStarts.Contains(cut)) return null;
        return name with { End = end, Text = text[name.Start..end], Canonical = null };
    }

    // Longest first, so "Jan. 29 and 30" wins over "30" and "$10 billion" over a bare year.
    // The kept spans are asked through their coverage: a list scan per span was quadratic in the size of the text.
    private static List<EntitySpan> NonOverlapping(int textLength, IEnumerable<EntitySpan> spans)
    {
        var all = spans.ToArray();
        // Sorted as a stable OrderByDescending(length).ThenBy(start) sorted: the position breaks the remaining ties.
        var order = new int[all.Length];
        for (var k = 0; k < order.Length; k++) order[k] = k;
        Array.Sort(order, (a, b) =>
        {
            var (x, y) = (all[a], all[b]);
            var c = (y.End - y.Start).CompareTo(x.End - x.Start);
            if (c == 0) c = x.Start.CompareTo(y.Start);
            return c != 0 ? c : a.CompareTo(b);
        });
        var kept = new List<EntitySpan>();
        var coverage = new SpanCoverage(textLength);
        foreach (var k in order)
        {
            var span = all[k];
            if (coverage.Overlaps(span.Start, span.End)) continue;
            kept.Add(span);
            coverage.Add(span);
        }
        // Then by start, stably (kept spans overlap nothing, but an empty one may start where another does).
        var keys = new long[kept.Count];
        var items = kept.ToArray();
        for (var k = 0; k < keys.Length; k++) keys[k] = ((long)items[k].Start << 32) | (uint)k;
        Array.Sort(keys, items);
        return [.. items];
    }
}
