using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// Places the tagger splits or mistypes: a listed city or region that it cut into pieces ("Ho" +
/// "Chi Minh City", "Dar" + "Salaam") or called an organisation ("warned Tokyo"), and names
/// that a geographic word makes a place ("Litani River", "Bekaa Valley", "Lake Nasser").
/// </summary>
internal static class PlaceNameRule
{
    private static readonly HashSet<string> LastWords = new(StringComparer.Ordinal)
    {
        "River", "Valley", "Lake", "Sea", "Bay", "Strait", "Straits", "Mountains", "Mountain", "Hills", "Desert", "Island", "Islands",
        "Peninsula", "Plateau", "Delta", "Canal", "Coast", "Shoal", "Reef", "Highlands", "Province", "District", "County",
        "Governorate", "Prefecture", "Oblast", "Region", "Dam", "Basin", "Gorge", "Falls", "Lagoon", "Archipelago", "Glacier",
    };

    private static readonly HashSet<string> FirstWords = new(StringComparer.Ordinal) { "Lake", "Mount", "Mt.", "Gulf", "Strait", "Bay", "Sea", "Isle", "Cape" };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "from", "to", "at", "near", "outside", "around", "via" };

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        ListedPlaces(tokens, start, end, spans, matches);
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            if (type == "LOC" || last - first < 2 || entry is not null) continue;
            if (LastWords.Contains(tokens[last - 1].Text) || (FirstWords.Contains(tokens[first].Text) && !IsOrganization(matches, first, last)))
                spans[s] = (first, last, "LOC", source + "+rule:place-word", null);
        }
        // "Rift Valley", untagged: capitalised words ending in a geographic word.
        for (var i = start; i < end; i++)
        {
            if (!LastWords.Contains(tokens[i].Text) || i == start || spans.Exists(s => s.First <= i && i < s.Last)) continue;
            var first = i;
            while (first > start && i - first < 3 && IsPlainCapitalised(tokens[first - 1].Text) && !spans.Exists(s => s.First <= first - 1 && first - 1 < s.Last)) first--;
            if (first < i && !(first == start && Lexicon.Instance.EnglishStopwords.Contains(tokens[first].Text.ToLowerInvariant()))) spans.Add((first, i + 1, "LOC", "rule:place-word", null));
        }
    }

    private static void ListedPlaces(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var i = start; i < end; i++)
        {
            var (length, entry) = matches.Longest(i);
            if (entry is null || !entry.Is(GazetteerKind.City | GazetteerKind.Region) || entry.Is(GazetteerKind.KnownOrganization | GazetteerKind.Country) || !char.IsUpper(tokens[i].Text[0])) continue;
            var last = i + length;
            var overlapping = spans.FindAll(s => s.First < last && i < s.Last);
            if (overlapping.Exists(s => s.First < i || s.Last > last)) continue;
            var replace = overlapping.Count switch
            {
                0 => length > 1 || (i > start && PlacePrepositions.Contains(tokens[i - 1].Text) && !entry.Is(GazetteerKind.FirstName | GazetteerKind.Surname)),
                1 => overlapping[0].Type == "ORG" || overlapping[0].Last - overlapping[0].First < length,
                _ => true, // pieces of one listed name
            };
            if (!replace || (overlapping.Count == 1 && overlapping[0].Type == "LOC")) continue;
            spans.RemoveAll(s => s.First < last && i < s.Last);
            spans.Add((i, last, "LOC", entry.Is(GazetteerKind.City) ? "gazetteer:cities" : "gazetteer:regions", entry));
            i = last - 1;
        }
    }

    private static bool IsOrganization(GazetteerMatches matches, int first, int last)
    {
        for (var k = first; k < last; k++)
            if (matches.Single(k) is { } entry && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix)) return true;
        return false;
    }

    private static bool IsPlainCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);
}
