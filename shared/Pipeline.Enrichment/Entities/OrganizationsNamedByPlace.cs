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

    /// <summary>Last words of British and Irish football clubs' names: "Dundee United", "Oldham Athletic", "Bristol Rovers", "Partick Thistle".</summary>
    internal static readonly string[] ClubWords = ["United", "Athletic", "Rovers", "Wanderers", "Albion", "Thistle", "Hotspur", "Argyle", "Academical"];

    // Nicknames of the professional teams of Australia, New Zealand, Britain and North America that are no plain English
    // plural ("Rabbitohs", "Eels", "49ers") or that the place before them does not make a team by the lists alone
    // ("North Queensland Cowboys", "Parramatta Eels"): after capitalised words, the name is the team's.
    private static readonly FrozenSet<string> TeamNicknames = new[]
    {
        "Rabbitohs", "Eels", "Sharks", "Knights", "Cowboys", "Titans", "Dragons", "Roosters", "Raiders", "Warriors", "Panthers", "Broncos",
        "Bulldogs", "Tigers", "Eagles", "Dolphins", "Bears", "Lions", "Hawks", "Magpies", "Swans", "Crows", "Dockers", "Suns", "Giants",
        "Demons", "Saints", "Bombers", "Cats", "Kangaroos", "Wildcats", "Breakers", "Phoenix", "Brumbies", "Reds", "Waratahs", "Crusaders",
        "Chiefs", "Hurricanes", "Highlanders", "Blues", "Packers", "Vikings", "Jets", "Patriots", "Bills", "Ravens", "Steelers", "Browns",
        "Bengals", "Texans", "Colts", "Jaguars", "Chargers", "Commanders", "Falcons", "Buccaneers", "Cardinals", "Rams", "Seahawks", "49ers",
        "Lakers", "Celtics", "Bucks", "Knicks", "Nets", "Bulls", "Cavaliers", "Pistons", "Pacers", "Hornets", "Wizards", "Raptors", "76ers",
        "Clippers", "Kings", "Mavericks", "Rockets", "Grizzlies", "Pelicans", "Spurs", "Nuggets", "Timberwolves", "Canadiens", "Senators",
        "Bruins", "Sabres", "Rangers", "Islanders", "Devils", "Flyers", "Penguins", "Capitals", "Blackhawks", "Predators", "Stars", "Oilers",
        "Flames", "Canucks", "Kraken", "Ducks", "Coyotes", "Yankees", "Orioles", "Rays", "Guardians", "Royals", "Twins", "Astros", "Angels",
        "Mariners", "Braves", "Marlins", "Mets", "Phillies", "Nationals", "Cubs", "Brewers", "Pirates", "Diamondbacks", "Rockies", "Dodgers",
        "Padres", "Argonauts", "Alouettes", "Redblacks", "Roughriders", "Stampeders", "Elks", "Sounders", "Whitecaps", "Timbers",
        "Rhinos", "Wolves", "Saracens", "Harlequins", "Quins", "Wasps", "Vipers", "Storm", "Force", "Glory", "Heat", "Magic",
        "Thunder", "Lightning", "Avalanche", "Wild", "Jazz", "Sky", "Mercury", "Sparks", "Liberty",
    }.Concat(ClubWords).ToFrozenSet(StringComparer.Ordinal);

    // "Sea Eagles", "Maple Leafs", "Red Sox": nicknames of two words.
    private static readonly FrozenSet<string> TwoWordNicknames = new[]
    {
        "Sea Eagles", "Maple Leafs", "Red Sox", "White Sox", "Blue Jays", "Red Wings", "Golden Knights", "Trail Blazers", "Blue Bombers",
        "Golden State", "Red Devils", "Blue Jackets", "North End",
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
        if (IsListedNickname(name, space)) return true;
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

    // "North Queensland Cowboys", "South Sydney Rabbitohs", "Manly Warringah Sea Eagles": capitalised words, then a team's listed
    // nickname. A single word that is a nickname without the ones before it ("Storm") must follow a listed place.
    private static bool IsListedNickname(string name, int space)
    {
        var nickname = name.AsSpan(space + 1);
        var lookup = TeamNicknames.GetAlternateLookup<ReadOnlySpan<char>>();
        var before = space;
        if (!lookup.Contains(nickname))
        {
            before = name.LastIndexOf(' ', space - 1);
            if (before <= 0 || !TwoWordNicknames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.AsSpan(before + 1))) return false;
        }
        // Nicknames that are plain words of English need a place the lists know before them ("Melbourne Storm", not "Desert Storm").
        if (FeatureExtractor.IsLowerCaseWord(nickname.ToString()) && nickname[^1] != 's'
            && (Lexicon.Instance.Phrases.Lookup(name[..before]) is not { } place || !place.Is(GazetteerKind.City | GazetteerKind.Region))) return false;
        foreach (var word in name[..before].Split(' '))
            if (word.Length == 0 || !char.IsUpper(word[0])) return false;
        return true;
    }

    private static bool EndsInBody(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && name.AsSpan(space + 1) is "Representatives" or "Legislature" or "Senate" or "Assembly" or "Parliament" or "Council" or "Government" or "Police";
    }
}
