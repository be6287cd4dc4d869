namespace Pipeline.Enrichment;

/// <summary>
/// PERSON, ORG, LOC and NORP mentions in one sentence: the statistical tagger proposes spans, the
/// name lists correct and complete them (a listed country is a place, a listed demonym a
/// nationality), and two rules add what both miss: capitalised words after a person's title are
/// a person, and capitalised words ending in a company's legal form are an organisation.
/// </summary>
internal static class NameFinder
{
    public static IEnumerable<EntitySpan> Find(string text, List<Token> tokens, int start, int end, SequenceTagger tagger)
    {
        var tags = tagger.Tag(tokens, start, end);
        var spans = new List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)>();
        foreach (var (first, last, type) in Spans(tags, start)) spans.Add((first, last, type, "tagger", null));

        var phrases = Lexicon.Instance.Phrases;
        for (var i = start; i < end;)
        {
            var (length, entry) = phrases.Match(tokens, i, end);
            var type = entry is null || !char.IsUpper(tokens[i].Text[0]) ? null : TypeOf(entry);
            if (type is null) { i++; continue; }
            var last = i + length;
            var overlapping = spans.FindAll(s => s.First < last && i < s.Last);
            // A tagged name that contains the listed one wins ("Bank of England", "Russian Foreign Ministry").
            if (!overlapping.Exists(s => s.First <= i && s.Last >= last && (s.Last - s.First) > length))
            {
                spans.RemoveAll(s => s.First < last && i < s.Last);
                var source = overlapping.Count == 1 && overlapping[0].Type == TaggerType(type) ? "tagger+gazetteer" : "gazetteer:" + Describe(entry!);
                spans.Add((i, last, type, source, entry));
            }
            i = last;
        }

        foreach (var span in TitleRule(tokens, start, end, spans)) spans.Add(span);

        foreach (var (first, last, type, found, entry) in spans)
        {
            var source = found;
            var (from, to) = Trim(tokens, first, last);
            if (from >= to) continue;
            var finalType = type switch
            {
                "PER" => EntityTypes.Person,
                "ORG" => EntityTypes.Organization,
                "LOC" => EntityTypes.Location,
                "NORP" => EntityTypes.Nationality,
                _ => null, // MISC: events, works, products; not a type the API has.
            };
            if (finalType is null || IsCommonWordAtStart(tokens, from, to, start) || IsOnlyTitle(tokens, from, to)) continue;
            if (source == "tagger" && finalType != EntityTypes.Person && StartsWithFirstName(tokens, from, to))
                (finalType, source) = (EntityTypes.Person, "rule:first-name");
            var s = tokens[from].Start;
            var e = tokens[to - 1].End;
            yield return new EntitySpan(s, e, text[s..e], finalType, source)
            {
                CountryCode = entry?.CountryCode,
                Canonical = entry?.Canonical,
            };
        }
    }

    // "Already a member?": a capitalised common word opening a sentence is not a name on its own.
    private static bool IsCommonWordAtStart(List<Token> tokens, int from, int to, int sentenceStart)
    {
        if (to - from != 1 || from != sentenceStart) return false;
        var word = tokens[from].Text;
        return !word.All(char.IsUpper) && Lexicon.Instance.EnglishStopwords.Contains(word.ToLowerInvariant());
    }

    // "Vice Prime Minister" alone is a role, not a person.
    private static bool IsOnlyTitle(List<Token> tokens, int from, int to) =>
        Lexicon.Instance.Phrases.Match(tokens, from, to) is { Entry: { } entry } match && match.Length == to - from
        && entry.Is(GazetteerKind.PersonTitle | GazetteerKind.OrganizationHead) && !entry.Is(GazetteerKind.KnownOrganization);

    // The tagger sometimes calls "Mikhail Bogdanov" a place; a known first name followed by
    // capitalised words that no list calls a place or an organisation is a person.
    private static bool StartsWithFirstName(List<Token> tokens, int from, int to)
    {
        if (to - from is < 2 or > 3) return false;
        var phrases = Lexicon.Instance.Phrases;
        var first = phrases.Match(tokens, from, from + 1).Entry;
        if (first is null || !first.Is(GazetteerKind.FirstName)) return false;
        for (var i = from; i < to; i++)
        {
            if (!char.IsUpper(tokens[i].Text[0])) return false;
            var listed = phrases.Match(tokens, i, to).Entry;
            if (listed is not null && listed.Is(~(GazetteerKind.FirstName | GazetteerKind.PersonTitle))) return false;
        }
        return true;
    }

    private static string? TypeOf(GazetteerEntry entry) =>
        entry.Is(GazetteerKind.Country | GazetteerKind.WorldRegion) ? "LOC"
        : entry.Is(GazetteerKind.KnownOrganization) ? "ORG"
        : entry.Is(GazetteerKind.Demonym) ? "NORP"
        : null;

    private static string TaggerType(string type) => type == "NORP" ? "MISC" : type;

    private static string Describe(GazetteerEntry entry) =>
        entry.Is(GazetteerKind.Country) ? "countries"
        : entry.Is(GazetteerKind.WorldRegion) ? "world-regions"
        : entry.Is(GazetteerKind.KnownOrganization) ? "organizations"
        : "demonyms";

    /// <summary>"Foreign Minister Sameh Shoukry": two to four capitalised words after a title are a person.</summary>
    private static IEnumerable<(int, int, string, string, GazetteerEntry?)> TitleRule(
        List<Token> tokens, int start, int end, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans)
    {
        var phrases = Lexicon.Instance.Phrases;
        for (var i = start; i < end; i++)
        {
            var (length, entry) = phrases.Match(tokens, i, end);
            if (entry is null || !entry.Is(GazetteerKind.PersonTitle) || !char.IsUpper(tokens[i].Text[0])) continue;
            var first = i + length;
            var last = first;
            while (last < end && last - first < 4 && IsNamePart(tokens[last].Text)) last++;
            if (last - first < 2 || spans.Exists(s => s.First < last && first < s.Last && s.Type == "PER")) continue;
            if (phrases.Match(tokens, first, last).Entry is { } listed && TypeOf(listed) is not null) continue;
            spans.RemoveAll(s => s.First < last && first < s.Last);
            yield return (first, last, "PER", "rule:title", null);
        }
    }

    private static bool IsNamePart(string word) =>
        (word.Length > 1 && char.IsUpper(word[0]) && !word.All(char.IsUpper))
        || word is "bin" or "ibn" or "de" or "van" or "von"
        || (word.Length > 3 && word[2] == '-' && word[0] is 'a' or 'e' && word[1] == 'l' && char.IsUpper(word[3]));

    /// <summary>Drops a leading "the" and a trailing possessive or punctuation.</summary>
    private static (int, int) Trim(List<Token> tokens, int first, int last)
    {
        while (first < last && (tokens[first].Text is "the" or "The" || !char.IsLetterOrDigit(tokens[first].Text[0]))) first++;
        while (last > first && (tokens[last - 1].Text is "'s" or "’s" or "’" or "'" || !char.IsLetterOrDigit(tokens[last - 1].Text[^1]) && tokens[last - 1].Text != ".")) last--;
        return (first, last);
    }

    private static IEnumerable<(int First, int Last, string Type)> Spans(int[] tags, int offset)
    {
        var begin = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : 0;
            if (tag != 0 && NerTags.All[tag][0] == 'I') continue;
            if (begin >= 0) yield return (begin + offset, i + offset, NerTags.TypeOf(tags[begin]));
            begin = tag == 0 ? -1 : i;
        }
    }
}
