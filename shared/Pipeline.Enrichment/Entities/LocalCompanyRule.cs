using System.Collections.Frozen;
using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// Companies named in their own language inside English copy: "Rudnik mrkog uglja Kakanj d.o.o.", "Wisła Energia Sprzedaż
/// sp. z o.o.", "Hekurudha Shqiptare sh.a.", and with the form first, "AB Lietuvos geležinkeliai", "JKP Novosadska toplana".
/// The tagger reads such names in pieces, or as a person, since their small words are no English words. Capitalised words and
/// lower-case words that are not English, next to a company's legal form, are one company's name when they hold at least one
/// such lower-case word or the form is written in small dotted letters ("sp. z o.o."); a nationality or a hyphenated English
/// word before the name is none of it ("German start-up Frachtwerk GmbH").
/// </summary>
internal static class LocalCompanyRule
{
    // Legal and public-enterprise forms that open a company's name in the Baltics, the Balkans, Scandinavia and Indonesia.
    private static readonly FrozenSet<string> OpeningForms = FrozenSet.Create(StringComparer.Ordinal, ["AB", "UAB", "SIA", "OÜ", "JP", "JKP", "PT", "AS", "TOO", "OOO", "AO"]);

    // Small words that join the words of a name in the languages above: Albanian "i", "të", Polish "z", "w", Slavic "na", "za".
    private static readonly FrozenSet<string> SmallWords = FrozenSet.Create(StringComparer.Ordinal, ["i", "të", "e", "z", "w", "na", "za", "u", "ir", "un"]);

    private const int MaxWords = 6;

    /// <summary>"AB", "UAB", "JP": a legal form written before the company's name (every one is in capitals: a lower-case word needs no look-up).</summary>
    internal static bool IsOpeningForm(string word) => char.IsUpper(word[0]) && OpeningForms.Contains(word);

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var k = start; k < end; k++)
        {
            // Every opening form is in capitals: a lower-case word needs no look-up.
            var opening = IsOpeningForm(tokens[k].Text);
            var formLength = matches.Longest(k) is { Entry: { } form, Length: var length } && form.Is(GazetteerKind.OrganizationSuffix) && !form.Is(GazetteerKind.PersonTitle) ? length
                : opening ? 1 : 0;
            if (formLength == 0) continue;
            var (first, last) = (k, k + formLength);
            // "sp. z o.o.", "sh.a.", "d.o.o.": a form written in small letters with full stops is a local one, whatever the name's words.
            var dotted = IsLocalForm(tokens, k, last);
            var local = dotted;
            // The name before the form: "Rudnik mrkog uglja Kakanj" + "d.o.o.".
            while (first > start && k - first < MaxWords && IsNameWord(tokens[first - 1].Text, ref local)) first--;
            // The name after an opening form: "AB" + "Lietuvos geležinkeliai".
            if (first == k && opening)
            {
                local = false;
                while (last < end && last - k <= MaxWords && IsNameWord(tokens[last].Text, ref local)) last++;
                // "JP Elektroprivreda BiH d.d.": a legal form after it ends the name.
                if (last < end && matches.Longest(last) is { Entry: { } after, Length: var afterLength } && after.Is(GazetteerKind.OrganizationSuffix)) last += afterLength;
            }
            // "sh.a." read as "sh", ".", "a", ".": the full stop glued to the form is the form's.
            if (dotted && last < end && tokens[last].Text == "." && tokens[last].Start == tokens[last - 1].End) last++;
            // A small word never ends a name, and a name opens with a capital.
            while (first < k && !char.IsUpper(tokens[first].Text[0])) first++;
            if (!local || last - first < 3 || !char.IsUpper(tokens[first].Text[0]) || (first == start && Lexicon.Instance.IsEnglishStopword(tokens[first].Text))) continue;
            // Names that run on out of it stay as they are; the ones inside it are its pieces.
            if (RunsOut(spans, first, last)) continue;
            NameFinder.RemoveOverlapping(spans, first, last);
            spans.Add((first, last, "ORG", "rule:local-company", null));
            k = last - 1;
        }
    }

    private static bool IsLocalForm(List<Token> tokens, int from, int to)
    {
        if (!char.IsLower(tokens[from].Text[0])) return false;
        for (var k = from; k < to; k++)
            if (tokens[k].Text.Contains('.')) return true;
        return false;
    }

    // A capitalised word of letters, or a lower-case one that is no English word (setting local), or a small joining word.
    private static bool IsNameWord(string word, ref bool local)
    {
        if (word.Length == 0 || !char.IsLetter(word[0])) return false;
        foreach (var c in word)
            if (!char.IsLetter(c) && c != '-') return false;
        // "German start-up Frachtwerk GmbH": a nationality before the name, or an English word with a hyphen, is none of it.
        if (char.IsUpper(word[0]))
            return !Lexicon.Instance.IsEnglishStopword(word) && !PersonTitles.IsTitleWord(word)
                && !(Lexicon.Instance.Phrases.Lookup(word) is { } entry && entry.Is(GazetteerKind.Demonym) && !entry.Is(GazetteerKind.Country));
        if (SmallWords.Contains(word)) return true;
        if (word.Length < 4 || word.Contains('-') || FeatureExtractor.IsEnglishWord(word) || Lexicon.Instance.IsEnglishStopword(word)) return false;
        local = true;
        return true;
    }

    // Loops, not List.Exists or RemoveAll with a lambda: one capturing first and last, variables of the loop over the tokens,
    // made its closure for every token.
    private static bool RunsOut(List<NameSpan> spans, int first, int last)
    {
        foreach (var s in spans)
            if (s.First < last && first < s.Last && (s.First < first || s.Last > last)) return true;
        return false;
    }
}
