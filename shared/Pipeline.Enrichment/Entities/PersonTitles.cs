using System.Collections.Frozen;

namespace Pipeline.Enrichment;

/// <summary>
/// Titles the tagger takes into a person's name: "Philippine Foreign Secretary Maria Cristina
/// Santos-Reyes", "Treasury Secretary Grace Wanjiru Kamau". Besides the listed titles, any
/// capitalised phrase ending in a word such as "Minister" or "Secretary" is one.
/// </summary>
internal static class PersonTitles
{
    private static readonly FrozenSet<string> TitleWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Minister", "Secretary", "Representative", "Commissioner", "Ambassador", "Envoy", "Adviser", "Advisor", "Director",
        "Spokesman", "Spokeswoman", "Spokesperson", "Governor", "Admiral", "General", "Chairman", "Chairwoman", "President",
        "Mayor", "Senator", "Chairperson", "Vice-President", "Vice-Chairman", "Vice-Chancellor", "Speaker", "Officer", "Negotiator", "Commander", "Premier", "Chancellor", "Chief", "Executive",
        ]);

    /// <summary>"Minister", "Officer": a word that ends a person's title.</summary>
    public static bool IsTitleWord(string word) => TitleWords.Contains(word) || IsCompoundOrPluralTitle(word);

    /// <summary><see cref="IsTitleWord(string)"/> for a word not made into a string.</summary>
    public static bool IsTitleWord(ReadOnlySpan<char> word) => TitleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || IsCompoundOrPluralTitle(word);

    // "Vice-Consul", "Deputy-Governor": a title after "Vice-" or "Deputy-" is one; "Associate Justices Zaldy Trespeses and
    // Georgina Hidalgo": so is a listed title with a plural "s" before the names of several people.
    // Spans, not substrings: every capitalised word in "-s" is asked, and its singular was a new string each time.
    private static bool IsCompoundOrPluralTitle(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0])) return false;
        var titles = TitleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (word.StartsWith("Vice-", StringComparison.Ordinal) || word.StartsWith("Deputy-", StringComparison.Ordinal))
        {
            var rest = word[(word.IndexOf('-') + 1)..];
            return rest.Length > 1 && char.IsUpper(rest[0]) && (titles.Contains(rest) || IsListedTitleWord(rest));
        }
        // "Commissioner-General", "Inspector-General", "Auditor-General": a title joined to "General" is the head of a service.
        if (word.EndsWith("-General", StringComparison.Ordinal) && word.Length > 9)
        {
            var head = word[..^8];
            return titles.Contains(head) || IsListedTitleWord(head);
        }
        // "Excellencies": a plural in "-ies" is of a title in "-y".
        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            var singular = string.Concat(word[..^3], "y");
            if (TitleWords.Contains(singular) || IsListedTitleWord(singular)) return true;
        }
        return word[^1] == 's' && word[^2] != 's' && (titles.Contains(word[..^1]) || IsListedTitleWord(word[..^1]));
    }

    private static bool IsListedTitleWord(ReadOnlySpan<char> word) =>
        Lexicon.Instance.Phrases.Lookup(word) is { } entry && entry.Is(GazetteerKind.PersonTitle) && !entry.Is(GazetteerKind.FirstName | GazetteerKind.OrganizationHead);

    /// <summary>Where the name starts in tokens [from, to): after the last title word, if a name is left.</summary>
    public static int NameStart(List<Token> tokens, int from, int to)
    {
        var start = from;
        for (var k = from; k < to - 1; k++)
        {
            var word = tokens[k].Text;
            if (IsTitleWord(word) || (ListedTitle(tokens, k) is { } entry
                && (!entry.Is(GazetteerKind.FirstName) || IsTitleBeforeFullName(tokens, k, to, k > from ? start == k : k > 0 && IsListedTitle(tokens, k - 1)))))
                start = k + 1;
        }
        return start;
    }

    /// <summary>Token k is a title, as <see cref="NameStart"/> reads one: a title word, or listed as a title.</summary>
    public static bool IsListedTitle(List<Token> tokens, int k) => IsTitleWord(tokens[k].Text) || ListedTitle(tokens, k) is not null;

    // Token k on its own as the name lists give it, when they list it as a title.
    private static GazetteerEntry? ListedTitle(List<Token> tokens, int k) =>
        Lexicon.Instance.Phrases.Match(tokens, k, k + 1).Entry is { } entry && entry.Is(GazetteerKind.PersonTitle) ? entry : null;

    // "Crown Prince Mohammed bin Salman": a title that is also a first name ("Prince") is a title when a
    // first name and at least one more word follow it; alone before one word it may be the name itself.
    // "Crown Prince Sheikh Sabah Al-Khalid Al-Sabah": right after another title, it is one more title before three words or more.
    private static bool IsTitleBeforeFullName(List<Token> tokens, int k, int to, bool afterTitle) =>
        (to - k >= 3 && Lexicon.Instance.Phrases.Match(tokens, k + 1, k + 2).Entry is { } next && next.Is(GazetteerKind.FirstName)
            && !next.Is(GazetteerKind.PersonTitle))
        || (afterTitle && to - k >= 4);
}
