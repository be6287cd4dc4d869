namespace Pipeline.Enrichment;

/// <summary>
/// "the Brisbane Broncos", "the Penrith Panthers", "the Milwaukee Brewers", "Multan Sultans": a sports team is named by its
/// place and a plural nickname, and the tagger, seeing the place, takes the whole for a place or a person. A listed place
/// followed by one capitalised plural is a team, an organisation, unless the plural is a word of geography ("Cayman Islands",
/// "Golan Heights", "Victoria Falls"), a place ("Northern Cyprus"), or the name reads as a person's ("Sydney Roberts": a given
/// name and a surname).
/// </summary>
internal static class TeamNames
{
    private static readonly HashSet<string> GeographyPlurals = new(StringComparer.Ordinal)
    {
        "Islands", "Isles", "Heights", "Falls", "Mountains", "Hills", "Lakes", "Springs", "Plains", "Keys", "Rapids", "Narrows",
        "Highlands", "Lowlands", "Territories", "Emirates", "States", "Provinces", "Flats", "Docks", "Gardens", "Fields", "Woods",
        "Downs", "Sands", "Banks", "Waters", "Glades", "Cliffs", "Dunes", "Alps", "Sounds", "Straits", "Marshes", "Meadows",
        "Oaks", "Pines", "Acres", "Estates", "Towers", "Commons", "Shores", "Ranges", "Peaks", "Valleys", "Forks", "Crossings",
        "Hebrides", "Midlands", "Moors", "Wolds", "Fens", "Lands", "Borders", "Cays", "Reefs", "Rocks", "Ridges", "Hollows",
    };

    private static readonly HashSet<string> Compass = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "Inner", "Outer",
    };

    public static List<EntitySpan> Apply(List<EntitySpan> names)
    {
        List<EntitySpan>? result = null;
        for (var i = 0; i < names.Count; i++)
        {
            var span = names[i];
            if (span.Type is not (EntityTypes.Location or EntityTypes.Person) || !IsTeam(span.Name)) continue;
            (result ??= [.. names])[i] = span with { Type = EntityTypes.Organization, CountryCode = null, Canonical = null, Source = span.Source + "+rule:team" };
        }
        return result ?? names;
    }

    private static bool IsTeam(string name)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0) return false;
        var nickname = name[(space + 1)..];
        if (nickname.Length < 4 || !char.IsUpper(nickname[0]) || nickname[^1] != 's' || !CharChecks.RestLower(nickname) || GeographyPlurals.Contains(nickname)) return false;
        // A nickname is an English word ("Panthers", "Broncos"); "Colonia Miraflores" is a Spanish place.
        if (!FeatureExtractor.IsLowerCaseWord(nickname) && !FeatureExtractor.IsLowerCaseWord(nickname[..^1])) return false;
        var phrases = Lexicon.Instance.Phrases;
        if (phrases.Lookup(name) is not null || phrases.Lookup(nickname) is { } listed
            && listed.Is(GazetteerKind.Surname | GazetteerKind.FirstName | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.Country | GazetteerKind.WorldRegion)) return false;
        var place = name[..space];
        // "Western Balkans", "Northern Grampians": a point of the compass before a plural names a region.
        if (Compass.Contains(place)) return false;
        if (phrases.Lookup(place) is not { } entry || !entry.Is(GazetteerKind.City | GazetteerKind.Region | GazetteerKind.Country)) return false;
        // "Sydney Roberts", "Jordan Peters": a place that is a given name too, before a word, names a person as well.
        return !entry.Is(GazetteerKind.FirstName);
    }
}
