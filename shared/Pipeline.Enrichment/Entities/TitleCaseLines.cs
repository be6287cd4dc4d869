using System.Collections.Frozen;
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
    // Verbs a headline puts in the present ("Minister Receives Ambassador", "Council Extends Mandate", "Envoy Tells Council"): no
    // name holds one, so in a title-case line a name the tagger ran over one ends before it or starts after it.
    private static readonly FrozenSet<string> HeadlineVerbs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Receives", "Meets", "Visits", "Hosts", "Welcomes", "Tells", "Hears", "Takes", "Extends", "Elects", "Adopts", "Renews", "Urges",
        "Condemns", "Approves", "Endorses", "Discusses", "Concludes", "Reaffirms", "Agree", "Agrees", "Warns", "Signs",
        // A market or a business page's headlines: "Central Bank Holds Rate", "Vardhan Industries Jumps 7%", "Avianca Resumes Service".
        "Holds", "Jumps", "Climbs", "Rises", "Gains", "Slips", "Slides", "Drops", "Surges", "Soars", "Plunges", "Tumbles", "Rallies",
        "Resumes", "Raises", "Buys", "Sells", "Acquires", "Appoints", "Announces", "Launches", "Seeks", "Wins", "Sets",
    ]);

    /// <summary>Whether a capitalised word is a headline's verb ("Receives", "Extends"), no one's surname.</summary>
    public static bool IsHeadlineVerb(string word) => HeadlineVerbs.Contains(word);

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        HeadlineVerbCuts(tokens, start, end, spans, matches);
        // Both cuts need a name of three words or more: most sentences have none, and need no look at their case.
        if (HasNameByTo(tokens, start, spans) && IsTitleCase(tokens, start, end, matches)) CutToVerb(tokens, start, spans, matches);
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

    // "Deputy Minister Haryoseno Receives the Ambassador" (a person ends before the verb), "Minister Receives Phone Call" (no one
    // after it), "General Assembly Elects Five Members of Security Council" (the listed body before it), "Envoy Tells Security
    // Council", "Ambassador Visits Royal University of Phnom Penh" (the body after it).
    private static void HeadlineVerbCuts(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        bool? titleCase = null;
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            var verb = first;
            while (verb < last && !HeadlineVerbs.Contains(tokens[verb].Text)) verb++;
            if (verb == last) continue;
            titleCase ??= IsTitleCase(tokens, start, end, matches);
            if (titleCase == false) return;
            var after = verb + 1;
            while (after < last && (tokens[after].Text is "Up" or "Out" or "the" or "The" || !char.IsUpper(tokens[after].Text[0]))) after++;
            if (type == "ORG" && matches.Longest(first) is ({ } length and > 0, { } listed) && first + length <= verb && listed.Is(GazetteerKind.KnownOrganization))
                spans[s] = (first, first + length, type, source + "+rule:headline-verb", listed);
            // "Copa Holdings Profit Climbs On Panama Hub Traffic", "PT Sinar Nikel Tbk Signs Agreement With ...", "RBI Holds Repo
            // Rate": a company's legal form or head word, or an acronym, before the verb ends the company, which is the subject.
            else if (type == "ORG" && SubjectEnd(tokens, first, verb, matches) is var subjectEnd and > 0)
                spans[s] = (first, subjectEnd, type, source + "+rule:headline-verb", null);
            else if (type == "ORG" && after < last)
                spans[s] = (after, last, type, source + "+rule:headline-verb", null);
            else if (type != "ORG" && verb > first)
                spans[s] = (first, verb, type, source + "+rule:headline-verb", matches.Longest(first) is { Entry: { } place } whole && whole.Length == verb - first ? place : null);
            else if (type == "PER" && last - after >= 2)
                spans[s] = (after, last, type, source + "+rule:headline-verb", null);
            else spans.RemoveAt(s--);
        }
    }

    // The end of a company named before a headline's verb at token verb: after its last legal form or head word ("Holdings",
    // "Tbk", "Bank"), when only ordinary capitalised words ("Profit") follow it, or the acronym that is all of it ("RBI"); else 0.
    private static int SubjectEnd(List<Token> tokens, int first, int verb, GazetteerMatches matches)
    {
        if (verb - first == 1 && tokens[first].Text.Length >= 2 && tokens[first].Text.All(char.IsAsciiLetterUpper)) return verb;
        for (var k = verb - 1; k > first; k--)
        {
            if (matches.Single(k) is { } entry && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix))
                return k + 1 == verb || AllOrdinary(tokens, k + 1, verb, matches) ? k + 1 : 0;
        }
        return 0;
    }

    // Whether an unlisted name follows "to" or ends in "to" and a word (a loop: a lambda here would be made for every sentence).
    private static bool HasNameByTo(List<Token> tokens, int start, List<NameSpan> spans)
    {
        foreach (var (first, last, _, _, entry) in spans)
            if (entry is null && ((first > start && tokens[first - 1].Text == "to") || (last - first >= 4 && tokens[last - 2].Text == "to"))) return true;
        return false;
    }

    // "Kyushu Electric to Build": in a title-case line, a name that ends in "to" and a capitalised verb ends before "to"; the
    // verb alone after "to" is no name.
    private static void CutToVerb(List<Token> tokens, int start, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            if (entry is not null || !char.IsUpper(tokens[last - 1].Text[0]) || !FeatureExtractor.IsLowerCaseWord(tokens[last - 1].Text)) continue;
            if (type == "ORG" && last - first >= 4 && tokens[last - 2].Text == "to")
                spans[s] = (first, last - 2, type, source + "+rule:headline-verb", null);
            else if (last - first == 1 && first > start && tokens[first - 1].Text == "to" && matches.Single(first) is null)
                spans.RemoveAt(s--);
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
