using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// Completes and adds people's names in one sentence's candidate spans: family-name-first names
/// ("Kim Dong-hyun", "Wang Jianguo", "Nguyen Thi Thu Hang"), names with particles and suffixes
/// that the tagger cuts ("Dirk van der Hoeven", "Faisal bin Abdulrahman al-Qahtani", "Thomas W.
/// Hale Jr."), a listed first name left out before a name, and people introduced by an
/// apposition ("Meseret Alemu, a researcher at ...").
/// </summary>
internal static class PersonNameRule
{
    private const int MaxNameWords = 6;

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        // A pass that acts only at a word or a listed phrase most sentences lack runs where the sentence holds it (WordCues).
        if (matches.HasListed(GazetteerKind.FamilyNameFirst) || matches.Has(WordCues.LatinAccent)) FamilyNameFirst(tokens, start, end, spans, matches);
        GivenNameBeforeInitial(tokens, start, spans, matches);
        if (matches.Has(WordCues.AppositionRole))
            foreach (var (first, last) in AppositionRule.Find(tokens, start, end, spans, matches)) Replace(spans, first, last, "rule:apposition");
        spans.Sort((a, b) => a.First.CompareTo(b.First));
        for (var s = 0; s < spans.Count; s++)
        {
            if (spans[s].Type != "PER") continue;
            var (first, last) = Complete(tokens, start, end, spans[s].First, spans[s].Last, spans, matches);
            if ((first, last) == (spans[s].First, spans[s].Last)) continue;
            var source = spans[s].Source;
            RemoveWithin(spans, first, last);
            spans.Add((first, last, "PER", source, null));
            spans.Sort((a, b) => a.First.CompareTo(b.First));
            s = StartingAt(spans, first);
        }
    }

    /// <summary>
    /// "Deputy U.S. Trade Representative Thomas" + "W." + "Hale Jr.": a person after an initial takes the initial and the
    /// listed first name before it, from the end of whatever other name the tagger ran that into.
    /// </summary>
    private static void GivenNameBeforeInitial(List<Token> tokens, int start, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            if (type != "PER") continue;
            var k = first;
            while (k - 1 > start && CharChecks.IsInitial(tokens[k - 1].Text) && !ReachesTo(spans, k, otherThanPeople: false)) k--;
            if (k == first || !char.IsUpper(tokens[k - 1].Text[0]) || matches.Single(k - 1) is not { } given
                || !given.Is(GazetteerKind.FirstName) || given.Is(GazetteerKind.PersonTitle)) continue;
            var other = EndingAt(spans, k);
            if (other >= 0 && spans[other].Type == "PER") continue;
            spans[s] = (k - 1, last, type, source, entry);
            if (other < 0) continue;
            var before = spans[other];
            if (before.Last - before.First > 1) spans[other] = (before.First, before.Last - 1, before.Type, before.Source, null);
            else spans.RemoveAt(other);
        }
    }

    /// <summary>The span grown over particles, suffixes and an adjacent listed first name.</summary>
    private static (int First, int Last) Complete(List<Token> tokens, int start, int end, int first, int last, List<NameSpan> spans, GazetteerMatches matches)
    {
        // "Dirk van" + "der Hoeven": a span the tagger ended on a particle continues.
        var k = last - first > 1 && NameParticles.IsParticle(tokens[last - 1].Text) && char.IsLower(tokens[last - 1].Text[0]) ? last - 1 : last;
        while (true)
        {
            var p = k;
            while (p < end && NameParticles.IsParticle(tokens[p].Text)) p++;
            // "Armando dos" + "Santos Mango": after a lower-case particle the surname may be a town's name too.
            var surnameAfterParticle = p > k && char.IsLower(tokens[p - 1].Text[0]);
            if (p == k || p >= end || !IsCapitalisedNamePart(tokens[p].Text) || (IsListedOther(matches, p) && !surnameAfterParticle)) break;
            if (surnameAfterParticle) p++;
            while (p < end && p - first < MaxNameWords && IsCapitalisedNamePart(tokens[p].Text) && !IsListedOther(matches, p)) p++;
            last = k = p;
        }
        // "Haider Jabbar" + "al-Saadi", "Maria Cristina" + "Santos-Reyes": news never writes two people's names back to back.
        while (last < end && last - first < MaxNameWords && (NameParticles.IsArticleName(tokens[last].Text) || PersonStartingAt(spans, last) >= 0))
            last = PersonStartingAt(spans, last) is var next and >= 0 ? spans[next].Last : last + 1;
        if (last < end && NameParticles.IsSuffix(tokens[last].Text)) last++;
        // "Faisal" + "bin" + "Abdulrahman al-Qahtani": a particle before the span joins the name before it.
        while (first - 2 >= start && NameParticles.IsParticle(tokens[first - 1].Text) && char.IsLower(tokens[first - 1].Text[0])
            && IsCapitalisedNamePart(tokens[first - 2].Text) && !IsListedOther(matches, first - 2) && !ReachesTo(spans, first - 1, otherThanPeople: true))
        {
            first -= 2;
            while (first > start && IsCapitalisedNamePart(tokens[first - 1].Text) && !IsListedOther(matches, first - 1) && matches.Single(first - 1) is { } part
                && part.Is(GazetteerKind.FirstName) && !ReachesTo(spans, first, otherThanPeople: true)) first--;
        }
        // "María" + "Fernanda Restrepo Ocampo": a listed first name right before a name belongs to it.
        if (first > start && matches.Single(first - 1) is { } before && before.Is(GazetteerKind.FirstName) && char.IsUpper(tokens[first - 1].Text[0])
            && !before.Is(GazetteerKind.PersonTitle) && !ReachesTo(spans, first, otherThanPeople: false)) first--;
        // "Ma." + "Cristina Lopez-Dizon": María written short before a given name is part of the name.
        if (first > start && tokens[first - 1].Text == "Ma." && !ReachesTo(spans, first, otherThanPeople: false)) first--;
        // "Chief Financial Officer" + "Sinead" + "Gorman": an unlisted capitalised word between a title and a surname is a first name.
        if (last - first == 1 && first - 2 >= start && IsCapitalisedNamePart(tokens[first - 1].Text) && !IsListedOther(matches, first - 1)
            && PersonTitles.IsTitleWord(tokens[first - 2].Text) && !ReachesTo(spans, first, otherThanPeople: false)) first--;
        // "Ministry of Foreign Affairs" + "Sufyan" + "Salman bin Ahmad Al-Qudah": an unlisted capitalised word the tagger left
        // between an organisation and a person is the person's first name.
        if (first - 1 > start && IsCapitalisedNamePart(tokens[first - 1].Text) && matches.Longest(first - 1).Entry is null
            && IsOrganizationEndingAt(tokens, spans, first - 1, matches)) first--;
        // "Agnieszka" + "Kowalczyk-Nowak": a lone first name goes on over an unlisted capitalised word.
        if (last - first == 1 && last < end && matches.Single(first) is { } name && name.Is(GazetteerKind.FirstName)
            && IsCapitalisedNamePart(tokens[last].Text) && !IsListedOther(matches, last) && !OtherThanPersonStartingAt(spans, last)) last++;
        return (first, last);
    }

    /// <summary>"Kim Dong-hyun", "Zhao Lihua", "Le Thi Mai": a listed family name, then given names.</summary>
    private static void FamilyNameFirst(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        var vietnamese = Lexicon.Instance.VietnameseGivenNames;
        for (var i = start; i + 1 < end; i++)
        {
            if (!IsFamilyNameFirst(tokens[i].Text, matches.Single(i)) || InsideListedPlace(matches, start, i)) continue;
            var j = i + 1;
            // "Trần Văn Đức": the given names are listed without their marks, as English news mostly writes them.
            while (j < end && j - i <= 3 && (vietnamese.Contains(tokens[j].Text) || (PhraseMatcher.HasLatinAccent(tokens[j].Text) && vietnamese.Contains(Lexicon.WithoutAccents(tokens[j].Text))))) j++;
            // "Hong Kong-listed": a place's adjective in "-listed" or "-based" is no given name.
            if (j - i < 3 && IsEastAsianGivenName(tokens[i + 1].Text) && !IsListedOther(matches, i + 1) && !NameFinder.IsPlaceAdjective(tokens[i + 1].Text)) j = i + 2;
            if (j - i < 2 || (j < end && OrganizationNameRule.IsNameWord(tokens[j].Text) && !NameParticles.IsSuffix(tokens[j].Text))) continue;
            // "Ho Chi Minh City" is listed as a place; a listed phrase as long wins.
            if (matches.Longest(i) is { Entry: { } listed, Length: var length } && length >= j - i && !listed.Is(GazetteerKind.FamilyNameFirst | GazetteerKind.FirstName | GazetteerKind.Surname)) continue;
            // "President of the Republic of Korea Lee Jae-sung", "General Secretary of the Communist Party of Viet Nam Trần Văn Đức":
            // an organisation or a place the tagger ran on into the name ends before it.
            var before = RunsInto(spans, i, j);
            if (before < 0 && Straddles(spans, i, j)) continue;
            if (before >= 0)
            {
                var place = spans[before];
                spans.RemoveAt(before);
                if (Straddles(spans, i, j)) { spans.Add(place); continue; }
                // "Minister of Trade, Industry and Energy Ahn Duk-geun": what runs from "of" after a title is the portfolio.
                if (char.IsUpper(tokens[place.First].Text[0]) && !(PersonTitles.IsTitleWord(tokens[place.First].Text) && tokens[place.First + 1].Text == "of"))
                    // "Republic of Korea": a listed country, city or region, whatever the tagger called it.
                    spans.Add((place.First, i, matches.ExactlyPlace(place.First, i) is not null ? "LOC" : place.Type, place.Source, null));
            }
            Replace(spans, i, j, "rule:family-name");
            i = j - 1;
        }
    }

    // "Lê" is listed as a surname as it stands; its plain form "Le" is a family name written first.
    private static bool IsFamilyNameFirst(string word, GazetteerEntry? listed) =>
        listed is not null && (listed.Is(GazetteerKind.FamilyNameFirst)
            || (PhraseMatcher.HasLatinAccent(word) && Lexicon.Instance.Phrases.Lookup(Lexicon.WithoutAccents(word)) is { } plain && plain.Is(GazetteerKind.FamilyNameFirst)));

    // "Viet Nam": the last word of a listed place is no family name.
    private static bool InsideListedPlace(GazetteerMatches matches, int start, int i)
    {
        for (var k = Math.Max(start, i - 3); k < i; k++)
            if (matches.Longest(k) is ({ } length, { } entry) && k + length > i && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region)) return true;
        return false;
    }

    // The index of an organisation or a place of two or more capitalised words, or of a span of another kind ("Minister of Industry
    // and Trade Nguyễn Hồng Diên", read as a work), before the name [i, j) that ends inside it, or -1.
    private static int RunsInto(List<NameSpan> spans, int i, int j)
    {
        for (var s = 0; s < spans.Count; s++)
            if (((spans[s].Type is "ORG" or "LOC" && spans[s].First < i - 1) || (spans[s].Type == "MISC" && spans[s].First < i)) && spans[s].Last > i && spans[s].Last <= j) return s;
        return -1;
    }

    // Loops, not List.Exists, FindIndex or RemoveAll with a lambda: a lambda that captures the bounds allocates a closure and
    // a delegate on every call, and these run for every person's name of every sentence.
    private static bool Straddles(List<NameSpan> spans, int i, int j)
    {
        foreach (var s in spans)
            if (s.First < j && i < s.Last && (s.First < i || s.Last > j)) return true;
        return false;
    }

    // Whether a span (other than a person's, if so asked) starts before token k and runs up to it or over it.
    private static bool ReachesTo(List<NameSpan> spans, int k, bool otherThanPeople)
    {
        foreach (var s in spans)
            if (s.First < k && s.Last >= k && !(otherThanPeople && s.Type == "PER")) return true;
        return false;
    }

    private static int StartingAt(List<NameSpan> spans, int k)
    {
        for (var i = 0; i < spans.Count; i++)
            if (spans[i].First == k) return i;
        return -1;
    }

    private static int EndingAt(List<NameSpan> spans, int k)
    {
        for (var i = 0; i < spans.Count; i++)
            if (spans[i].Last == k && spans[i].First < k) return i;
        return -1;
    }

    private static int PersonStartingAt(List<NameSpan> spans, int k)
    {
        for (var i = 0; i < spans.Count; i++)
            if (spans[i].First == k && spans[i].Type == "PER") return i;
        return -1;
    }

    private static bool OtherThanPersonStartingAt(List<NameSpan> spans, int k)
    {
        foreach (var s in spans)
            if (s.First == k && s.Type != "PER") return true;
        return false;
    }

    private static bool IsOrganizationEndingAt(List<Token> tokens, List<NameSpan> spans, int k, GazetteerMatches matches)
    {
        foreach (var s in spans)
            if (s.Last == k && s.Type == "ORG" && TitleSplit.HasOrganizationWord(tokens, s.First, s.Last, matches)) return true;
        return false;
    }

    private static void RemoveWithin(List<NameSpan> spans, int first, int last)
    {
        var kept = 0;
        for (var i = 0; i < spans.Count; i++)
            if (!(spans[i].First >= first && spans[i].Last <= last)) spans[kept++] = spans[i];
        spans.RemoveRange(kept, spans.Count - kept);
    }

    // "Dong-hyun", "Wei-lin": Korean and Taiwanese given names are hyphenated; mainland ones are pinyin.
    private static bool IsEastAsianGivenName(string word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen > 0) return char.IsUpper(word[0]) && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) && !word[(hyphen + 1)..].Contains('-');
        return PinyinSyllables.IsGivenName(word);
    }

    private static void Replace(List<NameSpan> spans, int first, int last, string source)
    {
        var kept = 0;
        for (var i = 0; i < spans.Count; i++)
            if (!(spans[i].First < last && first < spans[i].Last)) spans[kept++] = spans[i];
        spans.RemoveRange(kept, spans.Count - kept);
        spans.Add((first, last, "PER", source, null));
    }

    private static bool IsCapitalisedNamePart(string word) =>
        (word.Length > 1 && char.IsUpper(word[0]) && !CharChecks.AllUpper(word)) || NameParticles.IsArticleName(word)
        || (word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.');

    // A place, a nationality, a title or an organisation's word is not the next part of a person's name.
    private static bool IsListedOther(GazetteerMatches matches, int k) =>
        matches.Longest(k).Entry is { } entry && !entry.Is(GazetteerKind.FirstName | GazetteerKind.Surname | GazetteerKind.FamilyNameFirst)
        && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.WorldRegion | GazetteerKind.Demonym
            | GazetteerKind.PersonTitle | GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix | GazetteerKind.KnownOrganization);
}
