using System.Collections.Frozen;
using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// Names listed together are of one kind: "General Motors, Ford and Kia", "Grupo Bimbo and Cemex",
/// "LG Display and the battery maker SK On". A short name the tagger called a person, in a list
/// with an organisation, is an organisation unless it starts with a listed first name.
/// </summary>
internal static class ListTypeRule
{
    public static void Apply(List<Token> tokens, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        spans.Sort((a, b) => a.First.CompareTo(b.First));
        for (var s = 0; s + 1 < spans.Count; s++)
        {
            var (a, b) = (spans[s], spans[s + 1]);
            if (!Listed(tokens, a.Last, b.First, end)) continue;
            // "Viliame Gavoka, the SODELPA leader": a body named before a role says what the person before it leads; no list.
            if (b.Last < end && AppositionRule.IsRole(tokens[b.Last].Text)) continue;
            // "Anand Mistry-Coulthard, Network Rail's route director": a body's possessive after the comma opens the person's role.
            if (b.Last < end && tokens[b.Last].Text is "'s" or "’s" && tokens[a.Last].Text == ",") continue;
            // "the Minister of Marine and Blue Economy, Adegboyega Oyetola": a portfolio, then the minister, is no list.
            if (a.Type == "ORG" && IsLoosePerson(tokens, b, matches) && !IsHolderOf(tokens, a, b, end) && !NameSpanChecks.IsPortfolioAfterTitleAndWord(tokens, a.First, matches.Start))
                spans[s + 1] = b with { Type = "ORG", Source = b.Source + "+rule:list" };
            // "The president of the Djibouti Athletics Federation, Hassanein Robleh Gouled, ...": two or three words that only
            // name people, where the holder of the role stands, are a person whatever the tagger called them.
            else if (a.Type == "ORG" && b.Type is "ORG" or "LOC" && b.Source == "tagger" && b.Entry is null && b.Last - b.First is 2 or 3
                && IsHolderOf(tokens, a, b, end) && RoleNounRule.OnlyPeoplesNames(tokens, matches, b.First, b.Last))
                spans[s + 1] = b with { Type = "PER", Source = b.Source + "+rule:holder" };
            else if (b.Type == "ORG" && IsLoosePerson(tokens, a, matches)) spans[s] = a with { Type = "ORG", Source = a.Source + "+rule:list" };
            // "plants in Ulsan, Asan and Jeonju": one word the tagger called a person, between two places of a list, is a place.
            else if (a.Type == "LOC" && b.Type == "PER" && b.Source == "tagger" && b.Last - b.First == 1 && tokens[a.Last].Text == "," && s + 2 < spans.Count
                && spans[s + 2] is { Type: "LOC" } c && c.First == b.Last + 1 && tokens[b.Last].Text is "," or "and" or "or")
                spans[s + 1] = b with { Type = "LOC", Source = b.Source + "+rule:list" };
            // "civilians in El Geneina and Kadugli", "federations from Oromia, Amhara and Sidama": one unlisted word the tagger
            // called a person, last in a list of places after a place's preposition, is a place.
            else if (a.Type is "LOC" or "NORP" && IsLoneTaggedWord(b, matches) && tokens[b.First - 1].Text is "and" or "or" && b.First - 1 == a.Last
                && AfterPlacePreposition(tokens, spans, s))
                spans[s + 1] = b with { Type = "LOC", Source = b.Source + "+rule:list" };
        }
        PlacesAfterPlaceNoun(tokens, end, spans, matches);
        PlacesBeforePlaceNoun(tokens, end, spans, matches);
        CompaniesAfterCompanyNoun(tokens, end, spans, matches);
    }

    // "Spanish companies such as Repsol, Talgo and Indra", "lenders including Absa and Nedbank": names listed under a plural
    // word for companies are companies, whatever the tagger guessed ("Talgo" a place, "Indra" a person).
    private static void CompaniesAfterCompanyNoun(List<Token> tokens, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var first = spans[s].First;
            var afterNoun = first >= 3 && tokens[first - 2].Text == "such" && tokens[first - 1].Text == "as" && OrganizationNameRule.PluralCues.Contains(tokens[first - 3].Text)
                || first >= 2 && tokens[first - 1].Text is "including" or "like" && OrganizationNameRule.PluralCues.Contains(tokens[first - 2].Text);
            if (!afterNoun) continue;
            for (var t = s; t < spans.Count && (t == s || Listed(tokens, spans[t - 1].Last, spans[t].First, end)); t++)
            {
                var span = spans[t];
                if (span.Type == "ORG" || !span.Source.StartsWith("tagger", StringComparison.Ordinal) || span.Last - span.First > 3
                    || matches.Longest(span.First) is { Entry: { } entry } && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region)) continue;
                spans[t] = span with { Type = "ORG", Source = span.Source + "+rule:company-list" };
            }
        }
    }

    // "irrigation towns such as Griffith and Deniliquin", "the provinces of Sindh and Balochistan":
    // names listed under a plural word for places are places, whatever the tagger guessed.
    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "towns", "cities", "villages", "provinces", "regions", "states", "districts", "counties", "suburbs", "ports",
        "islands", "municipalities", "prefectures", "neighbourhoods", "neighborhoods", "capitals", "communities",
    ]);

    private static void PlacesAfterPlaceNoun(List<Token> tokens, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var first = spans[s].First;
            var afterNoun = first >= 3 && tokens[first - 2].Text == "such" && tokens[first - 1].Text == "as" && PlaceNouns.Contains(tokens[first - 3].Text)
                || first >= 2 && tokens[first - 1].Text is "of" or "including" && PlaceNouns.Contains(tokens[first - 2].Text);
            if (!afterNoun) continue;
            for (var t = s; t < spans.Count && (t == s || Listed(tokens, spans[t - 1].Last, spans[t].First, end)); t++)
            {
                var span = spans[t];
                if (span.Type == "LOC" || !span.Source.StartsWith("tagger", StringComparison.Ordinal) || span.Last - span.First > 3
                    || matches.Single(span.First) is { } entry && entry.Is(GazetteerKind.KnownOrganization)) continue;
                spans[t] = span with { Type = "LOC", Source = span.Source + "+rule:place-list" };
            }
        }
    }

    // "The head of the Eritrean National Athletics Federation, Tesfamariam Ghebremedhin, also sent": a name set off by commas
    // after "of (the)" and an organisation is the one who holds the role, not a second organisation of a list.
    private static bool IsHolderOf(List<Token> tokens, NameSpan organization, NameSpan person, int end)
    {
        var before = organization.First - 1;
        if (before >= 0 && tokens[before].Text is "the" or "The") before--;
        return before >= 1 && tokens[before].Text == "of" && char.IsLower(tokens[before - 1].Text[0]) && tokens[person.First - 1].Text == ","
            && person.Last < end && tokens[person.Last].Text == ",";
    }

    private static bool IsLoneTaggedWord(NameSpan span, GazetteerMatches matches) =>
        span.Type == "PER" && span.Source == "tagger" && span.Last - span.First == 1 && matches.Single(span.First) is null;

    // Whether the list that span s ends goes back, over names joined by commas, to "in", "from", "near" or "across".
    private static bool AfterPlacePreposition(List<Token> tokens, List<NameSpan> spans, int s)
    {
        for (var t = s; t >= 0 && spans[t].Type is "LOC" or "NORP"; t--)
        {
            var before = spans[t].First - 1;
            if (before < 0) return false;
            if (tokens[before].Text is "in" or "from" or "near" or "across") return true;
            if (tokens[before].Text != "," || t == 0 || spans[t - 1].Last != before) return false;
        }
        return false;
    }

    // "the Segura and Júcar basins", "the Afar and Somali regions": one-word names joined by "and" before a plural word for
    // places are places, though the tagger called them people (a surname too, but no first name) or the lists a nationality.
    private static readonly FrozenSet<string> PlaceNounsAfter = FrozenSet.Create(StringComparer.Ordinal,
    [
        "basins", "rivers", "valleys", "regions", "provinces", "districts", "states", "counties", "islands", "mountains",
    ]);

    private static void PlacesBeforePlaceNoun(List<Token> tokens, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var s = 0; s + 1 < spans.Count; s++)
        {
            var (a, b) = (spans[s], spans[s + 1]);
            if (b.Last >= end || !PlaceNounsAfter.Contains(tokens[b.Last].Text) || b.First - 1 != a.Last || tokens[a.Last].Text != "and") continue;
            foreach (var t in new[] { s, s + 1 })
                if (spans[t] is { Type: "PER" or "NORP", Source: "tagger" or "tagger+gazetteer" or "gazetteer:demonyms" } one && one.Last - one.First == 1
                    && !(matches.Single(one.First) is { } listed && listed.Is(GazetteerKind.FirstName)))
                    spans[t] = spans[t] with { Type = "LOC", Source = spans[t].Source + "+rule:place-list" };
        }
    }

    // Between two names of a list: ",", "and", "or", and after "and the" a few lower-case words ("and the battery maker").
    private static bool Listed(List<Token> tokens, int from, int to, int end)
    {
        if (to - from == 1) return tokens[from].Text is "," or "and" or "or";
        if (to - from < 2 || to - from > 5 || tokens[from].Text is not ("and" or "or" or ",") || to > end) return false;
        return tokens[from + 1].Text == "the" && Enumerable.Range(from + 2, to - from - 2).All(k => char.IsLower(tokens[k].Text[0]));
    }

    // "Mariyam Mohamed", "Abdusalom Azizov": two words that end in a listed name or a family name's ending are a person
    // whatever they are listed with ("Chung Mong-gyu of the Korea Football Association and Mariyam Mohamed of ...").
    private static bool IsLoosePerson(List<Token> tokens, NameSpan span, GazetteerMatches matches) =>
        span.Type == "PER" && span.Source == "tagger" && span.Last - span.First <= 2
        && !(matches.Single(span.First) is { } entry && entry.Is(GazetteerKind.FirstName | GazetteerKind.FamilyNameFirst | GazetteerKind.Surname))
        && !(span.Last - span.First == 2 && (NameFinder.HasSurnameEnding(tokens[span.Last - 1].Text)
            || matches.Single(span.Last - 1) is { } last && last.Is(GazetteerKind.FirstName | GazetteerKind.Surname)));
}
