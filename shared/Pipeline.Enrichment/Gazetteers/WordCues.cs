namespace Pipeline.Enrichment;

/// <summary>
/// Words that some of the name finder's passes act on and that most sentences do not hold ("Highway", "County", "USS",
/// "&amp;"). Worked out once for each word a thread meets (<see cref="PhraseMatcher.KnownWord.Cues"/>) and gathered for
/// each sentence (<see cref="GazetteerMatches.Has"/>), so a pass whose word the sentence lacks is not run at all: run, it
/// would have walked every token and changed nothing. Each cue is the test its pass makes of a word, or wider.
/// </summary>
[Flags]
internal enum WordCues : uint
{
    None = 0,
    /// <summary>"Ward", "District", "Street", "Avenue": <see cref="PlaceNameRule"/>'s numbered streets and wards.</summary>
    NumberedPlaceWord = 1 << 0,
    /// <summary>"County", "Co.": <see cref="PlaceNameRule"/>'s Irish counties.</summary>
    CountyWord = 1 << 1,
    /// <summary>"Highway", "Route": <see cref="PlaceNameRule"/>'s roads by number.</summary>
    RoadWord = 1 << 2,
    /// <summary>"A303", "M5": <see cref="PlaceNameRule"/>'s road codes.</summary>
    RoadCode = 1 << 3,
    /// <summary>"province", "district": <see cref="PlaceNameRule"/>'s names by a place noun.</summary>
    PlaceNoun = 1 << 4,
    /// <summary>"River", "Street", "Centre": <see cref="PlaceNameRule"/>'s capitalised words ending in a geographic or a venue word.</summary>
    PlaceLastWord = 1 << 5,
    /// <summary>"USS", "HMS": the name finder's ships.</summary>
    ShipPrefix = 1 << 6,
    /// <summary>"&amp;": the name finder's firms of partners.</summary>
    Ampersand = 1 << 7,
    /// <summary>"X": the name finder's platform X.</summary>
    PlatformX = 1 << 8,
    /// <summary>"St", "Saint": <see cref="SaintNames"/>.</summary>
    Saint = 1 << 9,
    /// <summary>"Schools": <see cref="SchoolSystems"/>.</summary>
    Schools = 1 << 10,
    /// <summary>"Labour", "Greens": <see cref="PartiesNamedAlone"/>.</summary>
    PartyWord = 1 << 11,
    /// <summary>"Xi", "Modi": the name finder's people named by one word.</summary>
    KnownPerson = 1 << 12,
    /// <summary>A listed town: <see cref="TownRule"/>.</summary>
    Town = 1 << 13,
    /// <summary>"executive", "director": <see cref="EmployerRule"/>'s jobs held at a company.</summary>
    Job = 1 << 14,
    /// <summary>"CEO", "Chairman": <see cref="EmployerRule"/>'s company titles.</summary>
    CompanyTitle = 1 << 15,
    /// <summary>"shares", "stake", "offices": <see cref="EmployerRule"/>'s words of what a company has.</summary>
    TradeWord = 1 << 16,
    /// <summary>"Cyngor", "Prifysgol": <see cref="WelshBodies"/>.</summary>
    WelshBodyWord = 1 << 17,
    /// <summary>"o", "ki", "Ngāti": <see cref="MaoriNames"/>.</summary>
    MaoriWord = 1 << 18,
    /// <summary>"Kim", "Park": <see cref="KoreanNames"/>' family names.</summary>
    KoreanFamilyName = 1 << 19,
    /// <summary>"U.S.", "US": <see cref="PlaceNameRule"/>'s federal routes by number.</summary>
    UsRoute = 1 << 20,
    /// <summary>"Fort", "Port", "Mid": <see cref="PlaceNameRule"/>'s forts, ports and parts of regions.</summary>
    FortPortOrMid = 1 << 21,
    /// <summary>"Line": <see cref="PlaceNameRule"/>'s transit lines.</summary>
    TransitLine = 1 << 22,
    /// <summary>"Street", "Ave.": <see cref="PlaceNameRule"/>'s streets opened by a compass word.</summary>
    DirectionalStreetWord = 1 << 23,
    /// <summary>"MP", "TD", "Senedd": <see cref="SeatAfterMember"/>.</summary>
    MemberWord = 1 << 24,
    /// <summary>"152nd", "1st": <see cref="MilitaryUnits"/>' ordinal numbers.</summary>
    Ordinal = 1 << 25,
    /// <summary>"AB", "UAB", "JP": <see cref="LocalCompanyRule"/>'s legal forms written before the name.</summary>
    OpeningForm = 1 << 26,
    /// <summary>"Lê", "Trần": a word with a Latin accent, which <see cref="PersonNameRule"/>'s family names written first may be.</summary>
    LatinAccent = 1 << 27,
    /// <summary>"analyst", "who": <see cref="AppositionRule"/>'s words that say what the person before the comma does.</summary>
    AppositionRole = 1 << 28,
    /// <summary>"Hospital", "Infirmary": <see cref="PlaceNameRule"/>'s hospitals named in the possessive.</summary>
    HospitalWord = 1 << 29,
}

internal static class WordCueList
{
    /// <summary>The cues of one word (a token's text, never empty).</summary>
    public static WordCues Of(string word)
    {
        var cues = WordCues.None;
        if (PlaceNameRule.IsWardWord(word) || PlaceNameRule.IsNumberedStreetWord(word)) cues |= WordCues.NumberedPlaceWord;
        if (PlaceNameRule.IsCountyWord(word)) cues |= WordCues.CountyWord;
        if (PlaceNameRule.IsRoadWord(word)) cues |= WordCues.RoadWord;
        if (PlaceNameRule.IsRoadCode(word)) cues |= WordCues.RoadCode;
        if (PlaceNameRule.IsPlaceNoun(word)) cues |= WordCues.PlaceNoun;
        if (PlaceNameRule.IsPlaceLastOrVenueWord(word)) cues |= WordCues.PlaceLastWord;
        if (NameFinder.IsShipPrefix(word)) cues |= WordCues.ShipPrefix;
        if (word == "&") cues |= WordCues.Ampersand;
        if (word == "X") cues |= WordCues.PlatformX;
        if (SaintNames.IsSaint(word)) cues |= WordCues.Saint;
        if (word == "Schools") cues |= WordCues.Schools;
        if (PartiesNamedAlone.IsPartyWord(word)) cues |= WordCues.PartyWord;
        if (NameFinder.IsKnownPerson(word)) cues |= WordCues.KnownPerson;
        if (TownRule.IsTownWord(word)) cues |= WordCues.Town;
        if (EmployerRule.IsJob(word)) cues |= WordCues.Job;
        if (EmployerRule.IsCompanyTitle(word)) cues |= WordCues.CompanyTitle;
        if (EmployerRule.IsTradeWord(word)) cues |= WordCues.TradeWord;
        if (WelshBodies.IsBodyWord(word)) cues |= WordCues.WelshBodyWord;
        if (MaoriNames.IsJoiningWord(word) || MaoriNames.IsPeopleWord(word)) cues |= WordCues.MaoriWord;
        if (KoreanNames.IsFamilyName(word)) cues |= WordCues.KoreanFamilyName;
        if (word is "U.S." or "US") cues |= WordCues.UsRoute;
        if (PlaceNameRule.IsFortOrPort(word) || word == "Mid") cues |= WordCues.FortPortOrMid;
        if (word == "Line") cues |= WordCues.TransitLine;
        if (PlaceNameRule.IsDirectionalStreetWord(word)) cues |= WordCues.DirectionalStreetWord;
        if (SeatAfterMember.IsMemberOrChamber(word)) cues |= WordCues.MemberWord;
        if (MilitaryUnits.IsOrdinal(word)) cues |= WordCues.Ordinal;
        if (LocalCompanyRule.IsOpeningForm(word)) cues |= WordCues.OpeningForm;
        if (PhraseMatcher.HasLatinAccent(word)) cues |= WordCues.LatinAccent;
        if (AppositionRule.IsRole(word) || word == "who") cues |= WordCues.AppositionRole;
        if (PlaceNameRule.IsHospitalWord(word)) cues |= WordCues.HospitalWord;
        return cues;
    }
}
