using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// Headlines in title case ("Security Council Hears Briefing on Haiti as Gang Violence Spreads,
/// Speakers Urge Funding for Gang Suppression Force") capitalise every word, and the tagger and the
/// organisation rule run names on over verbs and nouns. In such a line, a name that opens with a
/// listed organisation or place and goes on with two ordinary words or more ("Hears Briefing") ends
/// with the listed name ("Iloilo City" and "Pittsburgh Pirates" stay), and two ordinary words or more
/// before "for" ("Speakers Urge Funding for") are cut from the front of an organisation's name. Words the English list knows only in lower case
/// count as ordinary, unless they are an organisation's head word or a title.
/// </summary>
internal static class TitleCaseLines
{
    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        // Both cuts need a name of three words or more: most sentences have none, and need no look at their case.
        if (!spans.Exists(s => s.Entry is null && s.Last - s.First >= 3) || !IsTitleCase(tokens, start, end, matches)) return;
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            if (entry is not null || last - first < 2) continue;
            // "Security Council" + "Hears Briefing": the listed name at the start, then only ordinary words.
            if (matches.Longest(first) is ({ } length and > 0, { } listed) && first + length + 1 < last
                && listed.Is(GazetteerKind.KnownOrganization | GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region)
                && AllOrdinary(tokens, first + length, last, matches))
            {
                spans[s] = (first, first + length, listed.Is(GazetteerKind.KnownOrganization) ? "ORG" : "LOC", source, listed);
                continue;
            }
            // "Speakers Urge Funding for" + "Gang Suppression Force".
            if (type != "ORG") continue;
            for (var k = last - 2; k > first; k--)
            {
                if (tokens[k].Text is not "for") continue;
                if (k - first >= 2 && AllOrdinary(tokens, first, k, matches) && char.IsUpper(tokens[k + 1].Text[0])) spans[s] = (k + 1, last, type, source, null);
                break;
            }
        }
    }

    // At least four words of four letters or more that are not function words, three in four of them capitalised.
    private static bool IsTitleCase(List<Token> tokens, int start, int end, GazetteerMatches matches)
    {
        var (words, capitalised) = (0, 0);
        for (var i = start; i < end; i++)
        {
            // Three in four capitalised means capitalised >= 3 * lower case; each token left adds one capitalised word at most, so
            // once even that would not do, the line is no title (most sentences are known so halfway through).
            if (capitalised + (end - i) < 3 * (words - capitalised)) return false;
            var word = tokens[i].Text;
            if (word.Length < 4 || !char.IsLetter(word[0]) || matches.IsEnglishStopword(i, word)) continue;
            words++;
            if (char.IsUpper(word[0])) capitalised++;
        }
        return words >= 4 && capitalised * 4 >= words * 3;
    }

    private static bool AllOrdinary(List<Token> tokens, int from, int to, GazetteerMatches matches)
    {
        if (from >= to) return false;
        for (var k = from; k < to; k++)
        {
            var word = tokens[k].Text;
            if (!char.IsUpper(word[0]) || !FeatureExtractor.IsLowerCaseWord(word) || PersonTitles.IsTitleWord(word)
                || matches.Single(k) is { } entry && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix | GazetteerKind.PersonTitle
                    | GazetteerKind.KnownOrganization | GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region)) return false;
        }
        return true;
    }
}
