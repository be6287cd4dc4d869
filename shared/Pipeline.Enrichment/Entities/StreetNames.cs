using System.Collections.Frozen;
using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>Roads and streets the tagger misses or mistypes: "Highway 97", "the A303", "U.S. 231", "111 Street", "the Green Line", "North 148th Street".</summary>
internal static class StreetNames
{
    // "Highway 97", "Route 66", "Interstate 95", "Calle 10", "Carrera 7", "Autoroute 40": a road's number after its word.
    // "National Route 1", "National Highway 44": a name the tagger ended on the road's word goes on over the number.
    internal static void NumberedRoads(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var i = start; i + 1 < end; i++)
        {
            // "Highway 97C", "Route 1A": the number may carry a letter.
            if (!PlaceNameRule.IsRoadWord(tokens[i].Text) || !(IsRoadNumber(tokens[i + 1].Text) || IsNumberAndLetter(tokens[i + 1].Text))) continue;
            var overlapping = PlaceNameRule.Overlapping(spans, i, i + 2);
            // "Cordillera Media S.A.S." + "Carrera 7": a firm's name the tagger ran on into the road ends at its legal form.
            if (overlapping.Count == 1 && overlapping[0] is { Type: "ORG", Entry: null } firm && firm.First < i && firm.Last == i + 1
                && LegalFormBefore(tokens, firm.First, i, matches) is var form and >= 0)
            {
                spans[spans.IndexOf(firm)] = (firm.First, form + 1, "ORG", firm.Source + "+rule:legal-form", null);
                overlapping.Clear();
            }
            var first = overlapping.Count == 1 && overlapping[0] is { Entry: null, Last: var named } && named == i + 1 && overlapping[0].First < i
                && PlaceNameRule.AllCapitalised(tokens, overlapping[0].First, i) ? overlapping[0].First : i;
            // "blocked National Route 1", untagged: one or two capitalised words no list knows, not opening the sentence.
            if (first == i)
                while (first - 1 > start && i - (first - 1) <= 2 && PlaceNameRule.IsPlainCapitalised(tokens[first - 1].Text) && !PlaceNameRule.Covers(spans, first - 1)
                    && matches.Single(first - 1) is null) first--;
            // "U.S. Highway 97", "Kentucky Route 15", "State Route 9": the country or the state whose road it is opens its name.
            if (first == i && i > start && (tokens[i - 1].Text is "U.S." or "US" or "State" || matches.Single(i - 1) is { } state && state.Is(GazetteerKind.Region) && !state.Is(GazetteerKind.KnownOrganization))
                && overlapping.Count == 0 && PlaceNameRule.SpanEndingAt(spans, i) is var owner and >= 0 && spans[owner] is { Type: "LOC" } lone && lone.First == i - 1)
            {
                first = i - 1;
                overlapping.Add(lone);
            }
            if (PlaceNameRule.AnyOutside(overlapping, first, i + 2)) continue;
            NameFinder.SetPlace(spans, first, i + 2, "rule:place-word");
        }
    }

    // The legal form ("Ltd.", "S.A.S.") right before i that ends the company name opening at first; or -1.
    private static int LegalFormBefore(List<Token> tokens, int first, int i, GazetteerMatches matches) =>
        i - 1 > first && OrganizationNameRule.IsLegalFormAt(matches, i - 1) ? i - 1 : -1;

    // "the A303", "the M5", "the N7", "the R156": a British or Irish road's letter and number after "the" is the road, not an
    // organisation; "the A380 jet" is no road, nor a listed name ("the M23", the armed group).
    internal static void RoadCodes(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var i = start + 1; i < end; i++)
        {
            var word = tokens[i].Text;
            if (!PlaceNameRule.IsRoadCode(word) || tokens[i - 1].Text is not ("the" or "The")
                || matches.Single(i) is not null
                || (i + 1 < end && tokens[i + 1].Text is "jet" or "jets" or "aircraft" or "airliner" or "plane" or "planes" or "tank" or "tanks" or "bomber" or "bombers" or "rifle" or "rifles" or "missile" or "missiles")) continue;
            var overlapping = PlaceNameRule.Overlapping(spans, i, i + 1);
            if (overlapping.Count > 1 || overlapping.Count == 1 && (overlapping[0].First != i || overlapping[0].Last != i + 1 || overlapping[0].Type == "LOC")) continue;
            NameFinder.SetPlace(spans, i, i + 1, "rule:road");
        }
    }

    // "111 Street", "36th Street SW": a numbered street of a grid city, and the quadrant after it, which the tagger cuts off the
    // number or misses. "the 4th Ward", "Ward 6", "District 4": a city's numbered wards and council districts are places too.
    internal static void NumberedStreets(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var i = start; i + 1 < end; i++)
        {
            // "Precinct 1", "District F", "the 14th District": police and council precincts and districts by number or letter.
            // "Camp 13", "Camp 8W", "Sector 62": camps and sectors by number ("Region 19" is as often an agency's office).
            var first = PlaceNameRule.IsWardWord(tokens[i].Text) && (IsRoadNumber(tokens[i + 1].Text) || IsNumberAndLetter(tokens[i + 1].Text)
                    || (tokens[i].Text == "District" && tokens[i + 1].Text is { Length: 1 } letter && char.IsAsciiLetterUpper(letter[0])))
                && !(i > start && char.IsUpper(tokens[i - 1].Text[0]) && !Lexicon.Instance.IsEnglishStopword(tokens[i - 1].Text)) ? i
                : i > start && (tokens[i].Text == "Ward" || (tokens[i].Text == "District" && !(i + 1 < end && char.IsUpper(tokens[i + 1].Text[0])))) && MiscNameFilter.IsNumeralOrdinal(tokens[i - 1].Text) ? i - 1 : -1;
            if (first < 0) continue;
            var last = first == i ? i + 2 : i + 1;
            // The tagger's piece of it ("4th" a person, "6" a thing) goes into the place.
            var overlapping = PlaceNameRule.Overlapping(spans, first, last);
            // A piece the tagger read as a place ("District" of "District F") goes into it too.
            if (PlaceNameRule.AnyOutside(overlapping, first, last) || overlapping.Exists(s => s.Type == "LOC" && s.First <= first && s.Last >= last)) continue;
            NameFinder.SetPlace(spans, first, last, "rule:place-word");
        }
        for (var i = start + 1; i < end; i++)
        {
            if (!PlaceNameRule.IsNumberedStreetWord(tokens[i].Text) || PlaceNameRule.Covers(spans, i - 1)
                || !(IsRoadNumber(tokens[i - 1].Text) || MiscNameFilter.IsNumeralOrdinal(tokens[i - 1].Text))) continue;
            var last = i + 1 < end && tokens[i + 1].Text is "NW" or "NE" or "SW" or "SE" ? i + 2 : i + 1;
            var overlapping = PlaceNameRule.Overlapping(spans, i, last);
            if (overlapping.Count > 1 || overlapping.Count == 1 && (overlapping[0].First != i || overlapping[0].Last > last || overlapping[0].Type != "LOC")) continue;
            NameFinder.RemoveOverlapping(spans, i, last);
            spans.Add((i - 1, last, "LOC", "rule:place-word", null));
        }
    }

    // "the Green Line", "the Blue Line", "the E Line": a transit line named by a colour or a letter is a place, not the operator.
    internal static void TransitLines(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (tokens[i + 1].Text != "Line" || !(LineColours.Contains(tokens[i].Text) || tokens[i].Text is { Length: 1 } letter && char.IsAsciiLetterUpper(letter[0]))
                || (i + 2 < end && char.IsUpper(tokens[i + 2].Text[0])) || NameFinder.AnyRunsOutside(spans, i, i + 2)) continue;
            NameFinder.SetPlace(spans, i, i + 2, "rule:place-word");
        }
    }

    private static readonly FrozenSet<string> LineColours = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Red", "Blue", "Green", "Orange", "Yellow", "Purple", "Silver", "Gold", "Brown", "Pink", "Black", "Grey", "Gray", "Expo",
    ]);

    // "on U.S. 231 toward Ozark", "U.S. 77 near Lincoln": an American federal route is named by "U.S." and its number alone in
    // AP style. The number must stand where a road's does: after a word of going or being on a road, or before one of where.
    internal static void UsRoutes(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (tokens[i].Text is not ("U.S." or "US") || !IsRoadNumber(tokens[i + 1].Text) || tokens[i + 1].Text.Length > 3) continue;
            var before = i > start ? tokens[i - 1].Text : "";
            var after = i + 2 < end ? tokens[i + 2].Text : ".";
            if (!(RoadBefore.Contains(before) || RoadAfter.Contains(after))) continue;
            if (NameFinder.AnyRunsOutside(spans, i, i + 2)) continue;
            NameFinder.SetPlace(spans, i, i + 2, "rule:road");
        }
    }

    private static readonly FrozenSet<string> RoadBefore = FrozenSet.Create(StringComparer.Ordinal,
    [
        "on", "onto", "along", "off", "via", "of", "and", "from", "to", "crossed", "took", "closed", "near", "at", "southbound", "northbound",
        "eastbound", "westbound",
    ]);

    private static readonly FrozenSet<string> RoadAfter = FrozenSet.Create(StringComparer.Ordinal,
    [
        ",", ".", ";", "near", "toward", "towards", "north", "south", "east", "west", "northbound", "southbound", "eastbound", "westbound",
        "between", "at", "in", "and", "through", "bypass", "interchange", "exit", "corridor", "crossing", "bridge", "was", "is", "were",
    ]);

    // "North 148th Street", "S. 10th St.", "W. Market St.": a point of the compass, written out or abbreviated, opens an American
    // street's name; the tagger leaves it out, or takes the abbreviation for a name of its own.
    internal static void DirectionalStreets(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var i = start; i + 2 < end; i++)
        {
            if (tokens[i].Text is not ("North" or "South" or "East" or "West" or "N." or "S." or "E." or "W." or "NE" or "NW" or "SE" or "SW")) continue;
            // "Cesar E. Chavez Avenue": a letter after a capitalised word is a middle initial; the street opens with the word before it.
            var first = i;
            if (tokens[i].Text.Length == 2 && tokens[i].Text[1] == '.' && i - 1 > start && PlaceNameRule.IsPlainCapitalised(tokens[i - 1].Text)) first = i - 1;
            var last = i + 1;
            while (last < end && last - i <= 3 && (PlaceNameRule.IsPlainCapitalised(tokens[last].Text) || MiscNameFilter.IsNumeralOrdinal(tokens[last].Text)) && !DirectionalStreetWords.Contains(tokens[last].Text)) last++;
            if (last == i + 1 || last >= end || !DirectionalStreetWords.Contains(tokens[last].Text)) continue;
            last++;
            // A name running on past the street ("West Street Capital") is someone else's.
            if (last < end && char.IsUpper(tokens[last].Text[0]) && !(tokens[last].Text is "NW" or "NE" or "SW" or "SE")) continue;
            if (NameFinder.AnyRunsOutside(spans, first, last)) continue;
            NameFinder.SetPlace(spans, first, last, "rule:place-word");
        }
    }

    // "Street", "Ave.": the last word of a street DirectionalStreets names (WordCues asks PlaceNameRule.IsDirectionalStreetWord).
    internal static readonly FrozenSet<string> DirectionalStreetWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Street", "St.", "Avenue", "Ave.", "Ave", "Road", "Rd.", "Boulevard", "Blvd.", "Drive", "Lane", "Way", "Parkway", "Pkwy.", "Place",
    ]);

    private static bool IsRoadNumber(string word) => IsRoadNumber(word.AsSpan());

    // "8W", "97C", "1A": a number and one capital letter.
    private static bool IsNumberAndLetter(string word) => word.Length >= 2 && char.IsAsciiLetterUpper(word[^1]) && IsRoadNumber(word.AsSpan(0, word.Length - 1));

    internal static bool IsRoadNumber(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 4) return false;
        foreach (var c in word)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
