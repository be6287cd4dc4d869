namespace Pipeline.Enrichment;

/// <summary>
/// "IndiGo", "InterGlobe", "SoftBank", "BlackRock": a word with a capital inside after lower-case
/// letters is a brand, and no ordinary word is written so; the tagger, which has seldom seen the
/// shape, often leaves it out. Where nothing else names such a word, it is an organisation.
/// Surnames written so ("McCarthy", "DeSantis", "MacKenzie", "LeBlanc") are left to the tagger.
/// </summary>
internal static class CamelCaseNames
{
    private static readonly string[] SurnamePrefixes = ["Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "O'", "O’"];

    public static bool IsCamelCase(string word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0])) return false;
        var inner = false;
        for (var k = 1; k < word.Length; k++)
        {
            var c = word[k];
            if (!char.IsLetter(c)) return false;
            if (char.IsUpper(c) && k >= 2 && char.IsLower(word[k - 1])) inner = true;
        }
        if (!inner) return false;
        foreach (var prefix in SurnamePrefixes)
            if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length > prefix.Length && char.IsUpper(word[prefix.Length])) return false;
        return true;
    }

    /// <summary>
    /// The names with a mention added for each camel-case word no name or rule span covers; one right
    /// after a name ("Spirit AeroSystems", where the tagger stopped at "Spirit") ends that name instead.
    /// </summary>
    public static List<EntitySpan> Apply(string text, List<Token> tokens, List<EntitySpan> names, SpanCoverage ruled)
    {
        SpanCoverage? covered = null;
        Dictionary<int, int>? byEnd = null;
        List<EntitySpan>? result = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (!IsCamelCase(token.Text) || ruled.Overlaps(token.Start, token.End) || NameSpanChecks.IsShareButton(text, token)) continue;
            covered ??= new SpanCoverage(text.Length, names);
            if (covered.Overlaps(token.Start, token.End)) continue;
            result ??= names.ToList();
            byEnd ??= Enumerable.Range(0, names.Count).GroupBy(n => names[n].End).ToDictionary(g => g.Key, g => g.First());
            if (t > 0 && token.Start == tokens[t - 1].End + 1 && byEnd.TryGetValue(tokens[t - 1].End, out var before))
            {
                var name = result[before];
                result[before] = new EntitySpan(name.Start, token.End, text[name.Start..token.End], EntityTypes.Organization, name.Source + "+rule:camel-case")
                    { AfterWord = name.AfterWord };
                continue;
            }
            result.Add(new EntitySpan(token.Start, token.End, token.Text, EntityTypes.Organization, "rule:camel-case"));
        }
        return result ?? names;
    }
}
