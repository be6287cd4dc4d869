using System.Collections.Frozen;
using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "analysts at Jefferies", "a strategist at Pictet", "the former chief executive of Wirecard": a
/// name right after a job in business or research and "at" or "of" is the employer, an
/// organisation, though the tagger reads a lone unknown word after "at" as a place. A listed
/// place keeps its type ("economists at Cambridge" may mean the town), and so does a listed person's name.
/// Likewise a lone name that has shares ("shares of Kroger", "Albertsons shares") is a company, and one that has offices an organisation.
/// </summary>
internal static class EmployerRule
{
    // Jobs held at a company, a bank or an institute, never at a town: "mayor of", "governor of",
    // "president of", "head of" are left out, since they are offices of places.
    private static readonly FrozenSet<string> Jobs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "executive", "executives",
        "chairman", "chairwoman", "CEO", "founder", "co-founder", "shareholder", "shareholders", "employee", "employees",
        "researcher", "researchers", "trader", "traders", "banker", "bankers", "engineer", "engineers", "lawyer", "lawyers",
        "partner", "officer", "director", "scientist", "scientists", "boss", "investor", "manager", "managers",
    ]);

    // Titles held only in a company: "President" and "Minister" are offices of places too.
    internal static readonly FrozenSet<string> CompanyTitles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Chairman", "Chairwoman", "CEO", "Chief", "CFO", "COO", "Founder", "Co-founder",
    ]);

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        // Each loop acts only at a word most sentences lack, and runs where the sentence holds it (WordCues).
        if (matches.Has(WordCues.Job))
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            if (type is not ("LOC" or "PER") || entry is not null || first - 2 < start || last - first > 3) continue;
            if (tokens[first - 1].Text is not ("at" or "of") || !Jobs.Contains(tokens[first - 2].Text)) continue;
            if (IsListedPlaceOrPerson(matches, first, last)) continue;
            spans[s] = (first, last, "ORG", source + "+rule:employer", null);
        }
        // "the former chief executive of Brightwater": so is a lone capitalised word there that the tagger left out, unless a
        // list knows it, English writes it in lower case too ("director of Research") or it describes what follows ("Lisbon-based").
        if (matches.Has(WordCues.Job))
        for (var k = start + 2; k < end; k++)
        {
            if (tokens[k - 1].Text is not ("at" or "of") || !Jobs.Contains(tokens[k - 2].Text) || !IsUntaggedNameWord(tokens[k].Text)
                || !OrganizationNameRule.IsNameWord(tokens[k].Text)) continue;
            if ((k + 1 < end && char.IsUpper(tokens[k + 1].Text[0])) || matches.Longest(k).Entry is not null || FeatureExtractor.IsLowerCaseWord(tokens[k].Text)
                || Holds(spans, k)) continue;
            spans.Add((k, k + 1, "ORG", "rule:employer", null));
        }
        // "Pilbara shares rose": so is a lone capitalised word right before "shares" that the tagger left out, unless a list
        // knows it or it is an English word ("Mining shares", "Bank shares", "Asian shares" say what kind).
        // "while shares of Torvane fell": and so is one right after "shares of", where no capitalised word goes on after it.
        if (matches.Has(WordCues.TradeWord))
        for (var k = start; k < end; k++)
        {
            var sharesOf = k - 2 >= start && tokens[k - 1].Text == "of" && tokens[k - 2].Text is "shares" or "Shares" && !(k + 1 < end && char.IsUpper(tokens[k + 1].Text[0]));
            if ((!sharesOf && !(k + 1 < end && tokens[k + 1].Text == "shares")) || !IsUntaggedNameWord(tokens[k].Text) || !OrganizationNameRule.IsNameWord(tokens[k].Text)
                || (k > start && char.IsUpper(tokens[k - 1].Text[0])) || matches.Longest(k).Entry is not null || FeatureExtractor.IsEnglishWord(tokens[k].Text)
                || Holds(spans, k)) continue;
            spans.Add((k, k + 1, "ORG", "rule:shares", null));
        }
        // "Codelco Chairman Maximo Pacheco": a lone word right before a company title and a name is the company.
        // "Hanwha/PER Ocean CEO Kim Hee-cheol": so is a lone word with the capitalised words the tagger left
        // between it and the title, up to three words in all.
        if (matches.Has(WordCues.CompanyTitle))
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            if (type is not ("LOC" or "PER") || entry is not null || last - first != 1) continue;
            var title = last;
            while (title < end && title - first < 3 && IsUntaggedNameWord(tokens[title].Text) && !Holds(spans, title)) title++;
            if (title + 1 >= end || !CompanyTitles.Contains(tokens[title].Text) || !char.IsUpper(tokens[title + 1].Text[0]) || IsListedPlaceOrPerson(matches, first, title)) continue;
            if (matches.Single(first) is { } listed && listed.Is(GazetteerKind.FirstName | GazetteerKind.Surname | GazetteerKind.Demonym)) continue;
            spans[s] = (first, title, "ORG", source + "+rule:employer", null);
        }
        // "shares of Marlow Dockworks", "the Ferraro Lowe offices": a name of up to three words, unlisted as a place, with a
        // first name nowhere at its start.
        if (matches.Has(WordCues.TradeWord))
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            // An organisation the tagger found is marked too, so that this mention outweighs its guesses at the name elsewhere.
            if (type is not ("LOC" or "PER" or "ORG") || entry is not null || last - first > 3) continue;
            var rule = IsTraded(tokens, start, end, first, last) ? "+rule:shares" : HasOffices(tokens, end, last) ? "+rule:offices" : null;
            if (rule is null || IsListedPlaceOrPerson(matches, first, last) || matches.Single(first) is { } name && name.Is(GazetteerKind.FirstName)) continue;
            spans[s] = (first, last, "ORG", source + rule, null);
        }
    }

    /// <summary>"executive of": a job held at a company.</summary>
    internal static bool IsJob(string word) => Jobs.Contains(word);

    /// <summary>"CEO", "Chairman": a company's title.</summary>
    internal static bool IsCompanyTitle(string word) => CompanyTitles.Contains(word);

    /// <summary>
    /// Every word the "shares" loop, <see cref="IsTraded"/> and <see cref="HasOffices"/> look for: the loops that use them run
    /// only in a sentence that holds one, so a word added there is added here.
    /// </summary>
    internal static bool IsTradeWord(string word) => word is "shares" or "Shares" or "stake" or "stock" or "offices" or "headquarters";

    // "the Ferraro Lowe offices", "the Halvorsen headquarters": what has offices is a firm or a body, not a place or a person.
    private static bool HasOffices(List<Token> tokens, int end, int last) => last < end && tokens[last].Text is "offices" or "headquarters";

    // "shares of Kroger", "a stake in Albertsons", "Albertsons shares rose": what has shares is a company.
    private static bool IsTraded(List<Token> tokens, int start, int end, int first, int last) =>
        (first - 2 >= start && tokens[first - 1].Text is "of" or "in" && tokens[first - 2].Text is "shares" or "Shares" or "stake" or "stock")
        || (last < end && tokens[last].Text == "shares")
        || (last + 1 < end && tokens[last].Text is "'s" or "’s" && tokens[last + 1].Text == "shares");

    // A capitalised word that may go on a company's name: not a title ("CEO", "Chief") and not an English stop word ("The").
    private static bool IsUntaggedNameWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !CompanyTitles.Contains(word) && !Stopwords.English.Contains(word); // the list ignores case

    private static bool IsListedPlaceOrPerson(GazetteerMatches matches, int first, int last)
    {
        if (matches.Exactly(first, last) is { } listed
            && listed.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.WorldRegion)) return true;
        // "a lawyer of Maria Lopez": a first name starts a person, not an employer.
        return last - first > 1 && matches.Single(first) is { } name && name.Is(GazetteerKind.FirstName);
    }

    // A loop, not List.Exists with a lambda: one capturing the token index allocates a closure and a delegate on every call.
    private static bool Holds(List<NameSpan> spans, int k)
    {
        foreach (var o in spans)
            if (o.First <= k && k < o.Last) return true;
        return false;
    }
}
