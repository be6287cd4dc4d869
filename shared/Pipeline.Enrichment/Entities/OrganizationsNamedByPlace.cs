using System.Collections.Frozen;

namespace Pipeline.Enrichment;

/// <summary>
/// The tagger, seeing a place, takes a body named by its place for the place (or a person). Two kinds are organisations:
/// a team named by its place and a plural nickname ("the Brisbane Broncos", "the Milwaukee Brewers"), unless the plural is a
/// word of geography ("Cayman Islands", "Golan Heights", "Victoria Falls"), a place ("Northern Cyprus"), or the name reads as
/// a person's ("Sydney Roberts": a given name and a surname); and a legislature, council, government or police force ("the
/// Pennsylvania House of Representatives", "the Ontario Legislature"). A building named so stays a place ("Kuala Lumpur
/// Convention Centre").
/// </summary>
internal static class OrganizationsNamedByPlace
{
    private static readonly FrozenSet<string> GeographyPlurals = new[]
    {
        "Islands", "Isles", "Heights", "Falls", "Mountains", "Hills", "Lakes", "Springs", "Plains", "Keys", "Rapids", "Narrows",
        "Highlands", "Lowlands", "Territories", "Emirates", "States", "Provinces", "Flats", "Docks", "Gardens", "Fields", "Woods",
        "Downs", "Sands", "Banks", "Waters", "Glades", "Cliffs", "Dunes", "Alps", "Sounds", "Straits", "Marshes", "Meadows",
        "Oaks", "Pines", "Acres", "Estates", "Towers", "Commons", "Shores", "Ranges", "Peaks", "Valleys", "Forks", "Crossings",
        "Hebrides", "Midlands", "Moors", "Wolds", "Fens", "Lands", "Borders", "Cays", "Reefs", "Rocks", "Ridges", "Hollows",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Compass = new[]
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "Inner", "Outer",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<EntitySpan> Apply(List<EntitySpan> names)
    {
        List<EntitySpan>? result = null;
        for (var i = 0; i < names.Count; i++)
        {
            var span = names[i];
            var rule = span.Type is EntityTypes.Location or EntityTypes.Person && IsTeam(span.Name) ? "+rule:team"
                : span.Type == EntityTypes.Location && !span.Source.Contains("gazetteer", StringComparison.Ordinal) && EndsInBody(span.Name) ? "+rule:place-body"
                : null;
            if (rule is null) continue;
            (result ??= [.. names])[i] = span with { Type = EntityTypes.Organization, CountryCode = null, Canonical = null, Source = span.Source + rule };
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

    private static bool EndsInBody(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && name.AsSpan(space + 1) is "Representatives" or "Legislature" or "Senate" or "Assembly" or "Parliament" or "Council" or "Government" or "Police";
    }
}
