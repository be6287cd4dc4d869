using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// A scraped story's byline: a line that is only "By" or "Author:" and people's names, joined by
/// "&amp;", "and" or commas ("By Brian Ssekandi &amp; Agnes Nakato Mirembe", "by Irina Marinescu-Popa"), each maybe with the
/// place the reporter wrote from ("By Khamla Vongsavanh in Vientiane and Pornthip Saetang in Bangkok").
/// Each name is a person: "&amp;" there joins two reporters, not the names of a firm, and a lower-case
/// "by" at the start of a line threw the tagger off the name after it.
/// </summary>
internal static class BylineRule
{
    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        WireCredits(tokens, start, end, spans);
        var k = NamesStart(tokens, start, end);
        if (k < 0) return;
        var names = new List<(int First, int Last)>();
        while (k < end)
        {
            var first = k;
            while (k < end && IsNameWord(tokens[k].Text)) k++;
            if (k - first is < 2 or > 4) return;
            names.Add((first, k));
            // "By Khamla Vongsavanh in Vientiane and Pornthip Saetang in Bangkok": where each reporter wrote from.
            if (k + 1 < end && tokens[k].Text == "in")
            {
                var place = ++k;
                while (k < end && char.IsUpper(tokens[k].Text[0])) k++;
                if (k == place) return;
            }
            if (k == end) break;
            if (tokens[k].Text is not ("&" or "and" or ",") || ++k == end) return;
        }
        foreach (var (first, last) in names)
        {
            NameFinder.RemoveOverlapping(spans, first, last);
            spans.Add((first, last, "PER", "rule:byline", null));
        }
    }

    /// <summary>
    /// "(Reporting by Aisha al-Balushi in Muscat and Vikram Raghunathan in Dubai; Editing by Tom Ashby)": a wire story's credits
    /// name its reporters and editors, each maybe with the city they wrote from; the names are people, the cities places.
    /// </summary>
    private static void WireCredits(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var i = start; i + 2 < end; i++)
        {
            if (tokens[i + 1].Text != "by" || tokens[i].Text is not ("Reporting" or "reporting" or "Writing" or "Editing" or "Compiled" or "Reported" or "Edited")) continue;
            var k = i + 2;
            while (k < end)
            {
                var first = k;
                while (k < end && k - first < 4 && (IsNameWord(tokens[k].Text) || (k > first && (NameParticles.IsParticle(tokens[k].Text) || NameParticles.IsArticleName(tokens[k].Text))))) k++;
                if (k - first < 2) break;
                // "(Reporting by Harbour Post and Reuters)": an outlet the tagger named is no reporter.
                if (!IsTaggedOutlet(tokens, spans, first, k))
                {
                    NameFinder.RemoveOverlapping(spans, first, k);
                    spans.Add((first, k, "PER", "rule:byline", null));
                }
                // "in Muscat": where the reporter wrote from, a place the tagger names.
                if (k + 1 < end && tokens[k].Text == "in") { k++; while (k < end && char.IsUpper(tokens[k].Text[0])) k++; }
                if (k >= end || tokens[k].Text is not ("and" or "," or "&")) break;
                k++;
            }
            i = k;
        }
    }

    // Words that end an outlet's name: "Harbour Post", "Mwangaza News", "Pan-African Wire".
    private static readonly HashSet<string> OutletWords = new(StringComparer.Ordinal)
    {
        "News", "Wire", "Agency", "Press", "Media", "Times", "Post", "TV", "Radio", "Television", "Network", "Herald", "Tribune",
        "Journal", "Gazette", "Chronicle", "Courier", "Daily", "Ledger", "Observer", "Telegraph", "Express", "Monitor",
    };

    private static bool IsTaggedOutlet(List<Token> tokens, List<NameSpan> spans, int first, int last) =>
        OutletWords.Contains(tokens[last - 1].Text) && spans.Exists(s => s.First == first && s.Last == last && s.Type == "ORG");

    // Where the names begin after "By", "Written by" or "Author:"; -1 when the line opens otherwise.
    private static int NamesStart(List<Token> tokens, int start, int end)
    {
        if (end - start < 3) return -1;
        var word = tokens[start].Text;
        if (word is "By" or "by") return start + 1;
        if (word is "Author" or "Authors" && tokens[start + 1].Text == ":") return start + 2;
        if (word is "Written" or "Words" && tokens[start + 1].Text == "by") return start + 2;
        return -1;
    }

    // "Marinescu-Popa", "O'Neill": a capitalised word that is not an English word written only in
    // lower case ("Staff", "Reporter", "Correspondent").
    /// <summary>
    /// "Priya Nair, Coastal Times: Has the ministry …", "Aigul Bekova from Steppe Radio: Could you …": a briefing transcript
    /// opens a reporter's question with her name and her outlet. The name before the comma or "from" is a person, the name
    /// between it and the colon an organisation; a title ("Official Spokesperson, Shri …") or a place ("Nairobi, Kenya:") is no label.
    /// </summary>
    internal static void QuestionLabel(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        var k = start;
        while (k < end && IsNameWord(tokens[k].Text)) k++;
        if (k - start is < 2 or > 4 || k + 2 >= end || tokens[k].Text is not ("," or "from")) return;
        var person = k;
        var outlet = ++k;
        // An outlet's name may hold ordinary words ("Evening Weekly", "News Agency").
        while (k < end && k - outlet < 6 && (IsCapitalisedWord(tokens[k].Text) || (k > outlet && tokens[k].Text is "de" or "la" or "del" or "of" or "the"))) k++;
        if (k == outlet || k >= end || tokens[k].Text != ":" || !IsCapitalisedWord(tokens[k - 1].Text)) return;
        const GazetteerKind Place = GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region;
        for (var i = start; i < k; i++)
            if (PersonTitles.IsTitleWord(tokens[i].Text) || matches.Single(i) is { } entry && entry.Is(GazetteerKind.PersonTitle)
                || (i < person && matches.Single(i) is { } place && place.Is(Place))) return;
        // "Dhaka Observer Weekly" is an outlet with a place in it; "Nairobi, Kenya:" is a place after a place.
        if (matches.Longest(outlet) is { Entry: { } town, Length: var length } && length == k - outlet && town.Is(Place)) return;
        NameFinder.RemoveOverlapping(spans, start, k);
        spans.Add((start, person, "PER", "rule:question-label", null));
        spans.Add((outlet, k, "ORG", "rule:question-label", null));
    }

    private static bool IsCapitalisedWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark);

    private static bool IsNameWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
        && !FeatureExtractor.IsLowerCaseWord(word);
}
