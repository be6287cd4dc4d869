namespace Pipeline.Enrichment;

/// <summary>
/// Organisation names the tagger splits or mistypes: a run of capitalised words, joined by "of",
/// "for", "the" or "&amp;", that contains a company's legal form or an organisation's head word
/// ("Mitsubishi Heavy Industries Ltd.", "Japan Bank for International Cooperation", "Port of
/// Rotterdam Authority"); and a name right after a word such as "firm" or "company". A person's
/// title ends a run: "Security Council Secretary Nikolai Patrushev" holds an organisation and a person.
/// </summary>
internal static class OrganizationNameRule
{
    // Not "and": "Southern Copper Corp. and Glencore" are two companies.
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "the", "de", "&" };

    private static readonly HashSet<string> OrganizationCues = new(StringComparer.Ordinal)
    {
        "firm", "company", "group", "operator", "carrier", "lender", "bank", "insurer", "producer", "maker", "giant",
        "conglomerate", "agency", "charity", "startup", "retailer", "broadcaster", "newspaper", "airline", "automaker", "miner",
    };

    public static IEnumerable<(int First, int Last)> Find(List<Token> tokens, int start, int end, GazetteerMatches matches)
    {
        var i = start;
        while (i < end)
        {
            if (!IsNameWord(tokens[i].Text) || (i == start && tokens[i].Text == "The")) { i++; continue; }
            var last = i;
            var hasHead = false;
            var cue = i > start && OrganizationCues.Contains(tokens[i - 1].Text);
            for (var k = i; k < end; k++)
            {
                var word = tokens[k].Text;
                var entry = matches.Single(k);
                if (entry is not null && entry.Is(GazetteerKind.PersonTitle) && !entry.Is(GazetteerKind.OrganizationHead)) break;
                if (IsNameWord(word))
                {
                    last = k + 1;
                    hasHead |= entry is not null && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix);
                }
                else if (!Connectors.Contains(word) || k + 1 >= end || !IsNameWord(tokens[k + 1].Text)) break;
            }
            // Every sentence opens with a capital: "Chipmaker Infineon Technologies AG" starts at "Infineon".
            var opening = i == start || tokens[i - 1].Text is "—" or "–" or "-" or ":" or "“" or "\"";
            var first = opening && last - i > 2 && matches.Single(i) is null ? i + 1 : i;
            if ((hasHead && last - first >= 2) || cue) yield return (first, last);
            i = Math.Max(last, i + 1);
        }
    }

    private static bool IsNameWord(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || (char.IsDigit(word[0]) && word.Any(char.IsLetter)));
}
