using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// 'Harjit "Harry" Bhullar', 'Marie-Thérèse "Tess" Guidry Thibodeaux': the tagger may open the person at the nickname, leaving the
/// given name before the opening quote out or as a person of its own. A person that opens with a word and a closing quote,
/// right after an opening quote and a capitalised word, is named from that word on.
/// </summary>
internal static class NicknameJoin
{
    private static bool IsQuote(string word) => word is "\"" or "“" or "”";

    public static void Apply(List<Token> tokens, int start, List<NameSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (first, last, type, source, entry) = spans[i];
            if (type != "PER" || first - 2 < start || last - first < 3 || !IsQuote(tokens[first - 1].Text) || !IsQuote(tokens[first + 1].Text)) continue;
            var given = first - 2;
            if (!char.IsUpper(tokens[given].Text[0])) continue;
            // The given name read as a person of its own ends at the opening quote, and goes into the whole name.
            var alone = -1;
            for (var k = 0; k < spans.Count; k++)
                if (k != i && spans[k].First < first && spans[k].Last > given) alone = k;
            if (alone >= 0 && (spans[alone] is not { Type: "PER" } || spans[alone].First != given || spans[alone].Last > first - 1)) continue;
            spans[i] = (given, last, type, source + "+rule:nickname", entry);
            if (alone < 0) continue;
            spans.RemoveAt(alone);
            if (alone < i) i--;
        }
    }
}
