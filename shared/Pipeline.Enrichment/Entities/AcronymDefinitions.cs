namespace Pipeline.Enrichment;

/// <summary>
/// "the United Nations Mission to Support the Hodeidah Agreement (UNMHA)": a body's name is defined by the acronym
/// in brackets after it, and the words before the brackets whose capitals spell the acronym are the whole name, where
/// the tagger cut it short ("United Nations Mission to Support") or found only a piece of it ("Asia" in "Conference on
/// Interaction and Confidence-Building Measures in Asia (CICA)"). The name becomes one organisation, and the acronym's
/// mentions are then linked to it as its short form.
/// </summary>
internal static class AcronymDefinitions
{
    private const int MaxNameTokens = 16;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "for", "to", "and", "in", "on", "de", "des", "du", "la", "le", "del", "y", "&", "et", "di", "da", "do", "dos", "das",
        "für", "und", "e",
    };

    private static readonly HashSet<string> OfficeWords = new(StringComparer.Ordinal) { "Office", "Secretariat", "Bureau", "Department" };

    public static List<EntitySpan> Apply(string text, List<Token> tokens, List<EntitySpan> names)
    {
        List<EntitySpan>? result = null;
        Dictionary<string, (GazetteerEntry? Entry, string Name)>? places = null;
        for (var k = 2; k + 2 < tokens.Count; k++)
        {
            if (tokens[k].Text != "(" || tokens[k + 2].Text != ")" || !IsAcronym(tokens[k + 1].Text)) continue;
            var current = result ?? names;
            var start = NameStart(tokens, k, tokens[k + 1].Text, current);
            if (start < 0) continue;
            var (from, to) = (tokens[start].Start, tokens[k - 1].End);
            // "the Democratic Republic of the Congo (DRC)": a listed country or region defines a place's acronym; the place stays
            // a place, and each mention of the acronym, whatever the tagger typed it, names that place.
            var placeName = tokens[start].Text == "The" ? text[tokens[start + 1].Start..to] : text[from..to];
            if (ListedPlace(placeName) is { } place)
            {
                (places ??= new Dictionary<string, (GazetteerEntry?, string)>(StringComparer.Ordinal)).TryAdd(tokens[k + 1].Text, (place, placeName));
                continue;
            }
            // "the Grand Ethiopian Renaissance Dam (GERD)", "Komfo Anokye Teaching Hospital (KATH)": a place found with a work's or a
            // building's last word, defined by its acronym, stays a place, and each mention of the acronym names it.
            if (IsNamedPlace(current, from, to, tokens[k - 1].Text))
            {
                (places ??= new Dictionary<string, (GazetteerEntry?, string)>(StringComparer.Ordinal)).TryAdd(tokens[k + 1].Text, (null, text[from..to]));
                continue;
            }
            // Only where no name found already crosses the run's edges, and the run is not already one organisation.
            if (CrossesOrIsOrganization(current, from, to)) continue;
            result ??= [.. names];
            RemoveInside(result, from, to);
            result.Add(new EntitySpan(from, to, text[from..to], EntityTypes.Organization, "rule:acronym-definition"));
        }
        if (places is not null)
        {
            result ??= [.. names];
            for (var i = 0; i < result.Count; i++)
                if (places.TryGetValue(result[i].Text, out var place) && (result[i].Type != EntityTypes.Location || result[i].Canonical is null))
                    result[i] = result[i] with { Type = EntityTypes.Location, Canonical = place.Entry?.Canonical ?? place.Name, CountryCode = place.Entry?.CountryCode, Source = result[i].Source + "+rule:acronym-definition" };
        }
        if (result is null) return names;
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    // Loops rather than lambdas: the closure over the run's edges was allocated for every token of the text.
    private static bool CrossesOrIsOrganization(List<EntitySpan> names, int from, int to)
    {
        foreach (var n in names)
            if ((n.Start < from && n.End > from) || (n.Start < to && n.End > to)) return true;
        foreach (var n in names)
            if (n.Start == from && n.End == to && n.Type == EntityTypes.Organization) return true;
        return false;
    }

    // A place found word for word over [from, to) whose last word names a work or a building ("Dam", "Hospital", "Park"); not
    // an area's or a road's word, which bodies take too ("Squamish-Lillooet Regional District", "Long Island Rail Road").
    private static bool IsNamedPlace(List<EntitySpan> names, int from, int to, string lastWord)
    {
        if (lastWord is not ("Dam" or "Reservoir" or "Barrage" or "Park") && !PlaceNameRule.IsFacilityWord(lastWord) && !PlaceNameRule.IsHospitalWord(lastWord)) return false;
        foreach (var n in names)
            if (n.Start == from && n.End == to && n.Type == EntityTypes.Location) return true;
        return false;
    }

    private static void RemoveInside(List<EntitySpan> names, int from, int to)
    {
        var kept = 0;
        for (var i = 0; i < names.Count; i++)
            if (!(names[i].Start >= from && names[i].End <= to)) names[kept++] = names[i];
        names.RemoveRange(kept, names.Count - kept);
    }

    // "The African Union and the United Nations Office for West Africa and the Sahel (UNOWAS)": no name starts inside one found.
    private static bool InsideName(List<EntitySpan> names, int position)
    {
        foreach (var n in names)
            if (n.Start < position && n.End > position) return true;
        return false;
    }

    // A name found that starts at token s and ends right before "and", where the words after that "and" spell the acronym on
    // their own ("The African Union and the United Nations Office for Central Africa and the Great Lakes (UNOCAGL)" is one body
    // from "United", though "United Nations Office for Central Africa" was found before "and the Great Lakes").
    private static bool NameBeforeAnd(List<Token> tokens, List<EntitySpan> names, int s, int last, string acronym)
    {
        foreach (var n in names)
        {
            if (n.Start != tokens[s].Start) continue;
            for (var j = s + 1; j < last - 1; j++)
            {
                if (tokens[j].Start < n.End) continue;
                if (tokens[j].Text != "and") return false;
                for (var t = j + 1; t < last - 1; t++)
                    if (IsCapitalised(tokens[t].Text) && Initial(tokens[t].Text) == acronym[0] && Spells(tokens, t, last, acronym)) return true;
                return false;
            }
        }
        return false;
    }

    private static GazetteerEntry? ListedPlace(string name) =>
        Lexicon.Instance.Phrases.Lookup(name) is { } entry && entry.Is(GazetteerKind.Country | GazetteerKind.Region) && !entry.Is(GazetteerKind.KnownOrganization) ? entry : null;

    private static bool IsAcronym(string word)
    {
        if (word.Length is < 2 or > 10) return false;
        foreach (var c in word)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    // The furthest token back, within the run of capitalised words and connectors right before the bracket at k, that
    // opens with the acronym's first letter and from which the capitals spell the acronym (words may be skipped, the
    // first and the last may not), or whose words each give the acronym their first letter and more; or -1.
    private static int NameStart(List<Token> tokens, int k, string acronym, List<EntitySpan> names)
    {
        var runStart = k;
        while (runStart > 0 && k - runStart < MaxNameTokens && (IsCapitalised(tokens[runStart - 1].Text) || Connectors.Contains(tokens[runStart - 1].Text))) runStart--;
        if (!IsCapitalised(tokens[k - 1].Text)) return -1;
        // "Office National de l'Electricité et de l'Eau Potable (ONEE)": a French name's last adjective may stay out of it.
        var last = Initial(tokens[k - 1].Text) == acronym[^1] ? k
            : k >= 3 && IsCapitalised(tokens[k - 2].Text) && tokens[k - 2].Text != Body(tokens[k - 2].Text) && Initial(tokens[k - 2].Text) == acronym[^1] ? k - 1
            : -1;
        // "With the World Health Organization (WHO)": a preposition or a conjunction that only the sentence's start capitalises
        // opens no name, though its first letter is the acronym's.
        // "between Iran and the International Atomic Energy Agency (IAEA)": nor does a name found on its own before "and".
        for (var s = runStart; s < last - 1; s++)
            if (IsCapitalised(tokens[s].Text) && Initial(tokens[s].Text) == acronym[0] && !NameFinder.CapitalisedFunctionWords.Contains(tokens[s].Text) && !InsideName(names, tokens[s].Start)
                && !NameBeforeAnd(tokens, names, s, last, acronym) && Spells(tokens, s, last, acronym))
                // "Office of the United Nations High Commissioner for Refugees (UNHCR)": the office the acronym leaves out is the name's start.
                return s - 3 >= runStart && OfficeWords.Contains(tokens[s - 3].Text) && tokens[s - 2].Text == "of" && tokens[s - 1].Text == "the" ? s - 3 : s;
        // "Société Mauritanienne d'Electricité (SOMELEC)": an acronym made of each word's first letters and more of its
        // letters in order, where every capitalised word of the name gives at least its first letter.
        for (var s = runStart; s < k - 1; s++)
            if (IsCapitalised(tokens[s].Text) && Initial(tokens[s].Text) == acronym[0] && !NameFinder.CapitalisedFunctionWords.Contains(tokens[s].Text) && !InsideName(names, tokens[s].Start) && !NameBeforeAnd(tokens, names, s, k, acronym) && SpellsBySyllables(tokens, s, k, acronym, 0))
                return s;
        // "Électricité du Laos (EDL)", "Électricité de France (EDF)": a French, Spanish or Portuguese acronym may take the first
        // letter of every word, the article between the capitalised words too.
        var first = k - acronym.Length;
        if (first >= runStart && IsCapitalised(tokens[first].Text) && !InsideName(names, tokens[first].Start) && SpellsByEveryWord(tokens, first, k, acronym))
            return first;
        return -1;
    }

    private static bool SpellsByEveryWord(List<Token> tokens, int from, int to, string acronym)
    {
        var connectors = 0;
        for (var j = from; j < to; j++)
        {
            if (Letter(tokens[j].Text[0]) != acronym[j - from]) return false;
            if (!IsCapitalised(tokens[j].Text)) connectors++;
        }
        return connectors > 0;
    }

    private static bool SpellsBySyllables(List<Token> tokens, int from, int to, string acronym, int next)
    {
        while (from < to && !IsCapitalised(tokens[from].Text)) from++;
        if (from == to) return next == acronym.Length;
        var word = tokens[from].Text;
        var i = word.Length - Body(word).Length;
        if (next == acronym.Length || Letter(word[i]) != acronym[next]) return false;
        // The first letter, then each choice of how many more letters this word gives, in order.
        var matched = next + 1;
        if (SpellsBySyllables(tokens, from + 1, to, acronym, matched)) return true;
        for (var j = i + 1; j < word.Length && matched < acronym.Length; j++)
        {
            if (Letter(word[j]) != acronym[matched]) continue;
            matched++;
            if (SpellsBySyllables(tokens, from + 1, to, acronym, matched)) return true;
        }
        return false;
    }

    private static bool Spells(List<Token> tokens, int from, int to, string acronym)
    {
        var next = 0;
        var capitals = 0;
        for (var j = from; j < to; j++)
        {
            if (!IsCapitalised(tokens[j].Text)) continue;
            // "Confidence-Building": each part of a hyphenated word has its capital.
            foreach (var part in Body(tokens[j].Text).Split('-'))
            {
                if (part.Length == 0 || !char.IsUpper(part[0])) continue;
                // "UN High Commissioner for Refugees (UNHCR)": an acronym inside the name gives all its letters.
                var letters = part.Length <= 4 && IsAcronym(part) ? part : part[..1];
                foreach (var letter in letters)
                {
                    capitals++;
                    if (next < acronym.Length && Letter(letter) == acronym[next]) next++;
                }
            }
        }
        // Every letter spelt, and not from a run much longer than the acronym.
        return next == acronym.Length && capitals <= acronym.Length + 2;
    }

    // "l'Electricité", "d'Eau": a French or Italian elided article glued to a capitalised word counts as that word.
    private static bool IsCapitalised(string word)
    {
        var body = Body(word);
        return body.Length > 1 && char.IsUpper(body[0]) && char.IsLetter(body[0]);
    }

    private static char Initial(string word) => Letter(Body(word)[0]);

    // "Électroniques", "États": an acronym drops the accent ("ARCEP", "BCEAO"), so a letter counts without it.
    private static char Letter(char c)
    {
        if (c < 'À') return char.ToUpperInvariant(c);
        var plain = c.ToString().Normalize(System.Text.NormalizationForm.FormD)[0];
        return char.ToUpperInvariant(plain);
    }

    private static string Body(string word) =>
        word.Length > 3 && word[0] is 'l' or 'd' && word[1] is '\'' or '’' && char.IsUpper(word[2]) ? word[2..] : word;
}
