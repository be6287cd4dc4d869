namespace Pipeline.Enrichment;

/// <summary>
/// Whether a word reads as one to three Mandarin syllables in pinyin ("Jianguo" = jian + guo,
/// "Lihua" = li + hua): after a Chinese family name, such a word is a given name, not the next
/// word of an organisation or a place.
/// </summary>
internal static class PinyinSyllables
{
    private static readonly string[] Initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""];

    private static readonly string[] Finals =
    [
        "a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "er", "i", "ia", "ian", "iang", "iao", "ie", "in", "ing", "iong", "iu",
        "o", "ong", "ou", "u", "ua", "uai", "uan", "uang", "ue", "ui", "un", "uo", "v", "ve",
    ];

    private static readonly HashSet<string> Syllables = Initials.SelectMany(i => Finals.Select(f => i + f)).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);

    public static bool IsGivenName(string word)
    {
        if (word.Length is < 2 or > 12 || !char.IsUpper(word[0]) || !CharChecks.RestLower(word)) return false;
        return Segments(word.ToLowerInvariant(), 0, 3);
    }

    private static bool Segments(string word, int from, int left)
    {
        if (from == word.Length) return true;
        if (left == 0) return false;
        for (var length = Math.Min(6, word.Length - from); length >= 1; length--)
            if (Syllables.Contains(word.Substring(from, length)) && Segments(word, from + length, left - 1)) return true;
        return false;
    }
}
