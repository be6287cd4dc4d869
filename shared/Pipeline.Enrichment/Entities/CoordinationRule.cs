namespace Pipeline.Enrichment;

/// <summary>
/// "Lukoil, Gazpromneft and Soyuzneftegaz": a capitalised name that no one found, listed right
/// after a found name with "and", "or" or a comma, is of the same type.
/// </summary>
internal static class CoordinationRule
{
    public static IEnumerable<EntitySpan> Find(string text, List<Token> tokens, List<EntitySpan> spans)
    {
        // The first name that ends at each place.
        var byEnd = new Dictionary<int, EntitySpan>(spans.Count);
        foreach (var s in spans)
            if (s.Type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Location) byEnd.TryAdd(s.End, s);
        // Built when first asked (most texts list no names this way); a scan of every span per word was quadratic.
        SpanCoverage? found = null;
        for (var i = 2; i < tokens.Count; i++)
        {
            if (tokens[i - 1].Text is not ("and" or "or" or ",")) continue;
            if (!byEnd.TryGetValue(tokens[i - 2].End, out var before)) continue;
            var last = i;
            // "Rafter Street, Enniscorthy Y21 K2F7": a postcode ends the name before it.
            while (last < tokens.Count && IsCapitalised(tokens[last].Text) && !(found ??= new SpanCoverage(text.Length, spans)).Overlaps(tokens[last].Start, tokens[last].End)
                && !PostalAddresses.IsPostcodeAt(tokens, last)) last++;
            if (last == i || last - i > 3 || IsRole(tokens, i, last) || AllOrdinary(tokens, i, last) || (last - i == 1 && NameFinder.IsSalutation(tokens[i].Text))
                // "YAKIMA, Wash.": the state's abbreviation after the city is no other name of the list.
                || (last - i == 1 && MiscNameFilter.IsAbbreviatedStateAt(tokens, tokens.Count, i))
                // "Ltd, P.O. Box 48211, Nairobi", "Plc, Plot 1421 ...", "Charlottenburg, HRB 214477 B": the label of a number in an
                // address or an imprint is no other name of the list.
                || (tokens[i - 1].Text == "," && PostalAddresses.IsNumberLabel(tokens, i, last))
                // "Warring Sides Agree to Resume Talks in Nairobi, Mediators Say": one word English writes in lower case, before a
                // capitalised function word, is a title-case headline's word ("Upper" before "Franconia", a name, is not).
                || (last - i == 1 && last < tokens.Count && char.IsUpper(tokens[last].Text[0]) && Lexicon.Instance.IsEnglishStopword(tokens[last].Text)
                    && FeatureExtractor.IsLowerCaseWord(tokens[i].Text))) continue;
            // "near Khartoum and Wad Madani/PER needed": the name goes on over a lone word that only the tagger read, as a
            // person, right after it; the coordinated name takes it in (and the recognizer drops the lone word).
            if (last < tokens.Count && last - i < 3 && IsLoneTaggedPerson(spans, tokens[last]) && !(last + 1 < tokens.Count && char.IsUpper(tokens[last + 1].Text[0])))
                last++;
            // "..., and Damascus said": a coordinated name is followed by punctuation or a lower-case word, not a capital.
            var (start, end) = (tokens[i].Start, tokens[last - 1].End);
            yield return new EntitySpan(start, end, text[start..end], before.Type, "rule:coordination");
        }
    }

    private static bool IsLoneTaggedPerson(List<EntitySpan> spans, Token token)
    {
        foreach (var s in spans)
            if (s.Start == token.Start && s.End == token.End && s.Type == EntityTypes.Person && s.Source == "tagger") return true;
        return false;
    }

    // "Sergey Lavrov, Vice Prime Minister Yuri Borisov": a title after the comma starts a new name, not a listed one;
    // so does a compound or plural title ("or Vice-Consul ...").
    private static bool IsRole(List<Token> tokens, int first, int last)
    {
        for (var i = first; i < last; i++)
            if (Lexicon.Instance.Phrases.Match(tokens, i, last).Entry is { } entry && entry.Is(GazetteerKind.PersonTitle | GazetteerKind.OrganizationHead)
                || PersonTitles.IsTitleWord(tokens[i].Text)) return true;
        return false;
    }

    // "Gang Violence Spreads to Artibonite, Speakers Urge Funding": two words or more the English list writes only in
    // lower case, capitalised by a title-case headline, are no name.
    private static bool AllOrdinary(List<Token> tokens, int first, int last)
    {
        if (last - first < 2) return false;
        for (var k = first; k < last; k++)
            if (!FeatureExtractor.IsLowerCaseWord(tokens[k].Text)) return false;
        return true;
    }

    private static bool IsCapitalised(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !Lexicon.Instance.IsEnglishStopword(word) && !MiscNameFilter.IsFaithOrDoctrine(word)
        && !MiscNameFilter.IsPostNominal(word);
}
