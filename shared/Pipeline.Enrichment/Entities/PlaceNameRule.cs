using System.Buffers;
using System.Collections.Frozen;
using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// Places the tagger splits or mistypes: a listed city or region that it cut into pieces ("Ho" +
/// "Chi Minh City", "Dar" + "Salaam") or called an organisation ("warned Tokyo"), and names
/// that a geographic word makes a place ("Litani River", "Bekaa Valley", "Lake Nasser").
/// </summary>
internal static class PlaceNameRule
{
    private static readonly FrozenSet<string> LastWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "River", "Valley", "Lake", "Sea", "Bay", "Strait", "Straits", "Mountains", "Mountain", "Hills", "Desert", "Island", "Islands",
        "Peninsula", "Plateau", "Delta", "Canal", "Coast", "Shoal", "Reef", "Highlands", "Province", "District", "County",
        "Governorate", "Prefecture", "Oblast", "Region", "Dam", "Basin", "Gorge", "Falls", "Lagoon", "Archipelago", "Glacier",
        "Stadium", "Airport", "Basilica", "Cathedral", "Mosque", "Square", "Street", "Avenue", "Boulevard", "Maidan", "Monument",
        "Plain", "Plains", "Creek", "Road", "Tunnel", "Lane", "Reservoir", "Bridge",
        // "Optus Oval", "Hands Oval": an Australian ground, named by its sponsor or its town. "Anderson's Quay", "Yakama
        // Reservation", "Hal Rogers Parkway", "Fraser Highway": quays, reservations and roads.
        "Oval", "Quay", "Wharf", "Reservation", "Parkway", "Thruway", "Expressway", "Freeway", "Turnpike", "Highway", "Motorway",
        // "Courtenay Place", "Queen St.", "The Terrace": streets by their other words.
        "Place", "Terrace", "St.", "Rd", "Rd.", "Drive", "Blvd", "Blvd.", "Ave", "Ave.",
        // "Edwards Aquifer", "Saddleworth Moor", "Humber Estuary": waters and uplands.
        "Aquifer", "Estuary", "Moor", "Wetlands", "Bayou",
        // "Trump Tower", "Grenfell Tower": a tower is a building, whoever it is named after; training text calls some
        // organisations ("Centennial Tower"), and the tagger may follow it.
        "Tower",
        // "the Diamond Hotel", "Malacañang Palace", "the Rogun Hydropower Plant": where people meet or work, named as places.
        "Hotel", "Palace", "Plant",
        // "Hamad Port", "Jebel Ali Port", "Khalifa Port": a port named after a person or a place is the port, a place.
        "Port",
        // "Ada County Jail", "Laurel Grove Cemetery", "Kansas State Fairgrounds", "Kpone Thermal Power Station": a town's jail, court
        // house, cemetery, landfill, fairground and stations are places, whoever or whatever they are named after.
        "Jail", "Courthouse", "Cemetery", "Landfill", "Fairgrounds", "Fairground", "Station", "Priory", "Arena",
        // "Weller Township", "Eglin Air Force Base", "Al Udeid Air Base": American townships and military bases are places.
        "Township", "Base",
        // "Anna Salai", "Ram Nagar", "Kawran Bazar", "GPO Chowk", "Shanti Path Marg": the roads, quarters, bazaars and crossings of
        // South Asian cities. "Coronation Market", "Makola Market": a town's market (a traded one is a body: see IsTradedMarket).
        "Salai", "Nagar", "Bazar", "Bazaar", "Chowk", "Marg", "Market",
        // "Büyükdere Caddesi", "Bağdat Caddesi", "Vatan Bulvarı", "İstiklal Sokağı": the Turkish avenue, boulevard, street and square.
        "Caddesi", "Cadde", "Bulvarı", "Sokak", "Sokağı", "Meydanı",
    ]);

    // "Dubai Financial Market", "Shanghai Metals Market", "the Southern Common Market": a market that trades shares, money or
    // goods by contract, or a trade bloc, is a body, not a place.
    private static readonly FrozenSet<string> TradedMarketWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Financial", "Stock", "Exchange", "Metals", "Metal", "Common", "Single", "Capital", "Money", "Bond", "Commodity", "Commodities",
        "Futures", "Energy", "Power", "Electricity", "Gas", "Growth", "Alternative", "Securities", "Internal", "Carbon", "Derivatives",
    ]);

    private static bool IsTradedMarket(List<Token> tokens, int market, int first) =>
        tokens[market].Text == "Market" && market > first && TradedMarketWords.Contains(tokens[market - 1].Text);

    // "Sihanoukville Autonomous Port", "Baku International Sea Trade Port CJSC": an autonomous port is the authority that runs it
    // (the French "Port Autonome"), and a port's name that goes on into another capitalised word is a company's.
    private static bool IsPortBody(List<Token> tokens, int port, int first, int end) =>
        tokens[port].Text == "Port" && (port > first && tokens[port - 1].Text == "Autonomous" || port + 1 < end && char.IsUpper(tokens[port + 1].Text[0]));

    // "the Presidential Palace", "the Royal Palace", "a Nuclear Power Plant", "the Air Base": a kind of building, not its name.
    private static readonly FrozenSet<string> GenericBeforeBuilding = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Presidential", "Royal", "Imperial", "National", "Grand", "Old", "New", "Summer", "Winter", "Power", "Nuclear", "Chemical", "Steel",
        "Cement", "Treatment", "Desalination", "Main", "Central", "Air", "Naval", "Military", "Army",
    ]);

    // Letters only Vietnamese writes (a dot below, a hook above, a tilde on i, u or y, đ, ơ, ư); "é" or "à" are French too.
    // SearchValues: IndexOfAny with a string of so many letters built its lookup map again on every call.
    private static readonly SearchValues<char> VietnameseLetters = SearchValues.Create("ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹđơưẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊĨỌỎỐỒỔỖỘỚỜỞỠỢỤỦŨỨỪỬỮỰỲỴỶỸĐƠƯ");

    // Vietnamese family names as Vietnamese writes them: a person's name opens with one.
    private static readonly FrozenSet<string> VietnameseFamilyNames = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
        "Đào", "Trịnh", "Mai", "Tô", "Trương", "Lương", "Hà", "Lâm", "Cao", "Tạ", "Châu", "Thái", "Lưu", "Văn", "Quách", "Kiều", "Đoàn",
        "Chu", "Lại", "Tăng", "Triệu", "Mạc", "Phùng", "Khúc", "Tôn", "Từ", "Diệp", "Hứa", "La", "Thân", "Nông", "Lò",
    ]);

    private static bool IsVietnamesePlaceShape(List<Token> tokens, int first, int last)
    {
        if (last - first is < 2 or > 3 || VietnameseFamilyNames.Contains(tokens[first].Text)) return false;
        var vietnamese = false;
        for (var k = first; k < last; k++)
        {
            var word = tokens[k].Text;
            if (word.Length > 7 || !char.IsUpper(word[0])) return false;
            vietnamese |= word.AsSpan().IndexOfAny(VietnameseLetters) >= 0;
        }
        return vietnamese;
    }

    private static bool IsKindOfBuilding(List<Token> tokens, int first, int building) =>
        tokens[building].Text is "Hotel" or "Palace" or "Plant" or "Base" && GenericBeforeBuilding.Contains(tokens[first].Text);

    // Words of an area that a place's name goes on with: "Harlow County" is not the town of Harlow. "District" and
    // "Region" are left out: they open titles ("U.S. District Judge").
    private static readonly FrozenSet<string> AdministrativeWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "County", "Province", "Prefecture", "Governorate", "Oblast", "Township",
    ]);

    // "Scarborough Shoal", "Manila Bay", "Panama Canal": a listed place and a feature of nature after it are that feature,
    // which takes the place's name, as an administrative area does.
    internal static readonly FrozenSet<string> NaturalFeatureWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Shoal", "Reef", "Bay", "River", "Strait", "Straits", "Island", "Islands", "Delta", "Canal", "Valley", "Basin", "Gorge", "Lagoon",
        "Glacier", "Peninsula", "Plateau", "Desert", "Sea", "Mountains", "Hills", "Falls", "Plain", "Plains", "Dam", "Reservoir", "Archipelago",
    ]);

    /// <summary>"Street", "County", "Tunnel": a word that, last in a name, makes it a place.</summary>
    public static bool IsPlaceLastWord(string word) => LastWords.Contains(word);

    // "Harriet Colby Hotel", "Lydia Crane Railway": buildings and lines named after someone end in one of these. Words that
    // are common surnames too ("Hall", "Field", "Park") are left out.
    private static readonly FrozenSet<string> FacilityWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Hotel", "Motel", "Resort", "Museum", "Library", "Theatre", "Theater", "Railway", "Station", "Bridge", "Building", "Palace",
        "Castle", "Gardens", "Market", "Mall", "Harbour", "Harbor", "Prison", "Clinic", "Schoolhouse", "Arena", "Memorial", "Cemetery",
        "Chapel", "Temple", "Shrine", "Zoo", "Pavilion", "Auditorium", "Terminal", "Pier", "Lighthouse", "Observatory", "Tower",
        "Gym", "Gymnasium",
    ]);

    /// <summary>The last word of a building's or a line's name: "Hotel", "Museum", "Railway", "Station".</summary>
    public static bool IsFacilityWord(string word) => FacilityWords.Contains(word);

    // "Palmer House", "Forbes Field", "Carnegie Hall": a place's last word that is a common surname too ("Stuart Hall",
    // "Sally Field"), so a name ending in one is not a person only because it opens with a first name.
    private static readonly FrozenSet<string> SurnameFacilityWords = FrozenSet.Create(StringComparer.Ordinal, ["House", "Hall", "Field", "Park", "Lodge", "Manor"]);

    /// <summary>"House", "Hall", "Field", "Park": a building's or a ground's last word that is a common surname too.</summary>
    public static bool IsSurnameFacilityWord(string word) => SurnameFacilityWords.Contains(word);

    // "Prins Clauslaan", "Damstraat", "Keizersgracht", "Friedrichstraße", "Alexanderplatz", "Kungsgatan", "Drottninggatan": Dutch,
    // German and Swedish street and square names end in one of these, written as one word with the name.
    private static readonly string[] StreetEndings = ["laan", "straat", "gracht", "plein", "kade", "singel", "straße", "strasse", "gasse", "allee", "platz", "gatan", "vägen", "veien"];

    // "Honiara Convention Centre", "Paul VI Audience Hall", "City Hall": a venue's word that names a place only after these.
    private static readonly FrozenSet<string> VenueWords = FrozenSet.Create(StringComparer.Ordinal, ["Centre", "Center", "Hall"]);

    private static readonly FrozenSet<string> BeforeVenueWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Convention", "Exhibition", "Audience", "City", "Town", "Concert", "Assembly", "Festival", "Conference",
        // "Charles Jordan Community Center", "Beltrami County Judicial Center", "Mimbres Valley Learning Center": the buildings of a
        // town's services and courts.
        "Community", "Judicial", "Justice", "Events", "Event", "Recreation", "Aquatic", "Aquatics", "Civic", "Visitor", "Visitors", "Senior", "Learning",
        // "Edmondson Village Shopping Center", "Morača Sports Centre", "Aqqusariaq Recovery Centre": shops, grounds and shelters.
        "Shopping", "Sports", "Recovery", "Navigation", "Leisure", "Wellness",
    ]);

    // Places that take the name of the city they serve or surround.
    private static readonly FrozenSet<string> CityNamed = FrozenSet.Create(StringComparer.Ordinal, ["Airport", "Stadium", "Governorate", "Province"]);

    // "Bab al-Hawa", "Tel Abyad", "Kfar Aza": Arabic and Hebrew words for a gate, a hill, a village, a house, a well, a spring,
    // a mountain, a valley, a monastery or a town open place names, as "Lake" and "Cape" do in English ("Kerem" and "Marj"
    // are left out: they are given names too, "Kerem Ataman Çelik").
    private static readonly FrozenSet<string> FirstWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Lake", "Mount", "Mt.", "Gulf", "Strait", "Bay", "Sea", "Isle", "Cape", "Ras", "Arena", "Stadio", "Estadio", "Hotel",
        // "Fort Chipewyan", "Port Chalmers": forts and ports that grew into towns. "River Dulnain", "River Tyne": rivers as British
        // and Irish news name them.
        "Fort", "Port", "River",
        // "Firth of Forth", "Loch Fyne", "Lough Neagh": the Scots and Irish words for an estuary and a lake. "Stryd y Plas", "Afon
        // Menai", "Páirc Uí Chaoimh": the Welsh street, road, river, lake and mountain, and the Irish park or ground.
        "Firth", "Loch", "Lough", "Isles", "Stryd", "Heol", "Ffordd", "Afon", "Llyn", "Mynydd", "Páirc",
        "Bab", "Tel", "Tell", "Kafr", "Kfar", "Beit", "Bayt", "Bir", "Ain", "Ein", "Jabal", "Jebel", "Wadi", "Deir", "Qasr", "Nahr",
        "Khirbet", "Kiryat", "Qiryat", "Ramat", "Givat", "Mitzpe",
        // "Jalan Sudirman", "Jalan M.H. Thamrin", "Lorong Kulit": the Malay and Indonesian words for a road and a lane; "Wisma
        // Putra", "Menara Kembar", "Taman Tun Dr Ismail", "Kampung Baru", "Bukit Bintang", "Sungai Buloh", "Pulau Tikus": a building,
        // a tower, an estate, a village, a hill, a river and an island.
        "Jalan", "Jl.", "Jln.", "Lorong", "Persiaran", "Wisma", "Menara", "Taman", "Kampung", "Kampong", "Bukit", "Sungai", "Pulau",
        // "Av. Las Artes Sur", "Avda. de Mayo", "Carrer de Pallars": the abbreviated Spanish and Portuguese avenue, the Catalan street.
        "Av.", "Avda.", "Carrer",
        // "Avenue Franklin Roosevelt", "Rue de Rivoli", "Calle Mayor", "Palacio de San Carlos", "Piazza Venezia", "Aula Magna": streets,
        // squares, palaces and halls whose word opens the name, as in French, Spanish and Italian.
        "Avenue", "Avenida", "Rue", "Calle", "Plaza", "Piazza", "Palacio", "Palazzo", "Aula", "Boulevard", "Rond-Point",
        // "Bulevar Svetog Petra Cetinjskog", "Ulica Kneza Miloša", "Rua Augusta", "Praça do Comércio", "Quai d'Orsay": the same in
        // the Balkans, Portugal and Brazil, and along a French river; "Salar de Uyuni", "Cerro Rico", "Lago Titicaca": salt flats,
        // hills and lakes of the Andes.
        "Bulevar", "Bulevardi", "Ulica", "Ulitsa", "Rua", "Praça", "Quai", "Salar", "Cerro", "Lago", "Laguna", "Nevado", "Volcán",
        // "San Borja", "San Antonio Oeste", "Península Valdés", "Puerto Madryn", "Ciudad del Este": towns named after a saint,
        // and peninsulas, gulfs, bays, islands, ranges, rivers and ports of the Spanish- and Portuguese-speaking world.
        "San", "Santa", "Santo", "São", "Ciudad", "Puerto", "Punta", "Península", "Golfo", "Bahía", "Isla", "Islas", "Sierra", "Río",
    ]);

    /// <summary>"Domenico Scarlattilaan", "Sejong-daero": a street's one word, by its ending.</summary>
    public static bool IsStreetWord(string word) => IsOneWordStreet(word) || LastWords.Contains(word);

    /// <summary>"Rue", "Jalan", "Lake", "Wadi": a word that opens a place's name.</summary>
    public static bool IsPlaceFirstWord(string word) => FirstWords.Contains(word);

    // "Thai Nguyen province", "the provinces of Lai Chau and Yen Bai": lower-case words that say a name is a place.
    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "province", "provinces", "region", "regions", "district", "districts", "city", "cities", "town", "towns", "port", "ports",
        "village", "villages", "island", "islands", "county", "counties", "governorate", "governorates", "prefecture", "municipality",
        "desert", "valley", "river", "field", "oilfield", "crossing", "reservoir", "reservoirs", "dam", "mine", "dams", "mines", "aqueduct",
        "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
    ]);

    // "the La Boca and Cerro Prieto dams": a plural noun names each place of the list before it.
    private static readonly FrozenSet<string> PluralPlaceNouns = PlaceNouns.Where(noun => noun.EndsWith('s')).ToFrozenSet(StringComparer.Ordinal);

    // "the Kvitfjell copper mine", "the Oyu Tolgoi gold mine": what a mine digs may stand between its name and "mine".
    private static readonly FrozenSet<string> MinedMaterials = FrozenSet.Create(StringComparer.Ordinal,
    [
        "copper", "gold", "silver", "iron", "coal", "lithium", "nickel", "zinc", "uranium", "diamond", "cobalt", "bauxite", "tin",
        "potash", "phosphate", "iron-ore", "copper-gold",
    ]);

    internal static readonly FrozenSet<string> CompassWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
    ]);

    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.Create(StringComparer.Ordinal, ["in", "from", "to", "at", "near", "outside", "around", "via"]);

    private static bool IsSaintWord(string word) => word is "San" or "Santa" or "Santo" or "São";

    // "Santa Ono, a university president", "Santo Fernández said": the words after a name that say it is a person's.
    private static bool IsPersonAfter(List<Token> tokens, int last, int end) =>
        last < end && (tokens[last].Text is "said" or "says" or "told" or "who" or "wrote"
            || (tokens[last].Text == "," && last + 2 < end && tokens[last + 1].Text is "a" or "an" or "who" && !PlaceNouns.Contains(tokens[last + 2].Text)));

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        ListedPlaces(tokens, start, end, spans, matches);
        // Each pass below that acts only at a word most sentences lack runs where the sentence holds it (WordCues).
        if (matches.Has(WordCues.PlaceNoun)) NamedByPlaceNouns(tokens, start, end, spans, matches);
        SplitPlacePair(tokens, spans, matches);
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            // "House District 12", "Senate District 23": a numbered district of a legislature takes its number.
            if (entry is null && last - first >= 2 && last < end && tokens[last - 1].Text == "District" && tokens[last].Text.Length <= 3
                && tokens[last].Text.All(char.IsAsciiDigit) && !Covers(spans, last))
            {
                spans[s] = (first, last + 1, "LOC", source + "+rule:numbered-district", null);
                continue;
            }
            // "the City of Port Lincoln", "the Town of Fogo Island", "the District Council of Tumby Bay": a town's council, named by
            // the town, is the body that backs a plan or sets a rate (the City of London, the Square Mile, is a place).
            // "the governing body for the City of Brampton", "the federalization of the City of Buenos Aires": after a preposition
            // it is the place.
            if (entry is null && IsMunicipalBody(tokens, first, last) && !AfterPreposition(tokens, start, first))
            {
                if (type != "ORG") spans[s] = (first, last, "ORG", source + "+rule:municipality", null);
                continue;
            }
            // "briefed at the Presidential Palace": a kind of building, read as a place by the tagger, names no place.
            // "struck the Air Base", read as a body: no name either.
            if ((type == "LOC" || type == "ORG" && tokens[last - 1].Text == "Base") && entry is null && source == "tagger" && last - first == 2 && IsKindOfBuilding(tokens, first, last - 1)) { spans.RemoveAt(s--); continue; }
            // "Đồng Nai", "Côn Đảo", "Bà Rịa": a Vietnamese name that opens with no family name is a place.
            if (type == "PER" && entry is null && IsVietnamesePlaceShape(tokens, first, last)) { spans[s] = (first, last, "LOC", source + "+rule:vietnamese-place", null); continue; }
            // "Jalan" + "M.H. Thamrin", "Wadi" + "Rum": a place's first word that the tagger left out opens the place it took for a person.
            if (type == "PER" && entry is null && first > start && FirstWords.Contains(tokens[first - 1].Text) && !Covers(spans, first - 1))
            {
                spans[s] = (first - 1, last, "LOC", source + "+rule:place-word", null);
                continue;
            }
            // "Jalan/LOC" + "M.H. Thamrin/LOC": so does a place's first word that the tagger took for a place of its own, right
            // before the rest of the place, which no list knows.
            if (type is "PER" or "LOC" && entry is null && first > start && FirstWords.Contains(tokens[first - 1].Text)
                && SpanEndingAt(spans, first) is var word and >= 0 && spans[word] is { Type: "LOC", Entry: null } lone && lone.First == first - 1)
            {
                spans[s] = (first - 1, last, "LOC", source + "+rule:place-word", null);
                spans.RemoveAt(word);
                if (word < s) s--;
                continue;
            }
            // "Strait of" + "Malacca", "Port of" + "Singapore": a geographic word and "of" before a place open its name, unless
            // a name goes on after it ("Port of Rotterdam Authority").
            // "Strait/LOC of Malacca/LOC": so does the word where the tagger took it for a place of its own.
            if (type == "LOC" && first - 2 >= start && tokens[first - 1].Text == "of" && (FirstWords.Contains(tokens[first - 2].Text) || tokens[first - 2].Text is "Port" or "Straits")
                && !(last < end && char.IsUpper(tokens[last].Text[0])))
            {
                var alone = SpanEndingAt(spans, first - 1);
                if (alone >= 0 && !(spans[alone] is { Type: "LOC", Entry: null } featureWord && featureWord.First == first - 2)) alone = -1;
                if (alone >= 0 || !Covers(spans, first - 2))
                {
                    spans[s] = (first - 2, last, "LOC", source + "+rule:place-word", null);
                    if (alone >= 0)
                    {
                        spans.RemoveAt(alone);
                        if (alone < s) s--;
                    }
                    continue;
                }
            }
            // "Mubarak Al-Kabeer/LOC" + "Port/LOC": a geographic or building word the tagger took for a place of its own, right after
            // a name no list knows, closes that name.
            if (type == "LOC" && entry is null && last - first == 1 && first > start && LastWords.Contains(tokens[first].Text)
                && !IsPortBody(tokens, first, start, end) && SpanEndingAt(spans, first) is var owner and >= 0 && spans[owner] is { Entry: null, Type: "LOC" or "PER" } ownerSpan)
            {
                spans[owner] = (ownerSpan.First, last, "LOC", ownerSpan.Source + "+rule:place-word", null);
                spans.RemoveAt(s--);
                continue;
            }
            // "West Java", "North Maluku": a compass word starts a place, never a person.
            if (type == "PER" && last - first >= 2 && CompassWords.Contains(tokens[first].Text)) { spans[s] = (first, last, "LOC", source + "+rule:place-word", null); continue; }
            // "Brightmoor Press Inc. Lakeview Avenue": a firm's name read on into the street after its legal form is the firm, then the street.
            if (entry is null && last - first >= 4 && IsStreetWord(tokens[last - 1].Text) && LegalFormBeforeStreet(tokens, first, last, matches) is var form and >= 0)
            {
                spans[s] = (first, form + 1, "ORG", source + "+rule:legal-form", null);
                spans.Insert(s + 1, (form + 1, last, "LOC", source + "+rule:place-word", null));
                s++;
                continue;
            }
            if (type != "LOC" && entry is null && (IsOneWordStreet(tokens[last - 1].Text) || IsStateOfListedPlace(tokens, matches, first, last)))
            {
                spans[s] = (first, last, "LOC", source + "+rule:place-word", null);
                continue;
            }
            // "Xamar Media Group Ltd." + "Maka" + "Al Mukarama Road": the street that follows a firm's legal form opens right after it.
            if (type != "LOC" && entry is null && IsStreetWord(tokens[last - 1].Text) && StreetStartAfterLegalForm(tokens, start, first, spans, matches) is var street and >= 0)
            {
                spans[s] = (street, last, "LOC", source + "+rule:place-word", null);
                continue;
            }
            // "in Lagos/LOC State, Hon. ...": a listed city or region and the untagged "State" after it are the state,
            // where no name goes on after it ("the Lagos State Government" is the tagger's to find).
            if (type == "LOC" && last + 1 < end && tokens[last].Text == "State" && !char.IsUpper(tokens[last + 1].Text[0])
                && IsStateOfListedPlace(tokens, matches, first, last + 1) && !Covers(spans, last))
            {
                spans[s] = (first, last + 1, "LOC", source + "+rule:place-word", null);
                continue;
            }
            // "Dublin Argus", "Harbour City Record": a place and a newspaper's word is the newspaper, read as the place.
            if (type == "LOC" && entry is null && last - first >= 2 && IsNewspaperWord(tokens[last - 1].Text)) { spans[s] = (first, last, "ORG", source + "+rule:newspaper", null); continue; }
            // "the Sydney CBD": a city's business district is the city.
            if (last - first >= 2 && tokens[last - 1].Text == "CBD" && entry is null) { spans[s] = (first, last - 1, "LOC", source + "+rule:place-word", null); continue; }
            // "Ninewells Hospital", "Perth Royal Infirmary", "Harborview Medical Center": a hospital, where patients are taken and
            // staff work, is a place, as news annotators write it (39 of the 47 hospitals of our blind batches; the trust or the
            // health system that runs it, "Royal Cornwall Hospitals NHS Trust", stays an organisation).
            if (type == "ORG" && entry is null && last - first >= 2 && (IsHospital(tokens, last) || IsHospitalOfPlace(tokens, matches, first, last)))
            {
                // "Queen" + "Elizabeth Hospital": a hospital named after a titled person keeps the title.
                if (first > start && PersonTitles.IsListedTitle(tokens, first - 1) && char.IsUpper(tokens[first - 1].Text[0]) && !Covers(spans, first - 1)) first--;
                spans[s] = (first, last, "LOC", source + "+rule:hospital", null);
                continue;
            }
            // "AAMI Park", "American Family Field": a ground named after its sponsor, read as the sponsor, is the ground; so are a hill
            // and flats by a city ("Parliament Hill", "LeBreton Flats"), whose words are surnames too ("Fiona Hill") and make no
            // person a place.
            if (type == "ORG" && entry is null && last - first >= 2 && tokens[last - 1].Text is "Park" or "Field" or "Hill" or "Flats" or "Springs" or "Point" && !IsOrganization(matches, first, last))
            {
                spans[s] = (first, last, "LOC", source + "+rule:place-word", null);
                continue;
            }
            // "beside the Karamu Stream", "the ILT Velodrome", "the Cabot Trail": a stream, a range, a velodrome or a track,
            // read as a body, is a place; so is a theatre where something stands or happens ("across from the Rio Grande Theatre").
            if (type == "ORG" && entry is null && last - first >= 2 && !IsOrganization(matches, first, last)
                && (tokens[last - 1].Text is "Stream" or "Range" or "Ranges" or "Velodrome" or "Track" or "Trail" or "Walkway"
                    || (tokens[last - 1].Text is "Theatre" or "Theater" && AfterPreposition(tokens, start, first))))
            {
                spans[s] = (first, last, "LOC", source + "+rule:place-word", null);
                continue;
            }
            // "Kamloops RCMP", "Collingwood OPP": a town and a police force's acronym the lists know are the force's detachment there,
            // named as the town and the force.
            if (type == "ORG" && entry is null && last - first == 2 && IsListedPlace(matches, first) && tokens[last - 1].Text.Length >= 3
                && tokens[last - 1].Text.AsSpan().IndexOfAnyExceptInRange('A', 'Z') < 0 && matches.Single(last - 1) is { } force && force.Is(GazetteerKind.KnownOrganization))
            {
                spans[s] = (first, first + 1, "LOC", source + "+rule:detachment", matches.Single(first));
                spans.Insert(s + 1, (first + 1, last, "ORG", source + "+rule:detachment", force));
                s++;
                continue;
            }
            // "Skeetchestn Indian Band": a First Nation's band is its government, a body.
            if (type == "LOC" && entry is null && last - first >= 3 && tokens[last - 1].Text == "Band" && tokens[last - 2].Text == "Indian")
            {
                spans[s] = (first, last, "ORG", source + "+rule:band", null);
                continue;
            }
            // "Enoch Pratt Free Library", "Paterson Public Library": a public library is a body, as schools are.
            if (type is "LOC" or "PER" && entry is null && last - first >= 3 && tokens[last - 1].Text == "Library" && tokens[last - 2].Text is "Public" or "Free")
            {
                spans[s] = (first, last, "ORG", source + "+rule:library", null);
                continue;
            }
            // "Lockwood Elementary", "Hilo Intermediate", "Roosevelt High": a school named by its grade is a body, as schools are.
            if (type is "PER" or "LOC" && entry is null && last - first is 2 or 3 && tokens[last - 1].Text is "Elementary" or "Intermediate" or "Middle" or "High" or "Schools"
                && AllCapitalised(tokens, first, last))
            {
                spans[s] = (first, last, "ORG", source + "+rule:school", null);
                continue;
            }
            // "Fields Corner", "Savin Hill", "from Roland Park": a neighbourhood named by a word and its corner, hill, park or heights,
            // read as a person, is a place when its first word is no given name or a word of place stands before it.
            // "includes Fields Corner/ORG and Savin Hill/PER": a corner, heights or a crossing is no body either, and a name joined to a
            // place by "and" or a comma is one too.
            if (entry is null && last - first == 2 && (type == "PER" && NeighbourhoodWords.Contains(tokens[last - 1].Text)
                    && (!(matches.Single(first) is { } given && given.Is(GazetteerKind.FirstName)) || (first > start && NameFinder.IsPlacePreposition(tokens[first - 1].Text))
                        || (first - 1 > start && tokens[first - 1].Text is "and" or "," && SpanEndingAt(spans, first - 1) is var before and >= 0 && spans[before].Type == "LOC"))
                || type is "PER" or "ORG" && IsCornerWord(tokens[last - 1].Text)))
            {
                spans[s] = (first, last, "LOC", source + "+rule:place-word", null);
                continue;
            }
            // "Rosser Ward", "University Ward": a city's ward named by a word that is no given name is a place, not a person or a body.
            if (type is "PER" or "ORG" && entry is null && last - first == 2 && tokens[last - 1].Text == "Ward"
                && !(matches.Single(first) is { } wardWord && wardWord.Is(GazetteerKind.FirstName)))
            {
                spans[s] = (first, last, "LOC", source + "+rule:place-word", null);
                continue;
            }
            // "Beaverton School District", "Hays Trinity Groundwater Conservation District": a district that runs schools, water or
            // parks is a body, not the area.
            if (entry is null && last - first >= 2 && tokens[last - 1].Text == "District" && IsServiceWord(tokens[last - 2].Text))
            {
                spans[s] = (first, last, "ORG", source + "+rule:service-district", null);
                continue;
            }
            // "Cork East", "Cork North-Central", "Upper Bann", "South Antrim": a constituency, a place and a point of the compass,
            // read as an organisation.
            if (type == "ORG" && entry is null && last - first == 2 && IsConstituency(tokens, matches, first)) { spans[s] = (first, last, "LOC", source + "+rule:constituency", null); continue; }
            if (type == "LOC" || last - first < 2 || entry is not null) continue;
            if (((LastWords.Contains(tokens[last - 1].Text) && !IsTradedMarket(tokens, last - 1, first) && !IsPortBody(tokens, last - 1, first, end) || IsVenue(tokens, last - 1)) && !IsOrganizationWithTail(tokens, matches, first, last)
                    && !(last - first == 2 && IsKindOfBuilding(tokens, first, last - 1)) && !IsTitledPerson(tokens, matches, start, first, last))
                || (FirstWords.Contains(tokens[first].Text) && !IsOrganization(matches, first, last) && !(IsSaintWord(tokens[first].Text) && IsPersonAfter(tokens, last, end))
                    // "Port Autonome de Lomé": a port's longer name is its authority's.
                    && !(IsFortOrPort(tokens[first].Text) && last - first > 2)))
            {
                // "King" + "Khalid International Airport", "Prince" + "Edward Island": a place named after a titled person keeps
                // the title the tagger left out of the name.
                if (type == "PER" && first > start && PersonTitles.IsListedTitle(tokens, first - 1)
                    && char.IsUpper(tokens[first - 1].Text[0]) && !Covers(spans, first - 1)) first--;
                spans[s] = (first, last, "LOC", source + "+rule:place-word", null);
            }
        }
        if (matches.Has(WordCues.RoadWord)) StreetNames.NumberedRoads(tokens, start, end, spans, matches);
        if (matches.Has(WordCues.RoadCode)) StreetNames.RoadCodes(tokens, start, end, spans, matches);
        if (matches.Has(WordCues.CountyWord)) IrishCounties(tokens, start, end, spans);
        if (matches.Has(WordCues.NumberedPlaceWord)) StreetNames.NumberedStreets(tokens, start, end, spans);
        if (matches.Has(WordCues.UsRoute)) StreetNames.UsRoutes(tokens, start, end, spans);
        if (matches.Has(WordCues.FortPortOrMid))
        {
            FortsAndPorts(tokens, start, end, spans, matches);
            MidPlaces(tokens, start, end, spans, matches);
        }
        if (matches.Has(WordCues.TransitLine)) StreetNames.TransitLines(tokens, start, end, spans);
        if (matches.Has(WordCues.DirectionalStreetWord)) StreetNames.DirectionalStreets(tokens, start, end, spans);
        // "Rift Valley", untagged: capitalised words ending in a geographic word. Its cue (IsPlaceLastOrVenueWord) is the
        // loop's first test of a word, or wider: a change to that test changes the cue.
        if (matches.Has(WordCues.PlaceLastWord))
        for (var i = start; i < end; i++)
        {
            // Every geographic and venue word is capitalised: a lower-case word needs no look-up in either list.
            if (!char.IsUpper(tokens[i].Text[0]) || !(LastWords.Contains(tokens[i].Text) || (i > start && IsVenue(tokens, i))) || i == start || Covers(spans, i)
                || IsTradedMarket(tokens, i, start) || IsPortBody(tokens, i, start, end)) continue;
            var first = i;
            while (first > start && i - first < 3 && (IsPlainCapitalised(tokens[first - 1].Text) || IsCapitalisedCompound(tokens[first - 1].Text)) && !Covers(spans, first - 1)) first--;
            // "St. Peter's Basilica": the name before a possessive, found on its own, is the start of the place.
            if (first == i && i - 2 >= start && tokens[i - 1].Text is "'s" or "’s" && SpanEndingAt(spans, i - 1) is var owner and >= 0
                && spans[owner].Entry is null && spans[owner].Type is "LOC" or "PER")
            {
                first = spans[owner].First;
                spans.RemoveAt(owner);
                spans.Add((first, i + 1, "LOC", "rule:place-word", null));
                continue;
            }
            // "McDougall" + "Creek": a name the tagger ended right before the geographic word, and no list knows, is the place's start.
            // "Harlow/LOC" + "County": so is a place the tagger ended right before an administrative word, listed or not,
            // unless a name goes on after it ("U.S. District Court"; a title may follow: "Harlow County Commissioner").
            if (first == i && SpanEndingAt(spans, i) is var named and >= 0
                && (spans[named] is { Entry: null, Type: "PER" or "ORG" } || spans[named].Type == "LOC" && (AdministrativeWords.Contains(tokens[i].Text) || NaturalFeatureWords.Contains(tokens[i].Text))
                    && !(i + 1 < end && char.IsUpper(tokens[i + 1].Text[0]) && !PersonTitles.IsListedTitle(tokens, i + 1)))
                && spans[named] is var before && i - before.First <= 2 && !IsOrganization(matches, before.First, i))
            {
                spans[named] = (before.First, i + 1, "LOC", before.Source + "+rule:place-word", null);
                continue;
            }
            if (first < i && !(first == start && Lexicon.Instance.IsEnglishStopword(tokens[first].Text))
                && !(i - first == 1 && IsKindOfBuilding(tokens, first, i)))
            {
                // "Baghdad International Airport", "Basra Governorate": a place named after a city holds the city's name.
                if (CityNamed.Contains(tokens[i].Text) && first > start && SpanEndingAt(spans, first) is var city and >= 0 && spans[city].Type == "LOC"
                    && spans[city].Last - spans[city].First <= 2)
                {
                    first = spans[city].First;
                    spans.RemoveAt(city);
                }
                spans.Add((first, i + 1, "LOC", "rule:place-word", null));
            }
        }
        SheriffOffices(tokens, start, end, spans);
        if (matches.Has(WordCues.HospitalWord)) PossessiveHospitals(tokens, start, end, spans, matches);
    }

    // The words WordCues looks for before Apply runs a pass; the road and street passes they gate are in StreetNames.

    /// <summary>"Ward", "District": a ward or a council district when a number follows ("Ward 6").</summary>
    internal static bool IsWardWord(string word) => word is "Ward" or "District" or "Precinct" or "Camp" or "Sector";

    /// <summary>"Street", "Avenue": a numbered street when a number or an ordinal goes before ("111 Street").</summary>
    internal static bool IsNumberedStreetWord(string word) => word is "Street" or "Avenue" or "Ave." or "Ave" or "St." or "Road";

    /// <summary>"County", "Co.": the word before an Irish county's name.</summary>
    internal static bool IsCountyWord(string word) => word is "County" or "Co" or "Co.";

    /// <summary>"Highway", "Route": a road's word before its number.</summary>
    internal static bool IsRoadWord(string word) => word is "Highway" or "Route" or "Interstate" or "Calle" or "Carrera" or "Autoroute" or "Road";

    /// <summary>"Street", "Ave.": the last word of a street <see cref="StreetNames.DirectionalStreets"/> names.</summary>
    internal static bool IsDirectionalStreetWord(string word) => StreetNames.DirectionalStreetWords.Contains(word);

    /// <summary>"A303", "M5": a British or Irish road's letter and number.</summary>
    internal static bool IsRoadCode(string word) => word.Length is >= 2 and <= 5 && word[0] is 'A' or 'M' or 'B' or 'N' or 'R' && StreetNames.IsRoadNumber(word.AsSpan(1));

    /// <summary>"province", "district": a lower-case word that says the name before it is a place.</summary>
    internal static bool IsPlaceNoun(string word) => char.IsLower(word[0]) && PlaceNouns.Contains(word);

    /// <summary>
    /// A place noun at token k, or "border" before a border post's noun: "the Ibrahim Khalil border post", "the Öncüpınar border
    /// gate", "the Torkham border crossing".
    /// </summary>
    internal static bool IsPlaceNounAt(List<Token> tokens, int k, int end) =>
        IsPlaceNoun(tokens[k].Text)
        || (tokens[k].Text == "border" && k + 1 < end && tokens[k + 1].Text is "post" or "posts" or "crossing" or "crossings" or "gate" or "gates" or "checkpoint" or "point");

    /// <summary>"River", "Street", "Centre": a capitalised geographic word, or a venue's word (<see cref="IsVenue"/>).</summary>
    internal static bool IsPlaceLastOrVenueWord(string word) => char.IsUpper(word[0]) && (LastWords.Contains(word) || VenueWords.Contains(word));

    // "Cork East", "Cork North-Central": a point of the compass, or two joined by a hyphen.
    private static bool IsCompass(string word)
    {
        if (CompassWords.Contains(word)) return true;
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0) return false;
        var compass = CompassWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = word.AsSpan(hyphen + 1);
        return compass.Contains(word.AsSpan(0, hyphen)) && rest.Length > 1 && char.IsUpper(rest[0]) && compass.Contains(rest);
    }

    // "Cllr Gary Plant", "Sgt. Anna Bridge": a title and a given name open a person's name that a word of place that is also a family name ends; but
    // streets, squares and hospitals are named after kings, saints and presidents ("King Edward Street", "Queen Mary Hospital").
    private static bool IsTitledPerson(List<Token> tokens, GazetteerMatches matches, int start, int first, int last) =>
        SurnamesOfPlace.Contains(tokens[last - 1].Text) && (last - first is 3 or 4 && IsLivingPersonsTitle(tokens, first) && matches.Single(first + 1) is { } given && given.Is(GazetteerKind.FirstName)
        || last - first is 2 or 3 && first > start && char.IsUpper(tokens[first - 1].Text[0]) && IsLivingPersonsTitle(tokens, first - 1)
            && matches.Single(first) is { } name && name.Is(GazetteerKind.FirstName));

    // Words that end places and are English family names too.
    private static readonly FrozenSet<string> SurnamesOfPlace = FrozenSet.Create(StringComparer.Ordinal,
        ["Plant", "Bridge", "Lane", "Tower", "Place", "Lake", "Moor", "Quay", "Wharf", "Drive", "Hall", "Field", "Park"]);

    private static bool IsLivingPersonsTitle(List<Token> tokens, int k) =>
        PersonTitles.IsListedTitle(tokens, k) && !PlacesNamedAfter.Contains(tokens[k].Text);

    private static readonly FrozenSet<string> PlacesNamedAfter = FrozenSet.Create(StringComparer.Ordinal,
    [
        "King", "Queen", "Prince", "Princess", "Sir", "Dame", "Lord", "Lady", "Saint", "St", "St.", "Sheikh", "Emperor", "Empress", "Pope",
        "President", "General", "Presidente", "Rey", "Reina",
    ]);

    private static bool IsListedPlace(GazetteerMatches matches, int k) =>
        matches.Single(k) is { } place && place.Is(GazetteerKind.City | GazetteerKind.Region | GazetteerKind.Country) && !place.Is(GazetteerKind.KnownOrganization);

    /// <summary>
    /// "Eastern Anatolia", "Greater China", "Southern Kazakhstan": a point of the compass or "Greater", "Inner", "Outer" found as a
    /// place of its own right before a listed place (the tagger or the region list split them) is the first word of one region's
    /// name, not a second place.
    /// </summary>
    internal static void JoinCompassToPlace(List<Token> tokens, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var a = spans.Count - 1; a >= 0; a--)
        {
            var (first, last, type, source, _) = spans[a];
            if (type != "LOC" || last - first != 1 || !(CompassWords.Contains(tokens[first].Text) || tokens[first].Text is "Greater" or "Inner" or "Outer")
                || last >= tokens.Count || tokens[last].Start - tokens[first].End != 1 || !IsListedPlace(matches, last)) continue;
            var b = SpanStartingAt(spans, last);
            if (b < 0 || spans[b].Type != "LOC") continue;
            spans[a] = (first, spans[b].Last, "LOC", source + "+rule:compass-place", null);
            spans.RemoveAt(b);
            if (b < a) a--;
        }
    }

    // A listed place and a point of the compass after it ("Cork East"), or "Upper", "Lower", "Mid" or a point of the compass and a
    // listed place ("South Antrim", "Upper Bann"); no word of an organisation's ("Southern Water" names no listed place).
    private static bool IsConstituency(List<Token> tokens, GazetteerMatches matches, int first) =>
        !IsOrganization(matches, first, first + 2) && char.IsUpper(tokens[first + 1].Text[0])
        && (IsListedPlace(matches, first) && IsCompass(tokens[first + 1].Text)
            || (tokens[first].Text is "Upper" or "Lower" or "Mid" || CompassWords.Contains(tokens[first].Text) && IsListedPlace(matches, first + 1)));

    private static bool IsServiceWord(string word) =>
        word is "School" or "Schools" or "Water" or "Fire" or "Conservation" or "Utility" or "Irrigation" or "Hospital" or "Park" or "Parks"
            or "Library" or "Transit" or "Sanitation" or "Sewer" or "Improvement" or "Health" or "College" or "Unified" or "Control" or "Drainage";

    private static bool IsNewspaperWord(string word) =>
        word is "Argus" or "Record" or "Times" or "Post" or "Herald" or "Courier" or "Gazette" or "Tribune" or "Chronicle" or "Journal" or "Mirror"
            or "Echo" or "Examiner" or "Advertiser" or "Observer" or "Telegraph" or "Guardian" or "Sentinel" or "Dispatch" or "Ledger" or "Bulletin"
            or "Enquirer" or "Register" or "Beacon" or "Statesman" or "Press" or "Standard" or "Star" or "Sun" or "Independent" or "Inquirer"
            or "Monitor" or "Messenger" or "Gleaner" or "Reporter" or "Globe" or "Citizen" or "Leader" or "Weekly" or "Daily" or "Bee" or "Clarion" or "Review";

    // "State Hospital South", "Bryan Medical Center West", "University Hospital Galway": a hospital's word and a point of the compass,
    // or a listed city or county after it, that names which of a system's hospitals it is.
    private static bool IsHospitalOfPlace(List<Token> tokens, GazetteerMatches matches, int first, int last) =>
        last - first >= 3 && IsHospital(tokens, last - 1)
        && (CompassWords.Contains(tokens[last - 1].Text) || IsListedPlace(matches, last - 1) || TownRule.CountryOf(tokens[last - 1].Text) is not null);

    /// <summary>Whether the name ending before token <paramref name="last"/> is a hospital's ("Hospital", "Infirmary", "Medical Center").</summary>
    internal static bool IsHospital(List<Token> tokens, int last) =>
        tokens[last - 1].Text is "Hospital" or "Infirmary" || last >= 2 && tokens[last - 1].Text is "Center" or "Centre" && (tokens[last - 2].Text == "Medical"
            // "Kitikmeot Regional Health Centre", "Thunder Bay Regional Health Sciences Centre": a region's health centre is its hospital.
            || last >= 3 && tokens[last - 2].Text == "Health" && tokens[last - 3].Text == "Regional"
            || last >= 4 && tokens[last - 2].Text == "Sciences" && tokens[last - 3].Text == "Health" && tokens[last - 4].Text == "Regional");

    /// <summary>"Hospital", "Infirmary": the word a hospital named in the possessive ends in (<see cref="WordCues.HospitalWord"/>).</summary>
    internal static bool IsHospitalWord(string word) => word is "Hospital" or "Infirmary";

    // "King's College Hospital", "Noble's Hospital", "Guy's Hospital": a hospital named by its founder or patron in the possessive
    // is one place, the owner's name and all, where the tagger read the owner as a person or left it out. A country or a city that
    // owns a hospital ("Kenya's Referral Hospital") is no part of its name.
    private static void PossessiveHospitals(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var i = start + 1; i + 1 < end; i++)
        {
            if (tokens[i].Text is not ("'s" or "’s") || !IsPlainCapitalised(tokens[i - 1].Text) || matches.Single(i - 1) is { } owner && owner.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region)) continue;
            var hospital = i + 1;
            while (hospital < end && hospital - i <= 3 && char.IsUpper(tokens[hospital].Text[0]) && !IsHospitalWord(tokens[hospital].Text)) hospital++;
            if (hospital >= end || !IsHospitalWord(tokens[hospital].Text)) continue;
            var first = i - 1;
            if (AnyOutside(Overlapping(spans, first, hospital + 1), first, hospital + 1)) continue;
            NameFinder.SetPlace(spans, first, hospital + 1, "rule:hospital");
            i = hospital;
        }
    }

    // "the Ada County Sheriff's Office", "Marion County Sheriff's Department": a county's sheriff's office is a body; the sheriff's
    // title inside it cuts the tagger's name to the county. "Deputy Ada County Prosecutor": nor is the deputy's word the county's.
    private static void SheriffOffices(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            if (type != "LOC" || first < start || last > end || entry is not null) continue;
            if (last - first >= 3 && tokens[first].Text is "Deputy" or "Assistant" or "Acting" && tokens[last - 1].Text is "County" or "Parish")
            {
                spans[s] = (first + 1, last, type, source, entry);
                continue;
            }
            if (last + 2 < end && tokens[last].Text == "Sheriff" && tokens[last + 1].Text is "'s" or "’s" && tokens[last + 2].Text is "Office" or "Department"
                && !NameFinder.AnyRunsOutside(spans, last, last + 3))
            {
                NameFinder.RemoveOverlapping(spans, last, last + 3);
                // The removal may have moved this span: find it again, and go on from there.
                s = spans.IndexOf((first, last, type, source, entry));
                spans[s] = (first, last + 3, "ORG", source + "+rule:sheriff", null);
            }
        }
    }

    /// <summary>"Corner", "Heights", "Crossing": a neighbourhood's last word that no person's or body's name ends in.</summary>
    internal static bool IsCornerWord(string word) => word is "Corner" or "Heights" or "Junction" or "Crossing" or "Landing" or "Commons";

    /// <summary>"Fort", "Port": the word of a fort or a port that grew into a town ("Fort Chipewyan", "Port Chalmers").</summary>
    internal static bool IsFortOrPort(string word) => word is "Fort" or "Port";

    private static readonly FrozenSet<string> NeighbourhoodWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Corner", "Heights", "Village", "Junction", "Crossing", "Landing", "Commons", "Hill", "Park", "Square", "Point",
    ]);

    private static bool AfterPreposition(List<Token> tokens, int start, int first)
    {
        var k = first - 1;
        if (k >= start && tokens[k].Text is "the" or "The") k--;
        return k >= start && tokens[k].Text is "of" or "for" or "in" or "at" or "to" or "from" or "near" or "across" or "within" or "throughout" or "into" or "around" or "outside";
    }

    private static bool IsMunicipalBody(List<Token> tokens, int first, int last)
    {
        var of = tokens[first].Text is "City" or "Town" or "Village" or "Municipality" or "Shire" or "Borough" ? first + 1
            // "District Council of Tumby Bay", "Regional Municipality of Wood Buffalo", "Rural Municipality of Sherwood".
            : first + 1 < last && (tokens[first].Text == "District" && tokens[first + 1].Text == "Council"
                || tokens[first].Text is "Regional" or "Rural" && tokens[first + 1].Text == "Municipality") ? first + 2 : -1;
        return of > 0 && last - of >= 2 && tokens[of].Text == "of" && char.IsUpper(tokens[of + 1].Text[0])
            && !(last - of == 2 && tokens[of + 1].Text is "London" or "Westminster");
    }

    // "reached Fort Chipewyan", "left from Port Chalmers": a fort's or a port's word and one capitalised word after it are a town,
    // where the tagger read the word alone as something else or missed it.
    private static void FortsAndPorts(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var i = start; i + 1 < end; i++)
        {
            // "the Port Authority": a body's word after it is the body's name.
            if (!IsFortOrPort(tokens[i].Text) || !IsPlainCapitalised(tokens[i + 1].Text) || (i + 2 < end && char.IsUpper(tokens[i + 2].Text[0]))
                || matches.Single(i + 1) is { } word && word.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix | GazetteerKind.PersonTitle)
                || NameFinder.AnyRunsOutside(spans, i, i + 2)) continue;
            var named = false;
            foreach (var s in spans) named |= s.First == i && s.Last == i + 2 && s.Type is "LOC" or "ORG" or "PER";
            if (named) continue;
            NameFinder.SetPlace(spans, i, i + 2, "rule:place-word");
        }
    }

    // "the District Commander for Mid Ulster", "in Mid Wales": "Mid" before a listed region names the part of it, a place of its own.
    private static void MidPlaces(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (tokens[i].Text != "Mid" || !IsListedPlace(matches, i + 1) || (i + 2 < end && char.IsUpper(tokens[i + 2].Text[0]))
                || NameFinder.AnyRunsOutside(spans, i, i + 2)) continue;
            NameFinder.SetPlace(spans, i, i + 2, "rule:place-word");
        }
    }

    // The thirty-two counties of Ireland, and Durham, which English writes the same way ("County Durham").
    private static readonly FrozenSet<string> CountiesNamedFirst = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Antrim", "Armagh", "Carlow", "Cavan", "Clare", "Cork", "Derry", "Donegal", "Down", "Dublin", "Fermanagh", "Galway", "Kerry", "Kildare",
        "Kilkenny", "Laois", "Leitrim", "Limerick", "Londonderry", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly", "Roscommon",
        "Sligo", "Tipperary", "Tyrone", "Waterford", "Westmeath", "Wexford", "Wicklow", "Durham",
    ]);

    // "County Kildare", "Co Meath", "Co. Tyrone": an Irish county is named after its word, which the tagger misses in some sentences
    // and takes for a company ("Co.") in others. A name going on after it is a body's ("County Kildare Chamber"): left to the others.
    private static void IrishCounties(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (!IsCountyWord(tokens[i].Text) || !CountiesNamedFirst.Contains(tokens[i + 1].Text)
                || (i + 2 < end && char.IsUpper(tokens[i + 2].Text[0])) || NameFinder.AnyRunsOutside(spans, i, i + 2)) continue;
            NameFinder.SetPlace(spans, i, i + 2, "rule:county");
        }
    }

    // "member states, including Puntland and Jubaland": two one-word places joined by "and", read as one place, are two.
    // A listed pair ("Trinidad and Tobago", "Jammu and Kashmir") is one.
    private static void SplitPlacePair(List<Token> tokens, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            // "Water Street and Church Street", "Pah Road and Queen Street": two streets, each ending in its street's word, joined as one.
            if (type is "LOC" or "ORG" && entry is null && last - first >= 5 && IsStreetWord(tokens[last - 1].Text) && StreetsAnd(tokens, first, last) is var joint and > 0)
            {
                spans[s] = (first, joint, "LOC", source + "+rule:street-pair", null);
                spans.Add((joint + 1, last, "LOC", source + "+rule:street-pair", null));
                continue;
            }
            if (type != "LOC" || last - first != 3 || tokens[first + 1].Text != "and" || !char.IsUpper(tokens[first].Text[0]) || !char.IsUpper(tokens[first + 2].Text[0])
                || !source.StartsWith("tagger", StringComparison.Ordinal) || matches.Longest(first) is { Length: 3 }) continue;
            spans[s] = (first, first + 1, "LOC", source + "+rule:place-pair", null);
            spans.Add((first + 2, last, "LOC", source + "+rule:place-pair", null));
        }
    }

    // The "and" between two streets of two words or more each (the caller has seen the second end in a street's word); or -1.
    private static int StreetsAnd(List<Token> tokens, int first, int last)
    {
        for (var k = first + 2; k < last - 2; k++)
            if (tokens[k].Text == "and" && IsStreetWord(tokens[k - 1].Text)) return k;
        return -1;
    }

    /// <summary>"Convention Centre", "Community Center", "City Hall": a venue's word after the word that makes it a place.</summary>
    internal static bool IsVenue(List<Token> tokens, int k) => VenueWords.Contains(tokens[k].Text) && k > 0 && BeforeVenueWords.Contains(tokens[k - 1].Text);

    // Loops, not List.FindIndex or Exists with a lambda: a lambda that captures the token index allocates a closure and a
    // delegate on every call, and these run for every token of every sentence.
    internal static int SpanEndingAt(List<NameSpan> spans, int k)
    {
        for (var i = 0; i < spans.Count; i++)
            if (spans[i].Last == k) return i;
        return -1;
    }

    private static int SpanStartingAt(List<NameSpan> spans, int k)
    {
        for (var i = 0; i < spans.Count; i++)
            if (spans[i].First == k) return i;
        return -1;
    }

    internal static bool Covers(List<NameSpan> spans, int k)
    {
        foreach (var s in spans)
            if (s.First <= k && k < s.Last) return true;
        return false;
    }

    // Whether a span runs over token k from before it.
    private static bool RunsOver(List<NameSpan> spans, int k)
    {
        foreach (var s in spans)
            if (s.First < k && k < s.Last) return true;
        return false;
    }

    internal static List<NameSpan> Overlapping(List<NameSpan> spans, int first, int last)
    {
        var overlapping = new List<NameSpan>();
        foreach (var s in spans)
            if (s.First < last && first < s.Last) overlapping.Add(s);
        return overlapping;
    }

    internal static bool AnyOutside(List<NameSpan> spans, int first, int last)
    {
        foreach (var s in spans)
            if (s.First < first || s.Last > last) return true;
        return false;
    }

    private static bool AnyStartsBefore(List<NameSpan> spans, int first)
    {
        foreach (var s in spans)
            if (s.First < first) return true;
        return false;
    }

    private static void ListedPlaces(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var i = start; i < end; i++)
        {
            var (length, entry) = matches.Longest(i);
            if (entry is null || !entry.Is(GazetteerKind.City | GazetteerKind.Region) || entry.Is(GazetteerKind.KnownOrganization | GazetteerKind.Country) || !char.IsUpper(tokens[i].Text[0])) continue;
            var last = i + length;
            var overlapping = Overlapping(spans, i, last);
            // "the Ho/ORG Chi Minh City Metro/ORG Line 2": a listed place of three words or more that the tagger cut in pieces,
            // the last running on over a word or two that no organisation's word ends, is the place.
            // "the Ho Chi Minh City Metro/LOC Line 5" read as one place runs on over a word or two past the listed one the same way.
            var runsOn = length >= 3 && overlapping.Count == 1 && overlapping[0] is { Source: "tagger" } one && one.First == i && one.Last > last;
            if (AnyOutside(overlapping, i, last) && !(length >= 3 && (overlapping.Count >= 2 || runsOn) && !AnyStartsBefore(overlapping, i)
                && EndWithinOrShortlyAfter(overlapping, last, matches)))
                continue;
            var replace = overlapping.Count switch
            {
                0 => length > 1 || (i > start && PlacePrepositions.Contains(tokens[i - 1].Text) && !entry.Is(GazetteerKind.FirstName | GazetteerKind.Surname))
                    || IsPlaceInMenu(tokens, i, last, start, end),
                // "LFTZ Enterprise", "Daily Mail": a listed town that is an ordinary English word does not unmake an organisation.
                1 => (overlapping[0].Type == "ORG" && !(length == 1 && matches.IsEnglishWord(i, tokens[i].Text))) || overlapping[0].Last - overlapping[0].First < length || runsOn
                    || (overlapping[0].First == i && overlapping[0].Last == last && IsPlaceInMenu(tokens, i, last, start, end)),
                _ => true, // pieces of one listed name
            };
            // A listed place the tagger found as a place, word for word, is the listed one: it keeps the list's entry (and
            // country), and a check for the tagger's guesses ("Home / Lisbon / Travel", a site's menu) no longer drops it. A town
            // that is an English word too ("Enterprise") stays the tagger's guess, for the checks on portfolios and menus.
            if (overlapping.Count == 1 && overlapping[0] is { Type: "LOC", Entry: null } tagged && tagged.First == i && tagged.Last == last
                && !(length == 1 && matches.IsEnglishWord(i, tokens[i].Text)))
            {
                spans[spans.IndexOf(tagged)] = (i, last, "LOC", tagged.Source == "tagger" ? "tagger+gazetteer" : tagged.Source, entry);
                continue;
            }
            if (!replace || (overlapping.Count == 1 && overlapping[0].Type == "LOC" && !runsOn)) continue;
            NameFinder.RemoveOverlapping(spans, i, last);
            spans.Add((i, last, "LOC", entry.Is(GazetteerKind.City) ? "gazetteer:cities" : "gazetteer:regions", entry));
            i = last - 1;
        }
    }

    // "News | Oldham | Rochdale | Tameside": a listed place alone between a menu's bars is the place the site covers, whatever the
    // tagger made of it (it reads menus poorly); a section that is an English word ("Metro") is not.
    private static bool IsPlaceInMenu(List<Token> tokens, int first, int last, int start, int end) =>
        NameSpanChecks.IsMenuItem(tokens, first, last, start, end, menuLine: false) && !FeatureExtractor.IsEnglishWord(tokens[first].Text);

    // Every span ends by last, or a word or two after it on a word that ends no organisation's name.
    private static bool EndWithinOrShortlyAfter(List<NameSpan> spans, int last, GazetteerMatches matches)
    {
        foreach (var s in spans)
            if (!(s.Last <= last || (s.Last - last <= 2 && !EndsInOrganizationWord(matches, s.Last)))) return false;
        return true;
    }

    private static bool EndsInOrganizationWord(GazetteerMatches matches, int last) =>
        matches.Single(last - 1) is { } entry && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix);

    private static void NamedByPlaceNouns(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var k = start; k < end; k++)
        {
            // Every place noun is in lower case: a capitalised word or a mark needs no look-up.
            if (!IsPlaceNounAt(tokens, k, end)) continue;
            var nameEnd = tokens[k].Text == "mine" && k - 1 > start && MinedMaterials.Contains(tokens[k - 1].Text) ? k - 1 : k;
            // "Ba Dinh district": the name right before the noun.
            if (nameEnd > start && SpanEndingAt(spans, nameEnd) is var before and >= 0 && spans[before].Type != "LOC" && IsUnlisted(spans[before], matches))
            {
                spans[before] = (spans[before].First, nameEnd, "LOC", "rule:place-noun", null);
                // "La Boca and Cerro Prieto dams": the name before "and" is one of them.
                var and = spans[before].First - 1;
                if (PluralPlaceNouns.Contains(tokens[k].Text) && and > start && tokens[and].Text == "and"
                    && SpanEndingAt(spans, and) is var other and >= 0 && spans[other].Type != "LOC" && IsUnlisted(spans[other], matches))
                    spans[other] = (spans[other].First, and, "LOC", "rule:place-noun", null);
            }
            // "the Gruvberget copper mine", untagged: one or two capitalised words no list knows, after "the", are the mine.
            else if (tokens[k].Text == "mine" && nameEnd - 2 > start && !Covers(spans, nameEnd - 1))
            {
                var first = nameEnd;
                while (first - 1 > start && nameEnd - (first - 1) <= 2 && IsPlainCapitalised(tokens[first - 1].Text) && matches.Single(first - 1) is null) first--;
                if (first < nameEnd && tokens[first - 1].Text is "the" && !Covers(spans, first)) spans.Add((first, nameEnd, "LOC", "rule:place-noun", null));
            }
            // "the provinces of Lai Chau and Yen Bai": every name of the list after "of".
            if (k + 1 >= end || tokens[k + 1].Text != "of") continue;
            for (var j = k + 2; j < end;)
            {
                var at = SpanStartingAt(spans, j);
                if (at < 0 && !RunsOver(spans, j))
                {
                    // A name of the list the tagger left out.
                    var last = j;
                    while (last < end && last - j < 3 && IsPlainCapitalised(tokens[last].Text)
                        && (matches.Longest(last).Entry is not { } listed || !listed.Is(~(GazetteerKind.FirstName | GazetteerKind.Surname | GazetteerKind.FamilyNameFirst)))) last++;
                    if (last == j) break;
                    spans.Add((j, last, "LOC", "rule:place-noun", null));
                    at = spans.Count - 1;
                }
                if (at < 0 || !IsUnlisted(spans[at], matches)) break;
                if (spans[at].Type is "PER" or "ORG" || spans[at].Source == "rule:place-noun")
                {
                    // "Yen" + "Bai": the tagger's piece grows over the capitalised words after it.
                    var grown = spans[at].Last;
                    while (grown < end && grown - spans[at].First < 3 && IsPlainCapitalised(tokens[grown].Text) && SpanStartingAt(spans, grown) < 0) grown++;
                    spans[at] = (spans[at].First, grown, "LOC", "rule:place-noun", null);
                }
                j = spans[at].Last;
                if (j < end && tokens[j].Text is "," or "and" or "or") j++;
                else break;
            }
        }
    }

    // What a list knows (a country, a known organisation) keeps the type the list gives it.
    private static bool IsUnlisted(NameSpan span, GazetteerMatches matches) =>
        span.Entry is null && !(matches.Longest(span.First) is { Entry: { } entry, Length: var length } && length == span.Last - span.First
            && entry.Is(GazetteerKind.KnownOrganization | GazetteerKind.Country | GazetteerKind.Demonym));

    private static bool IsOrganization(GazetteerMatches matches, int first, int last)
    {
        for (var k = first; k < last; k++)
            if (matches.Single(k) is { } entry && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix)) return true;
        return false;
    }

    // "International Fund for Saving the Aral Sea": an organisation's head word, then "of" or "for" and the place it is about
    // ("Commonwealth Bank Stadium", with no "of" or "for", is a venue).
    private static bool IsOrganizationWithTail(List<Token> tokens, GazetteerMatches matches, int first, int last)
    {
        for (var k = first; k < last - 2; k++)
        {
            // "Government of Solomon Islands": a government is named by its country, as a ministry or a bank is.
            if (tokens[k].Text != "Government" && (matches.Single(k) is not { } entry || !entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix))) continue;
            for (var j = k + 1; j < last - 1; j++)
                if (tokens[j].Text is "of" or "for") return true;
        }
        return false;
    }

    // "Indo-Gangetic" (Plain), "Sino-Tibetan": two capitalised words joined by a hyphen.
    private static bool IsCapitalisedCompound(string word) =>
        word.IndexOf('-') is var hyphen and > 1 && hyphen < word.Length - 2
        && IsPlainCapitalised(word[..hyphen]) && IsPlainCapitalised(word[(hyphen + 1)..]);

    // "Rakhine State", "Kano State": a listed region or city and "State" is the state, not an organisation
    // ("Islamic State" is a listed organisation, and keeps its type).
    private static bool IsStateOfListedPlace(List<Token> tokens, GazetteerMatches matches, int first, int last) =>
        last - first == 2 && tokens[first + 1].Text == "State" && matches.Exactly(first, first + 1) is { } place
        && place.Is(GazetteerKind.Region | GazetteerKind.City) && !place.Is(GazetteerKind.KnownOrganization | GazetteerKind.FirstName);

    // A legal form inside first..last after which the rest of the name is a street ("Inc." + "Lakeview Avenue"); or -1.
    private static int LegalFormBeforeStreet(List<Token> tokens, int first, int last, GazetteerMatches matches)
    {
        for (var k = first + 1; k < last - 2; k++)
            if (OrganizationNameRule.IsLegalFormAt(matches, k) && OrganizationNameRule.IsStreetAfterLegalForm(tokens, k + 1, last)) return k;
        return -1;
    }

    // One or two capitalised words no name covers between a legal form ("Ltd.", "S.A.S.") and first: where they open; or -1.
    private static int StreetStartAfterLegalForm(List<Token> tokens, int start, int first, List<NameSpan> spans, GazetteerMatches matches)
    {
        var open = first;
        while (open - 1 > start && first - open < 2 && IsPlainCapitalised(tokens[open - 1].Text) && !Covers(spans, open - 1)) open--;
        return open < first && open - 1 >= start && OrganizationNameRule.IsLegalFormAt(matches, open - 1) ? open : -1;
    }

    private static bool IsOneWordStreet(string word)
    {
        if (word.Length < 7 || !char.IsUpper(word[0])) return false;
        foreach (var ending in StreetEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length >= ending.Length + 3) return true;
        return false;
    }

    internal static bool AllCapitalised(List<Token> tokens, int first, int last)
    {
        for (var k = first; k < last; k++)
            if (!char.IsUpper(tokens[k].Text[0])) return false;
        return true;
    }

    /// <summary>"Rochdale", "Mary": a capitalised word of two letters or more, the rest in lower case.</summary>
    internal static bool IsPlainCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && CharChecks.RestLower(word);
}
