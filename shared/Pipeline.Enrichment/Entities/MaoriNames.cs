using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// Māori bodies: an iwi or hapū is named "Ngāti ...", "Ngāi ...", "Ngā ..." (a people, an organisation, never a person), and a
/// rūnanga or trust joins its words with "o" (of) and "ki" (to, at): "Te Rūnanga o Toa Rangatira", "Taranaki Whānui ki Te Upoko o
/// Te Ika". The tagger, knowing no Māori, cuts such a name at the small words and calls the pieces people or places.
/// </summary>
internal static class MaoriNames
{
    // "Kāti", "Kāi": the southern (Kāi Tahu) forms of "Ngāti" and "Ngāi". "Rūnanga", "Rūnaka": a tribal council, a body's word.
    internal static bool IsPeopleWord(string word) => word is "Ngāti" or "Ngāi" or "Ngā" or "Ngati" or "Ngai" or "Kāti" or "Kāi" or "Rūnanga" or "Rūnaka" or "Runanga" or "Runaka";

    // A word only Māori writes: a macron on a vowel, or the words bodies are named with.
    private static bool IsMaori(string word) =>
        IsPeopleWord(word) || word is "Te" or "Whānui" or "Iwi" or "Hapū" || word.AsSpan().IndexOfAny("āēīōū") >= 0;

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (first, last, type, source, _) = spans[i];
            var joined = false;
            // The name goes on over "o" or "ki" and the capitalised words after it, as long as the run is Māori.
            while (last + 1 < end && IsJoiningWord(tokens[last].Text) && char.IsUpper(tokens[last + 1].Text[0]) && AnyWord(tokens, first, last + 2, IsMaori))
            {
                var next = last + 1;
                while (next < end && char.IsUpper(tokens[next].Text[0])) next++;
                // A span the tagger found over those words goes into this one.
                for (var j = spans.Count - 1; j >= 0; j--)
                    if (j != i && spans[j].First >= last && spans[j].First < next)
                    {
                        next = Math.Max(next, spans[j].Last);
                        spans.RemoveAt(j);
                        if (j < i) i--;
                    }
                last = next;
                joined = true;
            }
            if (joined) spans[i] = (first, last, "ORG", source + "+rule:maori", null);
            else if (type is "PER" or "LOC" && last - first >= 2 && AnyWord(tokens, first, last, IsPeopleWord)) spans[i] = (first, last, "ORG", source + "+rule:maori", null);
        }
    }

    /// <summary>"o", "ki": the words that join a Māori name's parts.</summary>
    internal static bool IsJoiningWord(string word) => word is "o" or "ki";

    // Whether a word of [first, last) passes the test: a people's or a council's word anywhere in the name ("Ngāti Toa", "Kāti
    // Huirapa Rūnaka ki Puketeraki"), or a Māori word. The tests are static method groups, whose delegates C# caches: a call
    // makes none.
    private static bool AnyWord(List<Token> tokens, int first, int last, Func<string, bool> test)
    {
        for (var k = first; k < last; k++)
            if (test(tokens[k].Text)) return true;
        return false;
    }
}
