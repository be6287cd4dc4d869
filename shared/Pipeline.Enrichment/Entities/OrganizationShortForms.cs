namespace Pipeline.Enrichment;

/// <summary>
/// Joins the short forms of organisations to the full names the document uses: the first words
/// of a name ("Ayala" for Ayala Corporation, "JSW" for JSW Steel, "LG" for LG Energy Solution),
/// an acronym of its initials ("PGZ" for Polska Grupa Zbrojeniowa, "UNIFIL" for United Nations
/// Interim Force in Lebanon), and a short form the text introduces ("Vietnam Electricity, known as
/// EVN"). A short form that could stand for two names in the document joins neither.
/// </summary>
internal static class OrganizationShortForms
{
    private static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "and", "the", "de", "&", "on", "in" };

    public static List<EntitySpan> Link(string text, List<Token> tokens, List<EntitySpan> spans)
    {
        var longNames = new List<string>();
        HashSet<string>? seen = null;
        foreach (var s in spans)
            if (s.Type == EntityTypes.Organization && s.Canonical is null && s.Name.Contains(' ') && (seen ??= new(StringComparer.Ordinal)).Add(s.Name))
                longNames.Add(s.Name);
        if (longNames.Count == 0) return spans;
        var introduced = Introduced(tokens, spans);
        var index = new LongNameIndex(longNames);
        // A long text repeats its names many times: each (name, type) is decided once.
        var decided = new Dictionary<(string Name, string Type), string?>();
        return spans.Select(s =>
        {
            // "Banque Centrale des États de l'Afrique de l'Ouest (BCEAO)": the name the text gives a listed acronym is its name here.
            if (s.Type == EntityTypes.Organization && IsAcronym(s.Name) && introduced.TryGetValue(s.Name, out var defined) && s.Canonical != defined)
                return s with { Canonical = defined };
            // "Senate" after "Texas Senate": a chamber's or a board's word alone, listed or not, stands for the one name in the
            // document that ends in it; so does a body's name without its place ("Court of Appeals").
            if (s.Type == EntityTypes.Organization && s.Canonical is null && (IsBodyWord(s.Name) || IsBodyName(s.Name)))
            {
                if (!decided.TryGetValue((s.Name, s.Type), out var body)) decided[(s.Name, s.Type)] = body = index.SingleEndingIn(s.Name);
                return body is null ? s : s with { Canonical = body };
            }
            // A listed name the lists alone found is not linked, but for the nationality it lacks, as its other mentions are.
            if (s.Canonical is null && s.Type == EntityTypes.Organization && s.Source.StartsWith("gazetteer", StringComparison.Ordinal)
                && index.SingleAfterNationality(s.Name) is { } national) return s with { Canonical = national };
            if (s.Canonical is not null || s.Type is not (EntityTypes.Organization or EntityTypes.Person or EntityTypes.Location) || s.Source.StartsWith("gazetteer", StringComparison.Ordinal)) return s;
            if (!decided.TryGetValue((s.Name, s.Type), out var full)) decided[(s.Name, s.Type)] = full = LongFormOf(s.Name, s.Type, index, introduced);
            return full is null ? s : s with { Type = EntityTypes.Organization, Canonical = full };
        }).ToList();
    }

    private static string? LongFormOf(string name, string type, LongNameIndex longNames, Dictionary<string, string> introduced)
    {
        if (introduced.TryGetValue(name, out var named)) return named;
        // Three words or more are no short form (counted, not split).
        if (name.AsSpan().Count(' ') > 1) return null;
        // "Aramco" after "Saudi Aramco", "Eximbank" after "Indonesia Eximbank": a company's name without the nationality or the
        // country it opens with stands for the one name in the document that does, listed or not.
        if (type == EntityTypes.Organization && longNames.SingleAfterNationality(name) is { } national) return national;
        // "WFP" after "World Food Programme", "RSF" after "Rapid Support Forces": a listed acronym whose list gives
        // no full name stands for the one name in the document it abbreviates (never a prefix of a longer name).
        if (IsListedName(name)) return IsAcronym(name) && IsListedOrganizationOnly(name) ? longNames.Single(name, prefixes: false, acronym: true) : null;
        // "Nile" before "Nile Basin Initiative" is the river: a place's name is not a company's short form.
        var prefixes = type != EntityTypes.Location;
        return longNames.Single(name, prefixes, IsAcronym(name));
    }

    /// <summary>
    /// The long names by their first word and first two words, and by their acronyms: the long
    /// names a short form could stand for are looked up, not compared one by one with every
    /// mention (quadratic in a long text with many companies).
    /// </summary>
    private sealed class LongNameIndex
    {
        private readonly List<string> _longNames;
        private readonly Dictionary<string, List<string>> _byLead = new(StringComparer.Ordinal);
        private Dictionary<string, List<string>>? _byAcronym;

        public LongNameIndex(List<string> longNames)
        {
            _longNames = longNames;
            foreach (var name in longNames)
            {
                var first = name.IndexOf(' ');
                Add(_byLead, name[..first], name);
                var second = name.IndexOf(' ', first + 1);
                if (second > 0) Add(_byLead, name[..second], name);
            }
        }

        // Built at the first acronym asked about: most documents have none.
        private Dictionary<string, List<string>> ByAcronym()
        {
            if (_byAcronym is not null) return _byAcronym;
            _byAcronym = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var name in _longNames)
            {
                var (capitals, all) = Acronyms(name);
                Add(_byAcronym, capitals, name);
                if (all != capitals) Add(_byAcronym, all, name);
            }
            return _byAcronym;
        }

        private Dictionary<string, List<string>>? _byNationalityTail;

        /// <summary>The one long name that is a nationality or a country and then <paramref name="name"/>; null for none or several.</summary>
        public string? SingleAfterNationality(string name)
        {
            if (_byNationalityTail is null)
            {
                // Built at the first name asked about, in one pass over the long names.
                _byNationalityTail = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var longName in _longNames)
                {
                    var space = longName.IndexOf(' ');
                    if (Lexicon.Instance.Phrases.Lookup(longName[..space]) is { } lead && lead.Is(GazetteerKind.Demonym | GazetteerKind.Country))
                        Add(_byNationalityTail, longName[(space + 1)..], longName);
                }
            }
            return _byNationalityTail.TryGetValue(name, out var names) && names.Count == 1 ? names[0] : null;
        }

        /// <summary>The one long name whose last word is <paramref name="word"/>; null for none or several.</summary>
        public string? SingleEndingIn(string word)
        {
            string? found = null;
            foreach (var name in _longNames)
            {
                // "House" after "Pennsylvania House of Representatives": a chamber named "House of ..." ends in its members.
                var chamber = word == "House" && name.Contains(" House of ", StringComparison.Ordinal);
                if (!chamber && (!name.EndsWith(word, StringComparison.Ordinal) || name.Length <= word.Length || name[^(word.Length + 1)] != ' ')) continue;
                if (found is not null) return null;
                found = name;
            }
            return found;
        }

        /// <summary>The one long name that <paramref name="shortName"/> leads or abbreviates; null for none or several.</summary>
        public string? Single(string shortName, bool prefixes, bool acronym)
        {
            string? found = null;
            if (prefixes && _byLead.TryGetValue(shortName, out var led))
            {
                // "Mazda" after "Mazda Motor Corp" and "Mazda North American Operations": the one company named with its
                // legal form is the one the bare name stands for; its units are named in full.
                var company = led.Count > 1 ? OnlyCompany(led) : null;
                foreach (var name in company is null ? led : [company])
                    if (!Take(name)) return null;
            }
            if (acronym && ByAcronym().TryGetValue(shortName, out var abbreviated))
                foreach (var name in abbreviated)
                    if (name.Length > shortName.Length && !Take(name)) return null;
            return found;

            // A name met under both keys is one candidate; a second name makes the short form ambiguous.
            bool Take(string name)
            {
                if (found is not null && found != name) return false;
                found = name;
                return true;
            }
        }

        private static string? OnlyCompany(List<string> names)
        {
            string? company = null;
            foreach (var name in names)
            {
                if (Lexicon.Instance.Phrases.Lookup(name[(name.LastIndexOf(' ') + 1)..]) is not { } last || !last.Is(GazetteerKind.OrganizationSuffix)) continue;
                if (company is not null && company != name) return null;
                company = name;
            }
            return company;
        }

        private static void Add(Dictionary<string, List<string>> index, string key, string name)
        {
            if (index.TryGetValue(key, out var names)) names.Add(name);
            else index[key] = [name];
        }
    }

    private static bool IsBodyWord(string name) =>
        name is "Senate" or "House" or "Legislature" or "Assembly" or "Parliament" or "Council" or "Commission" or "Board" or "Authority" or "Tribunal";

    // "Court of Appeals" after "Tennessee Court of Appeals", "Board of Education" after "Knox County Board of Education": a body's
    // name without the place it serves, of two to four words, stands for the one longer name in the document that ends in it.
    // A ministry is left out: a readout of two governments names each one's "Ministry of Foreign Affairs" ("Oman's" and another).
    private static bool IsBodyName(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && name.AsSpan().Count(' ') <= 3
            && name.AsSpan(0, space) is "Court" or "Board" or "Department" or "Office" or "Committee" or "Commission" or "Council" or "Bureau" or "Agency";
    }

    private static bool IsAcronym(string name) => name.Length is >= 2 and <= 7 && CharChecks.AllUpper(name);

    /// <summary>The acronyms a name goes by: "PGZ" for "Polska Grupa Zbrojeniowa" (its capitals, minor words left out),
    /// "UNIFIL" for "United Nations Interim Force in Lebanon" (every word's initial but "of", "the" and "&amp;").</summary>
    private static (string Capitals, string All) Acronyms(string name)
    {
        var words = name.Split(' ');
        var capitals = string.Concat(words.Where(w => !Minor.Contains(w)).Select(w => w[0]));
        var all = string.Concat(words.Where(w => w is not ("of" or "the" or "&")).Select(w => char.ToUpperInvariant(w[0])));
        return (capitals, all);
    }

    /// <summary>"Vietnam Electricity, known as EVN", "Asian Development Bank (ADB)": the short form right after a long name.</summary>
    private static Dictionary<string, string> Introduced(List<Token> tokens, List<EntitySpan> spans)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            if (span.Type != EntityTypes.Organization || !span.Name.Contains(' ')) continue;
            var k = TokenSearch.IndexAt(tokens, span.End);
            k = k < 0 ? ~k : k;
            var shortForm = ShortFormAt(tokens, k, Math.Min(4, tokens.Count - k));
            if (shortForm is not null && shortForm.Length > 1 && char.IsUpper(shortForm[0])) found.TryAdd(shortForm, span.Name);
        }
        return found;
    }

    // The short form in the n (at most four) tokens from k: read in place, not copied into an array for every organisation.
    private static string? ShortFormAt(List<Token> tokens, int k, int n)
    {
        string At(int i) => tokens[k + i].Text;
        if (n >= 4 && At(0) == "," && At(1) == "known" && At(2) == "as") return At(3);
        if (n >= 3 && At(0) == "known" && At(1) == "as") return At(2);
        if (n >= 3 && At(0) == "(" && At(2) == ")") return At(1);
        if (n == 4 && At(0) == "," && At(1) == "or" && At(3) == ",") return At(2);
        if (n == 4 && At(0) == "," && At(1) == "as" && At(3) == "is") return At(2);
        return null;
    }

    private static bool IsListedOrganizationOnly(string name) =>
        Lexicon.Instance.Phrases.Lookup(name) is { } entry && entry.Is(GazetteerKind.KnownOrganization)
        && !entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.WorldRegion | GazetteerKind.Demonym | GazetteerKind.FirstName);

    // "African Union" is not short for "African Union Commission": a listed name stands for itself.
    private static bool IsListedName(string name) =>
        Lexicon.Instance.Phrases.Lookup(name) is { } entry
        && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.WorldRegion | GazetteerKind.Demonym
            | GazetteerKind.FirstName | GazetteerKind.KnownOrganization);
}
