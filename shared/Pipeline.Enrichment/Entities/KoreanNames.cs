using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "Eun-Sook Park", "Hye-jin Cho": a Korean given name of two syllables joined by a hyphen, then a Korean family name, is a person.
/// The tagger reads "Park" as a park ("Eun-Sook Park" a place) or leaves the given name out ("Cho").
/// </summary>
internal static class KoreanNames
{
    internal static bool IsFamilyName(string word) =>
        word is "Park" or "Kim" or "Lee" or "Cho" or "Choi" or "Jung" or "Chung" or "Kang" or "Yoon" or "Jang" or "Lim" or "Han" or "Oh" or "Seo"
            or "Shin" or "Kwon" or "Hwang" or "Ahn" or "Song" or "Yoo" or "Hong" or "Jeon" or "Ko" or "Moon" or "Yang" or "Son" or "Bae" or "Baek"
            or "Nam" or "Noh" or "Ha" or "Kwak" or "Sung" or "Cha" or "Joo" or "Min" or "Ryu" or "Jin" or "Chae" or "Won" or "Yeo" or "Chun" or "Byun";

    // "Eun-Sook", "Hye-jin", "Min-jun": two short syllables of letters, the first capitalised, joined by a hyphen.
    private static bool IsGivenName(string word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen is < 2 or > 4 || word.Length - hyphen - 1 is < 2 or > 4 || !char.IsUpper(word[0])) return false;
        for (var k = 1; k < word.Length; k++)
            if (k != hyphen && !char.IsAsciiLetter(word[k]) || k > hyphen + 1 && char.IsUpper(word[k]) || k < hyphen && char.IsUpper(word[k])) return false;
        return true;
    }

    public static void Apply(List<Token> tokens, int start, List<NameSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (first, last, type, source, entry) = spans[i];
            if (!IsFamilyName(tokens[last - 1].Text)) continue;
            if (type != "PER" && last - first == 2 && IsGivenName(tokens[first].Text))
                spans[i] = (first, last, "PER", source + "+rule:korean-name", null);
            else if (type == "PER" && last - first == 1 && first > start && IsGivenName(tokens[first - 1].Text) && !NameFinder.CoveredBy(spans, first - 1, first))
                spans[i] = (first - 1, last, "PER", source + "+rule:korean-name", entry);
        }
    }
}
