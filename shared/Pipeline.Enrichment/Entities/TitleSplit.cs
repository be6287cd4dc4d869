using System.Collections.Frozen;
using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// A tagged organisation or place that runs over a person's title holds a person after it:
/// "Security Council Secretary Nikolai Patrushev" is an organisation and a person, "Saudi Deputy
/// Energy Minister Faisal" a portfolio and a person. The part before the title stays only when
/// it names an organisation (a head word or a listed name).
/// </summary>
internal static class TitleSplit
{
    /// <summary>Adds the pieces of the tagged span [<paramref name="from"/>, <paramref name="to"/>) to <paramref name="pieces"/>, in order.</summary>
    /// <remarks>Into the caller's list rather than as an iterator: one was allocated for every tagged span.</remarks>
    public static void Split(List<Token> tokens, int from, int to, string type, GazetteerMatches matches, List<NameSpan> pieces)
    {
        // "Lars Jensen of Vespucci Maritime": a first name and a surname, then "of" and capitalised words, are a person and
        // where the person works, which the name lists or the tagger's type for the rest then settle.
        if (type == "PER" && PersonOf(tokens, from, to, matches) is var of and > 0)
        {
            pieces.Add((from, of, "PER", "tagger", null));
            pieces.Add((of + 1, to, "ORG", "tagger+rule:person-of", null));
            return;
        }
        // "Deputy Minister of Foreign Affairs Haryoseno", "Minister of Environment and Energy Carla Silva": a span that opens in the
        // portfolio of a title before it holds the portfolio's last words, then the person.
        if (type is "PER" or "ORG" && PortfolioBefore(tokens, from, matches) && PersonAfterPortfolio(tokens, from, to, type, matches) is var holderAt and > 0)
        {
            // "Head of UNHCR Filippo Grandi": a body named right before the person (a listed name or a head word that ends there) stays
            // ("Director-General for ASEAN Cooperation" is a portfolio that names one).
            if (type == "ORG" && BodyEndsAt(tokens, from, holderAt, matches)) pieces.Add((from, holderAt, type, "tagger", null));
            if (holderAt < to) pieces.Add((holderAt, to, "PER", "tagger+rule:title", null));
            return;
        }
        if (type is "PER" or "MISC") { pieces.Add((from, to, type, "tagger", null)); return; }
        // "Special Envoy for Syria Geir Pedersen": after a title and "for", a listed place, then the person.
        // "President of Russia Vladimir Putin", "Minister for Foreign Affairs of Japan Iwaya Takeshi", "Ambassador of
        // Kazakhstan to the Republic of Korea Nurgali Arystanov met ...": so after "of", "to the", and a title further back.
        if (PlaceAt(matches, from) is var place && place > 0 && from + place < to && char.IsUpper(tokens[from + place].Text[0])
            && !PlaceNameWords.Contains(tokens[from + place].Text) && TitleBeforePlace(tokens, from, matches))
        {
            // The person's name runs to the first lower-case word: a tagged span may run on past it.
            var name = from + place;
            while (name < to && name - (from + place) < 5 && (char.IsUpper(tokens[name].Text[0]) || NameParticles.IsParticle(tokens[name].Text) || tokens[name].Text == "."))
                name++;
            pieces.Add((from, from + place, "LOC", "tagger+rule:title", null));
            if (name > from + place && char.IsUpper(tokens[name - 1].Text[0]) && !IsTitleEnd(tokens, from + place, matches))
                pieces.Add((from + place, name, "PER", "tagger+rule:title", null));
            return;
        }
        // "Assistant Secretary-General for Humanitarian Affairs": a portfolio after a title, not an organisation.
        if (from - 2 >= matches.Start && tokens[from - 1].Text == "for" && tokens[to - 1].Text == "Affairs" && IsTitleEnd(tokens, from - 2, matches)) return;
        // "Ministry of Foreign Affairs Mohammed bin Abdulaziz Al-Khulaifi": a first name right after an organisation's last word starts a person.
        if (type == "ORG" && PersonAfterOrganization(tokens, from, to, matches) is var person && person > from)
        {
            // "... Affairs Mohammed" + "bin Abdulaziz Al-Khulaifi": the name goes on over a particle and the words after it.
            var end = to;
            while (end + 1 < tokens.Count && end - person < 6 && NameParticles.IsParticle(tokens[end].Text) && char.IsUpper(tokens[end + 1].Text[0]))
            {
                end += 2;
                while (end < tokens.Count && end - person < 6 && (NameParticles.IsArticleName(tokens[end].Text) || char.IsUpper(tokens[end].Text[0]) && CharChecks.AnyLetterOrDigit(tokens[end].Text))) end++;
            }
            if (end - person < 2) { pieces.Add((from, to, type, "tagger", null)); return; }
            // "Saudi Vice Minister of Foreign Affairs Waleed Elkhereiji": what runs from a title to the name is the
            // person's title, not an organisation; only an organisation named before the title stays.
            var titleAt = FirstTitle(from, person, matches);
            if (titleAt < 0 || HasOrganizationWord(tokens, from, titleAt, matches)) pieces.Add((from, titleAt < 0 ? person : titleAt, type, "tagger", null));
            pieces.Add((person, end, "PER", "tagger+rule:title", null));
            return;
        }
        // "United Nations Special Envoy" + "for Syria ...", "the Saudi Defence Minister": a name that ends in a title is
        // the organisation before the title, if there is one.
        if (TitleStart(tokens, from, to, matches) is var cut && cut > from)
        {
            if (HasOrganizationWord(tokens, from, cut, matches)) pieces.Add((from, cut, type, "tagger", null));
            return;
        }
        var title = -1;
        var titleEnd = -1;
        for (var k = from + 1; k < to - 1 && title < 0; k++)
        {
            // "Office of the Commissioner of Higher Education": an officer's title after "the" and before "of" or "for" names the
            // office the body is, no person's title.
            if (tokens[k - 1].Text == "the" && IsOfficeNamedByOfficer(tokens, k, to, matches)) continue;
            var (length, entry) = matches.Longest(k);
            if (entry is not null && IsTitleOnly(entry) && k + length < to)
                (title, titleEnd) = (k, k + length);
            // "National Security Adviser Qasim al-Araji": a word that ends titles ends this one, listed or not.
            else if (PersonTitles.IsTitleWord(tokens[k].Text) && entry is null && char.IsUpper(tokens[k + 1].Text[0]))
                (title, titleEnd) = (k, k + 1);
        }
        // "General Directorate of General Security": a title word after "of", before capitalised words English writes in lower
        // case, names the body's field, and no person follows it ("Court of Justice backs Commission" is cut after "Justice").
        if (title < 0 || (tokens[title - 1].Text == "of" && AllOrdinaryWords(tokens, titleEnd, to))) { pieces.Add((from, to, type, "tagger", null)); return; }
        if (HasOrganizationWord(tokens, from, title, matches)) pieces.Add((from, title, type, "tagger", null));
        // "United Nations Special Envoy for Yemen Hans Grundberg": the office's place between the title and the person is named too.
        var holder = titleEnd;
        if (OfficePlace(tokens, titleEnd, to, matches) is var (placeFirst, placeLast) && placeLast > placeFirst)
        {
            pieces.Add((placeFirst, placeLast, "LOC", "tagger+rule:title", matches.ExactlyPlace(placeFirst, placeLast)));
            holder = placeLast;
        }
        if (holder < to) pieces.Add((holder, to, "PER", "tagger+rule:title", null));
    }

    private static bool BodyEndsAt(List<Token> tokens, int from, int to, GazetteerMatches matches)
    {
        if (matches.Single(to - 1) is { } last && last.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix) && !OrganizationNameRule.WeakHeads.Contains(tokens[to - 1].Text)) return true;
        for (var k = from; k < to; k++)
            if (matches.Longest(k) is ({ } length, { } listed) && k + length == to && listed.Is(GazetteerKind.KnownOrganization)) return true;
        return false;
    }

    // Token k goes on with a title's portfolio: capitalised words, or "of", "for", "and", back to a title, with "of" or "for"
    // after the title ("Deputy Minister of Foreign", "Director-General for", "Minister of Environment and"). "the" names a body
    // ("Executive Director of the World Food Programme"), no portfolio.
    internal static bool PortfolioBefore(List<Token> tokens, int k, GazetteerMatches matches)
    {
        var of = false;
        for (var j = k - 1; j >= matches.Start && j >= k - 8; j--)
        {
            var word = tokens[j].Text;
            if (word is "of" or "for") { of = true; continue; }
            if (word == "and") continue;
            if (!char.IsUpper(word[0])) return false;
            if (IsTitleEnd(tokens, j, matches)) return of;
        }
        return false;
    }

    // Where the person starts in a span [from, to) that opens in a title's portfolio: after one word or more of the portfolio
    // (English words, acronyms, "and", "of"), at a listed first name or a word no list or English word list knows; to, for a
    // person's span that is all portfolio ("the Minister for Bougainville Affairs"); else 0.
    private static int PersonAfterPortfolio(List<Token> tokens, int from, int to, string type, GazetteerMatches matches)
    {
        for (var k = from; k < to; k++)
        {
            var word = tokens[k].Text;
            if (word is "and" or "of" && k > from) continue;
            if (!char.IsUpper(word[0])) return 0;
            // "Director-General for ASEAN Cooperation": an acronym in the portfolio names the body it deals with.
            if (word.Length > 1 && CharChecks.AllUpper(word)) continue;
            var name = matches.Single(k);
            if (name is not null && name.Is(GazetteerKind.FirstName) && !name.Is(GazetteerKind.PersonTitle | GazetteerKind.OrganizationHead | GazetteerKind.Country | GazetteerKind.Region | GazetteerKind.City))
                return k > from ? k : 0;
            if (name is not null && name.Is(~(GazetteerKind.FirstName | GazetteerKind.Surname | GazetteerKind.FamilyNameFirst))) return 0;
            if (!FeatureExtractor.IsEnglishWord(word)) return k > from ? k : 0;
        }
        return type == "PER" ? to : 0;
    }

    private static bool AllOrdinaryWords(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!char.IsUpper(tokens[k].Text[0]) || !FeatureExtractor.IsLowerCaseWord(tokens[k].Text)) return false;
        return from < to;
    }

    private static bool IsOfficeNamedByOfficer(List<Token> tokens, int k, int to, GazetteerMatches matches)
    {
        var (length, entry) = matches.Longest(k);
        var end = entry is not null && IsTitleOnly(entry) ? k + length : PersonTitles.IsTitleWord(tokens[k].Text) ? k + 1 : -1;
        return end > 0 && end + 1 < to && tokens[end].Text is "of" or "for" && char.IsUpper(tokens[end + 1].Text[0]);
    }

    // "for Yemen", "of the Philippines", "to Japan" from token k, a listed place inside [k, to): its tokens, or (k, k).
    private static (int First, int Last) OfficePlace(List<Token> tokens, int k, int to, GazetteerMatches matches)
    {
        if (k + 1 >= to || tokens[k].Text is not ("for" or "of" or "to")) return (k, k);
        var at = tokens[k + 1].Text == "the" ? k + 2 : k + 1;
        var place = at < to ? PlaceAt(matches, at) : 0;
        return place > 0 && at + place <= to ? (at, at + place) : (k, k);
    }

    private static int PersonOf(List<Token> tokens, int from, int to, GazetteerMatches matches)
    {
        for (var k = from + 2; k < to - 1; k++)
        {
            if (tokens[k].Text != "of") continue;
            if (k - from > 3 || matches.Single(from) is not { } first || !first.Is(GazetteerKind.FirstName) || first.Is(GazetteerKind.PersonTitle)) return -1;
            for (var j = k + 1; j < to; j++)
                if (!OrganizationNameRule.IsNameWord(tokens[j].Text)) return -1;
            return k;
        }
        return -1;
    }

    internal static bool HasOrganizationWord(List<Token> tokens, int from, int to, GazetteerMatches matches)
    {
        for (var k = from; k < to; k++)
            if ((matches.Single(k) is { } e && !OrganizationNameRule.WeakHeads.Contains(tokens[k].Text)
                    && e.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix | GazetteerKind.KnownOrganization))
                || (matches.Longest(k) is ({ } length, { } listed) && k + length <= to && listed.Is(GazetteerKind.KnownOrganization))) return true;
        return false;
    }

    private static int PersonAfterOrganization(List<Token> tokens, int from, int to, GazetteerMatches matches)
    {
        for (var k = from + 1; k < to; k++)
        {
            // "Affairs Sufyan Salman": after "Affairs" any capitalised word no list gives another meaning starts the person.
            var name = matches.Single(k);
            if (!char.IsUpper(tokens[k].Text[0]) || !CharChecks.RestLower(tokens[k].Text) || tokens[k].Text.Length < 3
                || (name is not null && name.Is(~(GazetteerKind.FirstName | GazetteerKind.Surname | GazetteerKind.FamilyNameFirst)))) continue;
            var before = tokens[k - 1].Text;
            // "Cabinet of Ministers Adylbek Kasymaliev": an unlisted given name is a person's when the last word is a family name
            // by its ending.
            if ((name is null || !name.Is(~GazetteerKind.FirstName)) && k + 2 == to && k - from >= 2 && CharChecks.RestLower(tokens[k + 1].Text) && NameFinder.HasSurnameEnding(tokens[k + 1].Text)
                && HasOrganizationWord(tokens, from, k, matches))
                return k;
            // "Humanitarian Affairs Section of the Office ...": a word the English list writes only in lower case is no one's name.
            if ((before == "Affairs" && (name is not null || !FeatureExtractor.IsLowerCaseWord(tokens[k].Text))) || (name is not null && name.Is(GazetteerKind.FirstName) && matches.Single(k - 1) is { } head
                    && head.Is(GazetteerKind.OrganizationHead) && !OrganizationNameRule.WeakHeads.Contains(before)))
                return k;
        }
        return -1;
    }

    // Where the first listed title in [from, to) starts ("Vice Minister" in "Saudi Vice Minister of Foreign Affairs"), or -1.
    private static int FirstTitle(int from, int to, GazetteerMatches matches)
    {
        for (var k = from; k < to; k++)
            if (matches.Longest(k) is { Entry: { } entry } && IsTitleOnly(entry))
                return k;
        return -1;
    }

    // A listed title that is not also an organisation's word ("Council") or a first name ("Prince").
    private static bool IsTitleOnly(GazetteerEntry entry) =>
        entry.Is(GazetteerKind.PersonTitle) && !entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.FirstName);

    private static bool IsTitleEnd(List<Token> tokens, int k, GazetteerMatches matches) =>
        PersonTitles.IsTitleWord(tokens[k].Text) || (matches.Single(k) is { } e && e.Is(GazetteerKind.PersonTitle) && !e.Is(GazetteerKind.FirstName));

    // "Governor of Lagos State ...": a word that goes on with a place's name is no one's name.
    internal static readonly FrozenSet<string> PlaceNameWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "State", "Province", "Region", "County", "City", "District", "Governorate", "Oblast", "Prefecture", "Municipality", "Island", "Islands",
        "Republic", "Territory", "Department", "Canton", "Emirate", "Kingdom", "Valley", "Basin", "Coast", "Sea", "River",
    ]);

    // Token k opens a place right after "of", "for" or "to" (and "the"), with a title a few capitalised words before:
    // "President of", "Minister for Foreign Affairs of", "Ambassador of Kazakhstan to the".
    private static bool TitleBeforePlace(List<Token> tokens, int k, GazetteerMatches matches)
    {
        var at = k - 1;
        if (at > matches.Start && tokens[at].Text == "the") at--;
        if (at <= matches.Start || tokens[at].Text is not ("of" or "for" or "to")) return false;
        for (var j = at - 1; j >= matches.Start && j >= at - 8; j--)
        {
            if (IsTitleEnd(tokens, j, matches)) return true;
            if (!char.IsUpper(tokens[j].Text[0]) && tokens[j].Text is not ("of" or "for" or "and" or "the" or "to" or "on")) return false;
        }
        return false;
    }

    // The length of a listed country, city or region at token k, or 0.
    internal static int PlaceAt(GazetteerMatches matches, int k) =>
        matches.Longest(k) is ({ } length, { } entry) && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.WorldRegion)
            && !entry.Is(GazetteerKind.FirstName) ? length : 0;

    // Where a listed title that ends the span [from, to) starts, or -1: "United Nations Special Envoy" → "Special".
    private static int TitleStart(List<Token> tokens, int from, int to, GazetteerMatches matches)
    {
        for (var k = from + 1; k < to; k++)
            // "Court of Justice", "Office of the Prime Minister": a title after a lower-case word is part of the name.
            if (matches.Longest(k) is ({ } length, { } entry) && k + length == to && IsTitleOnly(entry) && char.IsUpper(tokens[k - 1].Text[0])) return k;
        return -1;
    }
}
