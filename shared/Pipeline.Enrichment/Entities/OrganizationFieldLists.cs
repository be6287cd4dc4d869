namespace Pipeline.Enrichment;

/// <summary>
/// A body named by the fields it covers lists them, and the list is part of its name, where the tagger and the rules
/// found only its last part:
/// <list type="bullet">
/// <item>before a head word: "the Geological, Mining and Metallurgical Institute", "Brazilian Sugarcane and Bioenergy Industry
/// Association", "Senate Commerce, Science, and Transportation Committee", "the Arctic and Antarctic Research Institute";</item>
/// <item>after "of" or "for", two fields sharing a plural: "Bureau of East Asian and Pacific Affairs", "International Federation of
/// Red Cross and Red Crescent Societies", "Community of Latin American and Caribbean States".</item>
/// </list>
/// A listed word the text names on its own as a body, a person or a country ("Siemens, Bosch and Volkswagen Group", "France and
/// Security Council members") is no field: the list is of names then, not of fields.
/// </summary>
internal static class OrganizationFieldLists
{
    private static readonly HashSet<string> PluralFields = new(StringComparer.Ordinal)
    {
        "Affairs", "Societies", "States", "Issues", "Studies", "Sciences", "Services", "Relations", "Resources", "Rights", "Industries",
        "Territories", "Communities", "Nations", "Works", "Fisheries", "Forests",
    };

    private const int MaxFields = 4;

    public static List<EntitySpan> Apply(string text, List<Token> tokens, List<EntitySpan> names)
    {
        if (text.IndexOf(" and ", StringComparison.Ordinal) < 0) return names;
        List<EntitySpan>? result = null;
        for (var i = 0; i < names.Count; i++)
        {
            var span = (result ?? names)[i];
            if (span is null || span.Type != EntityTypes.Organization) continue;
            var merged = FieldsBefore(text, tokens, result ?? names, span) ?? SharedPlural(text, result ?? names, span);
            if (merged is null) continue;
            result ??= [.. names];
            for (var k = 0; k < result.Count; k++)
                if (result[k] is { } other && other != span && other.Start >= merged.Start && other.End <= merged.End) result[k] = null!;
            result[i] = merged;
        }
        if (result is null) return names;
        result.RemoveAll(n => n is null);
        return result;
    }

    // "the Geological, Mining and Metallurgical Institute": back from the body over ", Word" and " and Word", then one word
    // right before the list ("Brazilian", "Senate").
    private static EntitySpan? FieldsBefore(string text, List<Token> tokens, List<EntitySpan> names, EntitySpan span)
    {
        // A company's registered name ("BlackRock, Inc.") is whole as written.
        var k = TokenSearch.IndexAt(tokens, span.Start);
        if (k < 2 || !LastWordHead(tokens, span) || span.Source.Contains("rule:legal-form", StringComparison.Ordinal)) return null;
        var first = k;
        var fields = 0;
        // The body's own name may open with "A and B" already ("Petroleum and Gas Board"): the list goes on before it.
        var opensWithAnd = k + 2 < tokens.Count && tokens[k + 1].Text == "and" && tokens[k + 2].End <= span.End;
        while (fields < MaxFields && first >= 2)
        {
            var separator = tokens[first - 1].Text;
            var word = first - 2;
            // "Commerce, Science, and Transportation": a comma before "and" too, in a list of more than two ("Western Balkans, and
            // Karwan Exchange LLC" ends one clause and opens another).
            if (separator == "and" && tokens[word].Text == "," && word >= 2)
            {
                word--;
                if (tokens[word - 1].Text != ",") break;
            }
            if (separator is not ("and" or ",") || !IsField(tokens, names, word, place: false)) break;
            if (separator == "," && fields == 0 && !opensWithAnd && !HasAndAhead(tokens, first, span)) break;
            first = word;
            fields++;
        }
        if (fields == 0) return null;
        // "Brazilian Sugarcane and ...", "Senate Commerce, ...": one word right before the list, itself no body, person or country.
        if (first >= 1 && IsCapitalised(tokens[first - 1].Text) && IsField(tokens, names, first - 1, place: true) && !IsOpening(tokens, first - 1)) first--;
        else if (IsOpening(tokens, first) && tokens[first].Text == "The") return null;
        return new EntitySpan(tokens[first].Start, span.End, text[tokens[first].Start..span.End], EntityTypes.Organization, span.Source + "+rule:field-list");
    }

    // "Bureau of East Asian" and "Pacific Affairs": a body ending in "of"/"for" a field, then "and" and a field with a plural.
    private static EntitySpan? SharedPlural(string text, List<EntitySpan> names, EntitySpan span)
    {
        if (!span.Name.Contains(" of ", StringComparison.Ordinal) && !span.Name.Contains(" for ", StringComparison.Ordinal)) return null;
        if (span.End + 5 >= text.Length || string.CompareOrdinal(text, span.End, " and ", 0, 5) != 0) return null;
        foreach (var next in names)
        {
            if (next is null || next.Start != span.End + 5) continue;
            var words = next.Name.Split(' ');
            if (words.Length > 3 || next.Type == EntityTypes.Person) return null;
            var end = next.End;
            // "Indian Ocean" and then "Affairs": the plural may follow a place the lists know.
            if (!PluralFields.Contains(words[^1]))
            {
                var after = end + 1;
                while (after < text.Length && char.IsLetter(text[after])) after++;
                if (end >= text.Length || text[end] != ' ' || !PluralFields.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(end + 1, after - end - 1))) return null;
                end = after;
            }
            return new EntitySpan(span.Start, end, text[span.Start..end], EntityTypes.Organization, span.Source + "+rule:field-list");
        }
        return null;
    }

    private static bool HasAndAhead(List<Token> tokens, int from, EntitySpan span)
    {
        for (var k = from; k < tokens.Count && tokens[k].End <= span.End; k++)
            if (tokens[k].Text == "and") return true;
        return false;
    }

    private static bool LastWordHead(List<Token> tokens, EntitySpan span)
    {
        var last = TokenSearch.IndexEndingAt(tokens, span.End);
        if (last < 0) return false;
        var entry = Lexicon.Instance.Phrases.Lookup(tokens[last].Text);
        return entry is not null && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix) && !entry.Is(GazetteerKind.PersonTitle);
    }

    // A capitalised word that no name of its own covers; before the list, also a place no country ("Rwanda Mines"). A place
    // in the list is one of several places ("Ankara and Qatar National Bank").
    private static bool IsField(List<Token> tokens, List<EntitySpan> names, int k, bool place)
    {
        var word = tokens[k].Text;
        if (!IsCapitalised(word) || NameParticles.IsRomanceArticle(word) || word is "The" or "A" or "An") return false;
        foreach (var n in names)
        {
            if (n is null || n.End <= tokens[k].Start || n.Start >= tokens[k].End) continue;
            if (n.Type != EntityTypes.Location || !place) return false;
            if (Lexicon.Instance.Phrases.Lookup(n.Name) is { } entry && entry.Is(GazetteerKind.Country)) return false;
        }
        return true;
    }

    private static bool IsCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && CharChecks.AnyLetter(word);

    private static bool IsOpening(List<Token> tokens, int k) => k == 0 || tokens[k - 1].Text is "." or "!" or "?" or ":";
}
