namespace Pipeline.Enrichment;

/// <summary>Small built-in name lists; the full gazetteers come from openly licensed data.</summary>
internal static class Gazetteer
{
    public static readonly Dictionary<string, string> Countries = new(StringComparer.Ordinal)
    {
        ["Russia"] = "RU", ["Iraq"] = "IQ", ["Iran"] = "IR", ["Syria"] = "SY", ["Egypt"] = "EG", ["Bahrain"] = "BH",
        ["Saudi Arabia"] = "SA", ["United Arab Emirates"] = "AE", ["Tunisia"] = "TN", ["Turkey"] = "TR", ["Israel"] = "IL",
        ["United States"] = "US", ["United Kingdom"] = "GB", ["France"] = "FR", ["Germany"] = "DE", ["China"] = "CN",
        ["Japan"] = "JP", ["India"] = "IN", ["Brazil"] = "BR", ["Canada"] = "CA", ["Mexico"] = "MX", ["Italy"] = "IT",
        ["Spain"] = "ES", ["Poland"] = "PL", ["Ukraine"] = "UA", ["Jordan"] = "JO", ["Lebanon"] = "LB", ["Qatar"] = "QA",
        ["Kuwait"] = "KW", ["Oman"] = "OM", ["Yemen"] = "YE", ["Libya"] = "LY", ["Algeria"] = "DZ", ["Morocco"] = "MA",
        ["Norway"] = "NO", ["Sweden"] = "SE", ["Netherlands"] = "NL", ["Belgium"] = "BE", ["Austria"] = "AT",
        ["Switzerland"] = "CH", ["Greece"] = "GR", ["Portugal"] = "PT", ["Australia"] = "AU", ["South Africa"] = "ZA",
        ["Nigeria"] = "NG", ["Kenya"] = "KE", ["Pakistan"] = "PK", ["Afghanistan"] = "AF", ["Indonesia"] = "ID",
        ["South Korea"] = "KR", ["North Korea"] = "KP", ["Vietnam"] = "VN", ["Argentina"] = "AR", ["Chile"] = "CL",
        ["Soviet Union"] = "SU", ["US"] = "US", ["UK"] = "GB",
    };

    public static readonly Dictionary<string, string> Cities = new(StringComparer.Ordinal)
    {
        ["Moscow"] = "RU", ["Baghdad"] = "IQ", ["Damascus"] = "SY", ["Cairo"] = "EG", ["Tehran"] = "IR", ["Riyadh"] = "SA",
        ["Dubai"] = "AE", ["Abu Dhabi"] = "AE", ["Beirut"] = "LB", ["Amman"] = "JO", ["Ankara"] = "TR", ["Istanbul"] = "TR",
        ["Jerusalem"] = "IL", ["Tel Aviv"] = "IL", ["Washington"] = "US", ["New York"] = "US", ["London"] = "GB",
        ["Paris"] = "FR", ["Berlin"] = "DE", ["Beijing"] = "CN", ["Tokyo"] = "JP", ["Brussels"] = "BE", ["Geneva"] = "CH",
        ["Doha"] = "QA", ["Tunis"] = "TN", ["Kyiv"] = "UA", ["Warsaw"] = "PL", ["Rome"] = "IT", ["Madrid"] = "ES",
        ["Basra"] = "IQ", ["Mosul"] = "IQ", ["Erbil"] = "IQ", ["Aleppo"] = "SY",
    };

    public static readonly HashSet<string> Demonyms = new(StringComparer.Ordinal)
    {
        "Russian", "Russians", "Iraqi", "Iraqis", "Iranian", "Iranians", "Syrian", "Syrians", "Egyptian", "Egyptians", "Arab",
        "Arabs", "Saudi", "Emirati", "Turkish", "Israeli", "Israelis", "Palestinian", "Palestinians", "American", "Americans",
        "British", "French", "German", "Germans", "Chinese", "Japanese", "Indian", "Soviet", "Kurdish", "Kurds", "Lebanese",
        "Jordanian", "Qatari", "Bahraini", "Kuwaiti", "Yemeni", "Libyan", "Tunisian", "Moroccan", "Algerian", "European",
        "Europeans", "Ukrainian", "Polish", "Italian", "Spanish", "Canadian", "Mexican", "Brazilian", "Australian",
    };

    public static readonly HashSet<string> OrganizationWords = new(StringComparer.Ordinal)
    {
        "Council", "Ministry", "League", "Commission", "Committee", "Academy", "University", "Senate", "Parliament",
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Ltd", "Ltd.", "LLC", "Group", "Bank", "Agency", "Association",
        "Institute", "Foundation", "Party", "Army", "Forces", "Organization", "Organisation", "Union", "Federation",
        "Department", "Office", "Court", "Assembly", "Authority", "Fund", "Times", "News", "Post", "Press", "State",
    };

    public static readonly HashSet<string> KnownOrganizations = new(StringComparer.Ordinal)
    {
        "UN", "NATO", "OPEC", "EU", "IMF", "WHO", "Lukoil", "Gazpromneft", "Rosneft", "Gazprom", "Reuters", "Google",
        "Microsoft", "Apple", "Amazon",
    };

    // Capitalised words that start sentences or titles but are not part of a name.
    public static readonly HashSet<string> LeadingWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "During", "While", "After", "Before", "But", "And",
        "Moreover", "However", "Here", "There", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "His",
        "Her", "Their", "Our", "Both", "Another", "Such", "Around", "Having", "As", "If", "Obviously", "Maintaining",
        "Vice", "President", "Prime", "Minister", "Foreign", "Secretary", "Secretary-General", "Chairman", "Senator",
        "Mr", "Mrs", "Ms", "Dr", "General", "Ambassador", "Iraqi", "Russian", "Egyptian", "Arab", "Security",
    };
}
