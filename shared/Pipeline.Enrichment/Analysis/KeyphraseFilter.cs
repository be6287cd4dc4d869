namespace Pipeline.Enrichment;

/// <summary>
/// What makes an English keyphrase a topic and not a fragment: a noun phrase does not start with
/// a verb ("met turkish foreign") and does not end with an adjective or adverb ("turkish
/// foreign"); and the words of names and titles ("foreign minister", "rafael domingo") are left to
/// the entities, which already carry them.
/// </summary>
internal static class KeyphraseFilter
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "met", "told", "took", "gave", "went", "came", "left", "held", "led", "won", "lost", "paid", "sent", "saw", "spent", "spoke",
        "stood", "rose", "fell", "grew", "began", "became", "brought", "bought", "sold", "built", "kept", "meant", "ran", "thought",
        "wrote", "drew", "struck", "sought", "fought", "caught", "chose", "drove", "knew", "says", "tells", "adds", "wants", "plans",
        "hopes", "seeks", "needs", "urges", "warns", "expects", "remains", "called", "signed", "agreed", "announced", "warned", "urged",
        "asked", "wanted", "hoped", "welcomed", "accepted", "invited", "discussed", "presented", "noted", "reached", "opened", "joined",
        "help", "make", "give", "keep", "allow", "cost", "lift", "lead", "sign", "meet", "visit", "buy", "sell", "build", "offer",
        "added", "attended", "described", "estimated", "expected", "planned", "offered", "received", "suspended", "scheduled", "would",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "foreign", "national", "international", "regional", "global", "former", "chief", "senior", "deputy", "vice", "main", "major",
        "key", "economic", "political", "military", "several", "various", "second", "third", "high", "low", "large", "small", "big",
        "long", "short", "early", "late", "local", "federal", "public", "private", "joint", "bilateral", "technical", "largest",
        "biggest", "latest", "recent", "current", "total", "annual", "average", "possible", "likely", "further", "prime", "general",
        "top", "special", "official", "reduced", "common", "modest", "ambitious", "fresh", "southern", "northern", "eastern", "western",
    };

    private static readonly Lazy<HashSet<string>> TitleWords = new(() => EmbeddedData.Rows("person-titles.txt")
        .SelectMany(row => row[0].ToLowerInvariant().Split(' ', '-'))
        .Where(w => w.Length > 2 && !w.EndsWith('.'))
        .ToHashSet(StringComparer.Ordinal));

    /// <summary>Words that end a keyphrase run: the words of a title ("minister", "president").</summary>
    public static bool IsTitleWord(string lower) => TitleWords.Value.Contains(lower);

    /// <summary>Whether words [start, start + count) of a run read as a noun phrase.</summary>
    public static bool IsNounPhrase(List<string> words, int start, int count)
    {
        var first = words[start];
        var last = words[start + count - 1];
        if (Verbs.Contains(first) || (first.EndsWith("ed", StringComparison.Ordinal) && first.Length > 4) || first.EndsWith("ly", StringComparison.Ordinal)) return false;
        if (Modifiers.Contains(last) || last.EndsWith("ly", StringComparison.Ordinal) || (last.EndsWith("ed", StringComparison.Ordinal) && last.Length > 4)) return false;
        // "copper flowing", "fishing vessels": an -ing word may lead a noun phrase but does not end one.
        if (count > 1 && last.EndsWith("ing", StringComparison.Ordinal)) return false;
        return !Demonyms.Value.Contains(last);
    }

    // Nationality words, lower-cased, from the same lists the entities use ("turkish", "kazakh").
    private static readonly Lazy<HashSet<string>> Demonyms = new(() => EmbeddedData.Rows("countries.tsv").SelectMany(row => row[3].Split('|'))
        .Concat(EmbeddedData.Rows("demonyms-extra.tsv").Select(row => row[0]))
        .Concat(EmbeddedData.Rows("groups.txt").Select(row => row[0]))
        .Where(d => d.Length > 0)
        .Select(d => d.ToLowerInvariant())
        .ToHashSet(StringComparer.Ordinal));
}
